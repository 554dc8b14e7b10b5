import { buildReport } from '../../src/core/report/build-report';
import { readTemplate } from '../../src/core/report/read-template';
import { defaultTemplate } from '../../src/core/report/default-template';
import type { Template } from '../../src/core/report/template';
import type { SignConvention } from '../../src/core/report/report-types';
import type { Ledger } from '../../src/core/ledger/types';
import { analyseDeviations } from '../../src/core/analysis';
import { draftCommentary } from '../../src/core/commentary';
import type { CommentaryOptions, Paragraph } from '../../src/core/commentary';
import type { Entry } from '../helpers/ledger-builder';
import { buildLedger, monthly } from '../helpers/ledger-builder';
import { alingsasEntries, alingsasStructure } from '../fixtures/report/alingsas';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const text = (ps: readonly Paragraph[], topic: string, block?: string) => plain(ps.find((p) => p.topic === topic && p.block === block)?.text ?? `(no paragraph ${topic})`);

function draft(ledger: Ledger, template: Template, signs: SignConvention, options: Partial<CommentaryOptions> & { by?: string; forecast?: 'manual' | 'remaining-budget' } = {}) {
  const { by, forecast, ...rest } = options;
  const report = buildReport(ledger, template, { forecast: forecast ?? 'remaining-budget', signs, unit: 'tkr', ...(by ? { by } : {}) });
  return draftCommentary(report, analyseDeviations(ledger, report), { lang: 'sv', ...rest });
}

describe('Alingsås KS delårsbokslut 2023: the published sentences from the DOMAIN.md §8 table', () => {
  const ledger = buildLedger(alingsasEntries());
  const template = readTemplate({ sheets: [alingsasStructure()] }).template as Template;
  const sv = draft(ledger, template, 'costs-negative', { forecast: 'manual' });

  it('reproduces the four quoted sentences word for word', () => {
    // Prognos − budget: −104 922 − (−109 182) = +4 260; −39 447 − (−39 147) = −300 (0,77 % of the budget: material).
    expect(text(sv, 'personnel')).toContain('Personalkostnaderna förväntas generera ett överskott gentemot budget om 4 260 tkr.');
    expect(text(sv, 'other')).toContain('Övriga kostnader prognosticeras att avvika negativt mot budget med 300 tkr.');
    expect(text(sv, 'income')).toContain('Verksamhetens intäkter redovisas under perioden till 56 418 tkr.');
    expect(text(sv, 'premises')).toContain('Kostnaderna för lokalhyror uppgår till 4 951 tkr.');
  });

  it('calls Lokalhyror level with the budget: 4 951 against 7 431 × 8/12 = 4 954 tkr, and a forecast deviation of 0', () => {
    expect(text(sv, 'premises')).toBe('Kostnaderna för lokalhyror uppgår till 4 951 tkr. Utfallet ligger i nivå med periodens budget. Prognosen för lokalhyror ligger i nivå med budget.');
  });

  it('words the income against the budget spread evenly: 91 867 × 8/12 = 61 244,7; 56 418 − 61 244,7 = −4 826,7 → 4 827 tkr lower', () => {
    expect(text(sv, 'income')).toContain('Utfallet är 4 827 tkr lägre än periodens budget.');
  });

  it('drafts the forecast of the net and its split from the table: +109 = −3 851 + 3 960', () => {
    expect(text(sv, 'forecast')).toBe(
      'Prognosen för helåret visar en nettokostnad om 106 768 tkr, vilket innebär ett överskott om 109 tkr jämfört med årets budget. ' +
        'Prognosavvikelsen fördelar sig med ett underskott om 3 851 tkr på intäktssidan och ett överskott om 3 960 tkr på kostnadssidan.',
    );
  });

  it('drafts the change against the same period last year: 7 215/49 203 = 14,66 %, 13 744/108 794 = 12,63 %, 6 529/59 591 = 10,96 %', () => {
    expect(text(sv, 'prior-year')).toBe(
      'Jämfört med samma period föregående år har verksamhetens intäkter ökat med 7 215 tkr (14,7 %), verksamhetens kostnader ökat med 13 744 tkr (12,6 %) och verksamhetens nettokostnader ökat med 6 529 tkr (11,0 %).',
    );
  });

  it('gives the same text in the bookkeeping sign convention', () => {
    expect(draft(ledger, template, 'income-negative', { forecast: 'manual' })).toEqual(sv);
  });
});

/**
 * A hand-calculated nämnd, January–June 2025, annual budgets spread evenly (× 6/12), bookkeeping
 * sign in the ledger, forecast outcome + remaining budget:
 *   3010 Avgifter: budget −600 000 (period −300 000), actual −330 000
 *   5010 Löner:    budget 2 400 000 (period 1 200 000), actual `wages`
 * wages 1 000 000: personnel deviation 1 200 000 − 1 000 000 = +200 000 (costs below budget),
 *   forecast 1 000 000 + 1 200 000 = 2 200 000, deviation +200 000; income +30 000 (higher);
 *   net actual 330 000 − 1 000 000 = −670 000 against −900 000: +230 000.
 * wages 1 300 000: personnel −100 000; net −970 000 against −900 000: −70 000 = +30 000 − 100 000.
 */
function nämnd(wages: number): Ledger {
  const entries: Entry[] = [
    { account: '3010', text: 'Avgifter', period: 202500, kind: 'budget', amount: -600_000 },
    { account: '5010', text: 'Löner', period: 202500, kind: 'budget', amount: 2_400_000 },
    ...monthly(-330_000, 2025, 6).map((m): Entry => ({ account: '3010', text: 'Avgifter', ...m, kind: 'actual' })),
    ...monthly(wages, 2025, 6).map((m): Entry => ({ account: '5010', text: 'Löner', ...m, kind: 'actual' })),
  ];
  return buildLedger(entries, { rawSign: 'income-negative' });
}

describe('hand-calculated cases, both sign conventions', () => {
  const template = defaultTemplate(false);

  it.each<SignConvention>(['costs-negative', 'income-negative'])('a favourable deviation (%s)', (signs) => {
    const ps = draft(nämnd(1_000_000), template, signs);
    expect(text(ps, 'net')).toBe(
      'Verksamhetens nettokostnad uppgår under perioden till 670 tkr, vilket understiger periodens budget med 230 tkr. Det är en positiv nettoavvikelse om 230 tkr som fördelar sig med ett överskott om 30 tkr på intäktssidan och ett överskott om 200 tkr på kostnadssidan.',
    );
    expect(text(ps, 'income')).toBe('Verksamhetens intäkter redovisas under perioden till 330 tkr. Utfallet är 30 tkr högre än periodens budget.');
    expect(text(ps, 'costs')).toContain('Utfallet understiger periodens budget med 200 tkr. Avvikelsen förklaras främst av 5010 Löner (+200 tkr).');
    expect(text(ps, 'personnel')).toBe(
      'Personalkostnaderna redovisas under perioden till 1 000 tkr. Det motsvarar en positiv avvikelse mot periodens budget om 200 tkr. Avvikelsen förklaras främst av 5010 Löner (+200 tkr). ' +
        'Personalkostnaderna förväntas generera ett överskott gentemot budget om 200 tkr. Prognosavvikelsen förklaras främst av 5010 Löner (+200 tkr).',
    );
    expect(text(ps, 'forecast')).toBe(
      'Prognosen för helåret visar en nettokostnad om 1 570 tkr, vilket innebär ett överskott om 230 tkr jämfört med årets budget. Prognosavvikelsen fördelar sig med ett överskott om 30 tkr på intäktssidan och ett överskott om 200 tkr på kostnadssidan.',
    );
  });

  it.each<SignConvention>(['costs-negative', 'income-negative'])('an unfavourable deviation (%s)', (signs) => {
    const ps = draft(nämnd(1_300_000), template, signs);
    expect(text(ps, 'net')).toBe(
      'Verksamhetens nettokostnad uppgår under perioden till 970 tkr, vilket överstiger periodens budget med 70 tkr. Det är en negativ nettoavvikelse om 70 tkr som fördelar sig med ett överskott om 30 tkr på intäktssidan och ett underskott om 100 tkr på kostnadssidan.',
    );
    expect(text(ps, 'costs')).toContain('Utfallet överstiger periodens budget med 100 tkr.');
    expect(text(ps, 'personnel')).toContain('Det motsvarar en negativ avvikelse mot periodens budget om 100 tkr.');
    expect(text(ps, 'personnel')).toContain('Personalkostnaderna prognosticeras att avvika negativt mot budget med 100 tkr.');
    expect(text(ps, 'forecast')).toContain('vilket innebär ett underskott om 70 tkr jämfört med årets budget.');
  });

  it('a zero deviation is level with the budget, with no "0 tkr" deviation and no "-0"', () => {
    // wages 1 200 000 = the period budget; income actual −300 000 = its period budget.
    const entries: Entry[] = [
      { account: '3010', period: 202500, kind: 'budget', amount: -600_000 },
      { account: '5010', period: 202500, kind: 'budget', amount: 2_400_000 },
      ...monthly(-300_000, 2025, 6).map((m): Entry => ({ account: '3010', ...m, kind: 'actual' })),
      ...monthly(1_200_000, 2025, 6).map((m): Entry => ({ account: '5010', ...m, kind: 'actual' })),
    ];
    for (const signs of ['costs-negative', 'income-negative'] as const) {
      const ps = draft(buildLedger(entries, { rawSign: 'income-negative' }), template, signs);
      expect(text(ps, 'net')).toBe('Verksamhetens nettokostnad uppgår under perioden till 900 tkr, vilket är i nivå med periodens budget.');
      expect(text(ps, 'income')).toBe('Verksamhetens intäkter redovisas under perioden till 300 tkr. Utfallet ligger i nivå med periodens budget.');
      expect(text(ps, 'forecast')).toBe('Prognosen för helåret visar en nettokostnad om 1 800 tkr, vilket är i nivå med årets budget.');
      for (const p of ps) {
        expect(p.text).not.toMatch(/[-\u2212]0(?![\d,])/);
        expect(plain(p.text)).not.toMatch(/om 0 tkr|med 0 tkr/);
      }
    }
  });

  it('names no contributors below the materiality threshold, and does when the user lowers it', () => {
    // Income +30 000: under 100 000 kr by default.
    expect(text(draft(nämnd(1_000_000), template, 'costs-negative'), 'income')).not.toContain('förklaras');
    const low = draft(nämnd(1_000_000), template, 'costs-negative', { materiality: { share: 0, minimum: 10_000 } });
    expect(text(low, 'income')).toContain('Avvikelsen förklaras främst av 3010 Avgifter (+30 tkr).');
  });

  it('writes mnkr with one decimal: 1 000 000 kr is "1,0 mnkr", 230 000 kr "0,2 mnkr"', () => {
    const ps = draft(nämnd(1_000_000), template, 'costs-negative', { unit: 'mnkr' });
    expect(text(ps, 'personnel')).toContain('Personalkostnaderna redovisas under perioden till 1,0 mnkr.');
    expect(text(ps, 'net')).toContain('vilket understiger periodens budget med 0,2 mnkr.');
  });

  it('drafts English', () => {
    const ps = draft(nämnd(1_000_000), template, 'costs-negative', { lang: 'en' });
    expect(text(ps, 'personnel')).toContain('Personnel costs for the period amount to SEK 1,000 thousand. This is a favourable variance of SEK 200 thousand against the budget for the period.');
    expect(text(ps, 'personnel')).toContain('Personnel costs are expected to show a surplus of SEK 200 thousand against the budget.');
  });
});

/**
 * A breakdown by Ansvar, January–June 2025, manual forecast (Personalkostnader only):
 *   Ansvar 110: budget 1 200 000 (period 600 000), actual 129 000, forecast 800 000:
 *     period 600 000 − 129 000 = +471 000; forecast 1 200 000 − 800 000 = +400 000
 *   Ansvar 120: budget 600 000 (period 300 000), actual 350 000, forecast 600 000:
 *     period −50 000; forecast 0
 */
describe('a breakdown: one paragraph per block', () => {
  const entries: Entry[] = [
    { account: '5010', period: 202500, kind: 'budget', amount: 1_200_000, dims: { Ansvar: '110' } },
    { account: '5010', period: 202500, kind: 'forecast', amount: 800_000, dims: { Ansvar: '110' } },
    ...monthly(129_000, 2025, 6).map((m): Entry => ({ account: '5010', ...m, kind: 'actual', dims: { Ansvar: '110' } })),
    { account: '5010', period: 202500, kind: 'budget', amount: 600_000, dims: { Ansvar: '120' } },
    { account: '5010', period: 202500, kind: 'forecast', amount: 600_000, dims: { Ansvar: '120' } },
    ...monthly(350_000, 2025, 6).map((m): Entry => ({ account: '5010', ...m, kind: 'actual', dims: { Ansvar: '120' } })),
  ];
  const ledger = buildLedger(entries, { rawSign: 'income-negative' });

  it.each<SignConvention>(['costs-negative', 'income-negative'])('states each block\'s period and forecast deviation with its sign (%s)', (signs) => {
    const ps = draft(ledger, defaultTemplate(false), signs, { by: 'Ansvar', forecast: 'manual' });
    expect(text(ps, 'net', '110')).toBe('Ansvar 110: Avvikelse mellan budget och utfall för perioden, +471 tkr. Prognosavvikelse, +400 tkr. Avvikelsen förklaras främst av 5010 (+471 tkr).');
    expect(text(ps, 'net', '120')).toBe('Ansvar 120: Avvikelse mellan budget och utfall för perioden, \u221250 tkr. Prognosavvikelse, 0 tkr.');
    // The total names the Ansvar behind it: +471 − 50 = +421 tkr.
    expect(text(ps, 'personnel')).toContain('Det motsvarar en positiv avvikelse mot periodens budget om 421 tkr. Avvikelsen förklaras främst av 5010 (+421 tkr). Per Ansvar: 110 (+471 tkr) och 120 (\u221250 tkr).');
  });
});

import fc from 'fast-check';
import { chooseChart, chartIssue } from '../../src/core/report/chart-choice';
import { basTemplate } from '../../src/core/report/bas-template';
import { matchesRule } from '../../src/core/report/account-rule';
import { said } from '../helpers/issue-text';

/** The chart of accounts: which template a ledger gets, and why (DOMAIN.md §9, issue 17 item 3). */
describe('chooseChart', () => {
  const none = new Map<string, string>();

  it.each(['BAS95', 'BAS96', 'EUBAS97', 'BAS2024', 'NE2007', 'eubas97'])('#KPTYP %s is a company chart: BAS', (k) => {
    expect(chooseChart(k, none)).toEqual({ chart: 'bas', reason: 'kptyp', kptyp: k });
  });

  it('salaries in class 7 and premises in class 5 look like a company chart', () => {
    const accounts = new Map([['5010', 'Lokalhyra'], ['7010', 'Löner till kollektivanställda'], ['7510', 'Arbetsgivaravgifter']]);
    expect(chooseChart(undefined, accounts).chart).toBe('bas');
  });

  it('salaries in class 5 are Kommun-Bas, and without any hint Kommun-Bas is the default', () => {
    const kommun = new Map([['5110', 'Löner månadsavlönade'], ['5410', 'Pensionskostnader'], ['7010', 'Köp av verksamhet']]);
    expect(chooseChart(undefined, kommun)).toEqual({ chart: 'kommunbas', reason: 'default' });
    expect(chooseChart(undefined, none)).toEqual({ chart: 'kommunbas', reason: 'default' });
  });

  it('the user choice wins over #KPTYP, and the issue says which and why', () => {
    const c = chooseChart('EUBAS97', none, 'kommunbas');
    expect(c).toEqual({ chart: 'kommunbas', reason: 'user' });
    expect(said(chartIssue(c)).sv).toContain('Kommun-Bas');
    expect(said(chartIssue(chooseChart('EUBAS97', none))).sv).toContain('EUBAS97');
  });
});

describe('BAS template', () => {
  const t = basTemplate();
  const leaves = t.lines.filter((l) => l.type === 'konton');

  it('places every result account (classes 3–8) on exactly one line', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3000, max: 8999 }), (n) => {
        expect(leaves.filter((l) => matchesRule(String(n), l.accounts)).length).toBe(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('puts the BAS groups where a bolag expects them', () => {
    const lineOf = (a: string): string | undefined => leaves.find((l) => matchesRule(a, l.accounts))?.id;
    expect([lineOf('3041'), lineOf('3990'), lineOf('4010'), lineOf('5010'), lineOf('6570'), lineOf('7010'), lineOf('7510'), lineOf('7832'), lineOf('8410'), lineOf('8910')]).toEqual([
      'sales', 'other-income', 'goods', 'external', 'external', 'personnel', 'personnel', 'depreciation', 'financial', 'appropriations',
    ]);
    expect(t.lines.map((l) => l.label.sv)).toEqual(expect.arrayContaining(['Nettoomsättning', 'Övriga rörelseintäkter', 'Råvaror och förnödenheter / Handelsvaror', 'Övriga externa kostnader', 'Personalkostnader', 'Avskrivningar', 'Finansiella poster', 'Resultat efter finansiella poster']));
  });
});

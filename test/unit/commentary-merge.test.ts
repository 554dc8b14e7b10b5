import { mergeCommentary } from '../../src/core/commentary/merge-commentary';
import { applyCommentaryMerge, COMMENTARY_HEADING_KEY, gridDrafts } from '../../src/core/commentary/commentary-grid';
import { reportGrid } from '../../src/core/layout/report-grid';
import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import { draftCommentary, oldCommentary } from '../../src/core/commentary';
import { analyseDeviations } from '../../src/core/analysis';
import { buildLedger } from '../helpers/ledger-builder';

const A = 'commentary:personnel';
const B = 'commentary:other';
const C = 'commentary:premises';

describe('mergeCommentary: Uppdatera keeps what the user wrote', () => {
  it('rewrites a paragraph the user left as drafted', () => {
    const m = mergeCommentary(new Map([[A, 'old draft']]), { [A]: 'old draft' }, [{ key: A, text: 'new draft' }]);
    expect(m.paragraphs).toEqual([{ key: A, text: 'new draft', origin: 'draft' }]);
    expect(m.edited).toEqual([]);
    expect(m.store).toEqual({ [A]: 'new draft' });
  });

  it('keeps an edited paragraph and says the numbers under it changed', () => {
    const m = mergeCommentary(new Map([[A, 'my own words']]), { [A]: 'old draft' }, [{ key: A, text: 'new draft' }]);
    expect(m.paragraphs).toEqual([{ key: A, text: 'my own words', origin: 'user' }]);
    expect(m.edited).toEqual([{ key: A, numbersChanged: true, orphaned: false }]);
    // The new draft is stored: the next refresh still sees the user's text as theirs.
    expect(m.store).toEqual({ [A]: 'new draft' });
  });

  it('keeps an edited paragraph without a warning when its draft did not change', () => {
    const m = mergeCommentary(new Map([[A, 'my own words']]), { [A]: 'same draft' }, [{ key: A, text: 'same draft' }]);
    expect(m.edited).toEqual([{ key: A, numbersChanged: false, orphaned: false }]);
  });

  it('treats white space changes (a no-break space turned into a space) as no edit', () => {
    const m = mergeCommentary(new Map([[A, 'Uppgår till 4 951 tkr. ']]), { [A]: 'Uppgår till 4\u00a0951\u00a0tkr.' }, [{ key: A, text: 'Uppgår till 5\u00a0000\u00a0tkr.' }]);
    expect(m.paragraphs[0]).toEqual({ key: A, text: 'Uppgår till 5\u00a0000\u00a0tkr.', origin: 'draft' });
  });

  it('keeps a paragraph the user cleared empty', () => {
    const m = mergeCommentary(new Map([[A, '']]), { [A]: 'old draft' }, [{ key: A, text: 'new draft' }]);
    expect(m.paragraphs).toEqual([{ key: A, text: '', origin: 'user' }]);
  });

  it('drafts new topics, drops unedited gone ones, keeps edited gone ones at the end', () => {
    const old = new Map([
      [B, 'user text about a line that left'],
      [C, 'drafted about a line that left'],
      [A, 'a'],
    ]);
    const m = mergeCommentary(old, { [A]: 'a', [B]: 'draft B', [C]: 'drafted about a line that left' }, [
      { key: A, text: 'a2' },
      { key: 'commentary:net', text: 'net' },
    ]);
    expect(m.paragraphs.map((p) => [p.key, p.origin])).toEqual([
      [A, 'draft'],
      ['commentary:net', 'draft'],
      [B, 'user'],
    ]);
    expect(m.edited).toEqual([{ key: B, numbersChanged: true, orphaned: true }]);
    expect(m.store).toEqual({ [A]: 'a2', 'commentary:net': 'net' });
  });

  it('without stored drafts (they were lost), keeps any text that is not the new draft: nothing the user wrote is lost', () => {
    const m = mergeCommentary(new Map([[A, 'something']]), {}, [{ key: A, text: 'new' }]);
    expect(m.paragraphs).toEqual([{ key: A, text: 'something', origin: 'user' }]);
    expect(m.edited).toEqual([{ key: A, numbersChanged: true, orphaned: false }]);
  });
});

describe('the commentary in the report grid', () => {
  // 5010: budget 1 200 000 for the year, actual 700 000 through June: 100 000 over the period budget of 600 000.
  const ledger = buildLedger([
    { account: '5010', period: 202500, kind: 'budget', amount: 1_200_000 },
    { account: '5010', period: 202506, kind: 'actual', amount: 700_000 },
  ]);
  const report = buildReport(ledger, defaultTemplate(false), { forecast: 'remaining-budget', signs: 'costs-negative', unit: 'tkr' });
  const paragraphs = draftCommentary(report, analyseDeviations(ledger, report), { lang: 'sv' });
  const grid = reportGrid(report, { lang: 'sv', commentary: paragraphs });

  it('writes a heading and one draft-styled text row per paragraph under the table, keyed by topic', () => {
    const keys = grid.rowKeys ?? [];
    const at = keys.indexOf(COMMENTARY_HEADING_KEY);
    expect(at).toBeGreaterThan(0);
    expect(keys.slice(at + 1)).toEqual(paragraphs.map((p) => `commentary:${p.topic}`));
    expect(grid.rows.slice(at + 1).map((r) => [r[0].value, r[0].style])).toEqual(paragraphs.map((p) => [p.text, 'draft']));
    expect(grid.rows.slice(at + 1).every((r) => r.length === grid.rows[at - 1].length && r.slice(1).every((c) => c.value === undefined))).toBe(true);
    expect(grid.drafts).toEqual(Object.fromEntries(paragraphs.map((p) => [`commentary:${p.topic}`, p.text])));
    expect(gridDrafts(grid)).toEqual(paragraphs.map((p) => ({ key: `commentary:${p.topic}`, text: p.text })));
  });

  it('applies a merge in place: the user\'s text plain, the drafts styled, the rest of the grid untouched', () => {
    const personnelKey = 'commentary:personnel';
    const old = new Map([[personnelKey, 'Vi har anställt fler.']]);
    const stored = { ...grid.drafts, [personnelKey]: 'an older draft' };
    const merged = applyCommentaryMerge(grid, mergeCommentary(old, stored, gridDrafts(grid)), 'sv');
    expect(merged.rows.length).toBe(grid.rows.length);
    const i = (merged.rowKeys ?? []).indexOf(personnelKey);
    expect(merged.rows[i][0]).toEqual({ value: 'Vi har anställt fler.', style: 'line' });
    const net = (merged.rowKeys ?? []).indexOf('commentary:net');
    expect(merged.rows[net][0].style).toBe('draft');
    const first = (grid.rowKeys ?? []).indexOf(COMMENTARY_HEADING_KEY);
    expect(merged.rows.slice(0, first)).toEqual(grid.rows.slice(0, first));
  });
});

describe('oldCommentary', () => {
  it('reads the commentary texts by the stored keys only while they fit the block (one key per row)', () => {
    const keys = [null, 'commentary:personnel', 'commentary:other'];
    expect([...oldCommentary(keys, ['Kommentar', 'Min text', 'Annan text'])]).toEqual([
      ['commentary:personnel', 'Min text'],
      ['commentary:other', 'Annan text'],
    ]);
    // A row inserted by hand above the paragraphs: four rows, three keys. Read by position the
    // keys would give 'personnel' the inserted row's text; stale keys say nothing instead.
    expect(oldCommentary(keys, ['Kommentar', 'Egen rad', 'Min text', 'Annan text']).size).toBe(0);
  });
});

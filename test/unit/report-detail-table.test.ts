import { buildReport } from '../../src/core/report/build-report';
import { readTemplate } from '../../src/core/report/read-template';
import { detailGrid } from '../../src/core/layout/detail-grid';
import { COLUMN_IDS } from '../../src/core/report/report-types';
import type { Breakdown, LineValues, Report } from '../../src/core/report/report-types';
import type { Template } from '../../src/core/report/template';
import { buildLedger } from '../helpers/ledger-builder';
import { alingsasEntries, alingsasStructure, PUBLISHED } from '../fixtures/report/alingsas';
import { tkr } from '../helpers/published-row';

const template = readTemplate({ sheets: [alingsasStructure()] }).template as Template;
const options = { forecast: 'manual', signs: 'costs-negative', unit: 'tkr' } as const;
// The Alingsås ledger, its accounts spread over three ansvar (each account wholly in one, so that the
// manual forecast of a block is its accounts' forecast rows and the blocks add up to the whole).
const entries = alingsasEntries().map((e) => ({ ...e, dims: { Ansvar: ['100', '200', '300'][Number(e.account) % 3] } }));
const plain = buildReport(buildLedger(entries), template, options);
const withBreakdown = (by: string) => buildReport(buildLedger(entries), template, { ...options, by }) as Report & { breakdown: Breakdown };
const amountsOf = (v: LineValues) => COLUMN_IDS.filter((c) => c !== 'utilisation').map((c) => v[c] ?? 0);

function expectClose(actual: readonly number[], expected: readonly number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i], 6));
}

describe('the detail table per dimension value (report --by Ansvar --layout table)', () => {
  const report = withBreakdown('Ansvar');
  const grid = detailGrid(report, { lang: 'sv' });
  const body = grid.rows.slice(4, 8);

  it('has one row per ansvar with the drift columns and a total equal to the drift report\'s net line', () => {
    expect(body.map((r) => r[0].value)).toEqual(['300', '100', '200', 'Totalt: Verksamhetens nettokostnader']);
    const net = plain.lines.find((l) => l.id === 'net')!.values;
    const total = body[3].slice(1, 1 + COLUMN_IDS.length).map((c) => c.value as number);
    expectClose(total.slice(0, 9), amountsOf(net));
    // The published net line, to the tkr: budget −106 877, utfall −66 120.
    expect([tkr(total[0]), tkr(total[2])]).toEqual([PUBLISHED.net.budget, PUBLISHED.net.actual]);
  });

  it('adds the rows with live SUMs and computes the variances on each row', () => {
    expect(body[3][1].formula).toBe('=SUM(B5:B7)');
    expect(body[3][4].formula).toBe('=D8-C8'); // Avvikelse perioden = Utfall − Budget (costs negative)
    expect(body[0][1].formula).toBeUndefined();
    expect(body[3][0].style).toBe('total');
    expect(grid.rowKeys?.slice(4, 8)).toEqual(['Ansvar=300', 'Ansvar=100', 'Ansvar=200', 'total:net']);
    expect(grid.sheetName.startsWith('Rapport ')).toBe(true);
  });

  it('takes its rows from the same breakdown as the blocks layout: each row is its block\'s net line', () => {
    report.breakdown.blocks.forEach((b, i) => {
      const net = b.lines.find((l) => l.id === 'net')!.values;
      expectClose(body[i].slice(1, 10).map((c) => c.value as number), amountsOf(net));
    });
  });
});

describe('the detail table per account (report --by Konto --layout table)', () => {
  const report = withBreakdown('Konto');
  const grid = detailGrid(report, { lang: 'sv' });
  const rows = grid.rows.slice(4).filter((r) => typeof r[1]?.value === 'number');

  // The fixture's accounts in ledger order (test/fixtures/report/alingsas.ts), and those of two lines.
  const accounts = [...new Set(entries.map((e) => String(e.account)))];
  const income = accounts.filter((a) => a.startsWith('3'));
  const personnel = accounts.filter((a) => a.startsWith('5'));
  // The label of an account row: its code and its text from the ledger.
  const textOf = new Map(entries.map((e) => [String(e.account), (e as { text?: string }).text ?? '']));
  const label = (a: string) => `${a} ${textOf.get(a)}`.trim();

  it('is one block per account in the breakdown, labelled by the account', () => {
    expect(report.breakdown.dimension).toBe('Konto');
    expect(report.breakdown.blocks.map((b) => b.key)).toEqual(accounts);
    expect(accounts).toHaveLength(25);
  });

  it('shows every line of the drift report with the same values, and its accounts beneath it', () => {
    const labels = rows.map((r) => [r[0].value, r[0].indent]);
    // Income's six accounts (3110 … 3620) beneath it, then Personalkostnader and its five (5010 … 5510).
    expect(labels.slice(0, 2 + income.length + personnel.length)).toEqual([
      ['Verksamhetens intäkter', 0],
      ...income.map((a) => [label(a), 1]),
      ['Personalkostnader', 0],
      ...personnel.map((a) => [label(a), 1]),
    ]);
    for (const line of plain.lines) {
      const r = rows.find((x) => x[0].value === line.label.sv)!;
      expectClose(r.slice(1, 10).map((c) => c.value as number), amountsOf(line.values));
    }
  });

  it('sums each account line over its accounts and each sum line over its lines, live', () => {
    const at = (label: string) => grid.rows.findIndex((r) => r[0].value === label);
    const p = at('Personalkostnader');
    // Its five accounts sit in the five rows beneath it (sheet rows p + 2 … p + 6).
    expect(grid.rows[p][3].formula).toBe(`=SUM(D${p + 2}:D${p + 1 + personnel.length})`);
    const accountValues = grid.rows.slice(p + 1, p + 1 + personnel.length).map((r) => r[3].value as number);
    expect(accountValues.reduce((a, b) => a + b, 0)).toBeCloseTo(grid.rows[p][3].value as number, 6);
    const costs = at('Verksamhetens kostnader');
    const parts = ['Personalkostnader', 'Lokalhyror', 'Köp av tjänster', 'Övriga kostnader'].map((l) => `B${at(l) + 1}`).join(',');
    expect(grid.rows[costs][1].formula).toBe(`=SUM(${parts})`);
    expect(tkr(grid.rows[costs][3].value as number)).toBe(PUBLISHED.costs.actual);
  });
});

describe('the accounts within each dimension value (report --by Ansvar+Konto --layout table)', () => {
  const report = withBreakdown('Ansvar+Konto');
  const grid = detailGrid(report, { lang: 'sv' });
  const byValue = detailGrid(withBreakdown('Ansvar'), { lang: 'sv' });
  const at = (g: typeof grid, label: string) => g.rows.findIndex((r) => r[0].value === label);

  it('puts each ansvar\'s accounts beneath it, their contributions to the net line', () => {
    // Accounts by ansvar (account number mod 3): 300 ← 3110, 5410, 6120, 4610, 4010, 7010, 8010, 8510 …
    const a300 = at(grid, 'Ansvar 300');
    expect(a300).toBe(4);
    expect(grid.rows[5][0]).toMatchObject({ value: '3110 Taxor och avgifter', indent: 1 });
    expect(report.breakdown.dimension).toBe('Ansvar+Konto');
    expect(report.breakdown.blocks[0].key).toBe('300|3110');
  });

  it('gives each ansvar the same figures as the per-ansvar table, as a live SUM of its accounts', () => {
    for (const value of ['100', '200', '300']) {
      const row = grid.rows[at(grid, `Ansvar ${value}`)];
      const same = byValue.rows[at(byValue, value)];
      expectClose(row.slice(1, 10).map((c) => c.value as number), same.slice(1, 10).map((c) => c.value as number));
      expect(row[1].formula).toMatch(/^=SUM\(B\d+/);
    }
    const total = grid.rows[at(grid, 'Totalt: Verksamhetens nettokostnader')];
    expectClose(total.slice(1, 10).map((c) => c.value as number), amountsOf(plain.lines.find((l) => l.id === 'net')!.values));
    const valueRows = ['100', '200', '300'].map((v) => at(grid, `Ansvar ${v}`) + 1).sort((x, y) => x - y);
    expect(total[1].formula).toBe(`=SUM(${valueRows.map((r) => `B${r}`).join(',')})`);
  });
});

describe('an unknown breakdown', () => {
  it('names the dimensions there are, Konto among them', () => {
    const r = buildReport(buildLedger(entries), template, { ...options, by: 'Verksamhet' });
    expect(r.issues.find((i) => i.code === 'report.by-unknown')?.params.known).toBe('Ansvar, Konto');
    const both = buildReport(buildLedger(entries), template, { ...options, by: 'Verksamhet+Konto' });
    expect(both.issues.find((i) => i.code === 'report.by-unknown')).toBeDefined();
  });
});

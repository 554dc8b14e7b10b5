import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoCommand, DEMO_OUT, EXAMPLE } from '../../src/cli/commands/demo';
import { readWorkbookFile } from '../../src/io/xlsx/read-file';
import { runReport } from '../../src/core/report/run-report';
import { cellAt } from '../../src/core/snapshot';
import { derived, EXAMPLE_LEAVES, EXAMPLE_LINES, exampleFigures } from '../fixtures/report/example-figures';

jest.setTimeout(60_000);

/** The printed row of a line: its amounts in the order of the columns ("−84 576" → −84576). */
function printedRow(text: string, label: string): number[] {
  const line = text.split('\n').find((l) => l.startsWith(`${label}  `) || l.trimStart().startsWith(`${label}  `));
  if (!line) throw new Error(`no printed row "${label}"`);
  return line
    .slice(line.indexOf(label) + label.length)
    .trim()
    .split(/ {2,}/)
    .filter((s) => !s.endsWith('%'))
    .map((s) => Number(s.replace(/[\s\u00a0\u202f]/g, '').replace('\u2212', '-')));
}

const tkr = (kr: number): number => Math.round(kr / 1000) + 0;

describe('kommunrapport demo', () => {
  it('prints the example report in tkr and writes the table, leaves in kronor, to out/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kr-demo-'));
    const cwd = process.cwd();
    const out: string[] = [];
    try {
      process.chdir(dir);
      const code = await demoCommand.run([], { out: (t) => void out.push(t), err: (t) => void out.push(t) });
      expect(code).toBe(0);
      const text = out.join('\n');
      expect(text).toContain('Ekonomisk uppföljning – Kommunstyrelsen');
      expect(text).toContain('Utfall jan–aug 2025');
      // Årets resultat, hand-rounded from example-figures.ts: budget 0 (balanced), budget to date
      // 0, outcome 813 767,12 kr → 814, variance 814, forecast U + (B − Bm) = 814, variance 814,
      // prior year to date 769 433,04 → 769, change 44 334,08 → 44, prior full year 2 371 (tkr).
      expect(printedRow(text, 'Årets resultat')).toEqual([0, 0, 814, 814, 814, 814, 769, 44, 2371]);
      const personnel = exampleFigures('personnel');
      const d = derived(personnel);
      // −97 363 432,80 → −97 363; −64 908 955,28 → −64 909; −62 776 815,71 → −62 777; …
      expect(printedRow(text, 'Personalkostnader (inkl. PO)')).toEqual(
        [personnel.budgetYear, personnel.budgetPeriod, personnel.actualPeriod, d.variancePeriod, d.forecastYear, d.varianceYear, personnel.actualPriorPeriod, d.changePeriod, personnel.actualPriorYear].map(tkr),
      );

      const written = await readWorkbookFile(join(dir, DEMO_OUT));
      const sheet = written.sheets.find((s) => s.name === 'Rapport 2025-08');
      expect(sheet).toBeDefined();
      expect(cellAt(sheet!, 0, 0)).toBe('Ekonomisk uppföljning – Kommunstyrelsen');
      // Leaf lines are values in kronor, unrounded (columns B, C, D, H, J).
      const labels = sheet!.values.map((row) => (typeof row[0] === 'string' ? row[0].trim() : ''));
      for (const { id, label } of EXAMPLE_LINES.filter((l) => l.id in EXAMPLE_LEAVES)) {
        const r = labels.indexOf(label);
        expect(r).toBeGreaterThan(0);
        const f = exampleFigures(id);
        const row = sheet!.values[r];
        expect([row[1], row[2], row[3], row[7], row[9]]).toEqual([f.budgetYear, f.budgetPeriod, f.actualPeriod, f.actualPriorPeriod, f.actualPriorYear].map((v) => expect.closeTo(v, 2)));
      }
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the example is the ledger its generator describes: 6 ansvar, 2024–2025, 39 accounts, Motpart, and every line adds up', async () => {
    const snapshot = await readWorkbookFile(EXAMPLE);
    const r = runReport(snapshot, { forecast: 'remaining-budget', unit: 'tkr', signs: 'costs-negative', by: 'Ansvar' });
    expect(r.ledger?.years).toEqual([2024, 2025]);
    // ACCOUNTS in examples/make-example.js lists 39 accounts (8010 Kommunbidrag included).
    expect(r.ledger?.accounts.length).toBe(39);
    expect(r.ledger?.dimensions.Motpart).toBeDefined();
    expect(r.report?.breakdown?.blocks.map((b) => b.key)).toEqual(['1000', '1100', '1200', '1300', '1400', '1500']);
    expect([r.report?.year, r.report?.through]).toEqual([2025, 8]);
    expect(r.report?.checks.every((c) => c.ok)).toBe(true);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    for (const { id } of EXAMPLE_LINES) {
      const values = r.report?.lines.find((l) => l.id === id)?.values;
      const f = exampleFigures(id);
      const d = derived(f);
      expect({ id, ...values }).toMatchObject({
        id,
        budgetYear: expect.closeTo(f.budgetYear, 2),
        budgetPeriod: expect.closeTo(f.budgetPeriod, 2),
        actualPeriod: expect.closeTo(f.actualPeriod, 2),
        actualPriorPeriod: expect.closeTo(f.actualPriorPeriod, 2),
        actualPriorYear: expect.closeTo(f.actualPriorYear, 2),
        forecastYear: expect.closeTo(d.forecastYear, 2),
        variancePeriod: expect.closeTo(d.variancePeriod, 2),
      });
    }
    // Kommunbidrag covers the budgeted net cost, so the budgeted result is zero to the krona.
    expect(Math.abs(r.report?.lines.find((l) => l.id === 'result')?.values.budgetYear as number)).toBeLessThan(0.01);
  });
});

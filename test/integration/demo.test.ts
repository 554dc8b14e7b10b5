import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoCommand, DEMO_OUT, EXAMPLE } from '../../src/cli/commands/demo';
import { readWorkbookFile } from '../../src/io/xlsx/read-file';
import { runReport } from '../../src/core/report/run-report';

jest.setTimeout(60_000);

describe('kommunrapport demo', () => {
  it('reports on the example and writes out/kommunstyrelsen-2025-rapport.xlsx', async () => {
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
      const written = await readWorkbookFile(join(dir, DEMO_OUT));
      const sheet = written.sheets.find((s) => s.name === 'Rapport 2025-08');
      expect(sheet?.values[0][0]).toBe('Ekonomisk uppföljning – Kommunstyrelsen');
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the example is a realistic ledger: six ansvar, two years, ~40 accounts, Motpart, and it reconciles', async () => {
    const snapshot = await readWorkbookFile(EXAMPLE);
    const r = runReport(snapshot, { forecast: 'remaining-budget', unit: 'tkr', signs: 'costs-negative', by: 'Ansvar' });
    expect(r.ledger?.years).toEqual([2024, 2025]);
    expect(r.ledger?.accounts.length).toBeGreaterThanOrEqual(35);
    expect(r.ledger?.dimensions.Motpart).toBeDefined();
    expect(r.report?.breakdown?.blocks.length).toBe(6);
    expect([r.report?.year, r.report?.through]).toEqual([2025, 8]);
    expect(r.report?.checks.every((c) => c.ok)).toBe(true);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // Kommunbidrag covers the budgeted net cost, so the budgeted result is zero to the krona.
    expect(Math.abs(r.report?.lines.find((l) => l.id === 'result')?.values.budgetYear as number)).toBeLessThan(0.01);
  });
});

import { buildReport } from '../../src/core/report/build-report';
import { readTemplate } from '../../src/core/report/read-template';
import { buildLedger } from '../helpers/ledger-builder';
import { alingsasEntries, alingsasStructure, PUBLISHED } from '../fixtures/report/alingsas';
import type { LineId } from '../fixtures/report/alingsas';
import type { Template } from '../../src/core/report/template';
import { printedRow, tkr, tkrRow } from '../helpers/published-row';

describe('Alingsås KS delårsbokslut 2023 (docs/domain.md), from account-level rows', () => {
  const read = readTemplate({ sheets: [alingsasStructure()] });
  const ledger = buildLedger(alingsasEntries());
  const report = buildReport(ledger, read.template as Template, { forecast: 'manual', signs: 'costs-negative', unit: 'tkr' });
  const line = (id: string) => {
    const l = report.lines.find((x) => x.id === id);
    if (!l) throw new Error(`no line ${id}`);
    return l.values;
  };

  it('reads the structure without issues and reports January–August 2023', () => {
    expect(read.issues).toEqual([]);
    expect(report.year).toBe(2023);
    expect(report.through).toBe(8);
    expect(ledger.rawSign).toBe('income-negative');
    // 25 accounts behind 7 leaf lines: every leaf is a sum, not an echo of its published cell.
    expect(ledger.accounts.length).toBe(25);
  });

  it.each(Object.keys(PUBLISHED) as LineId[])('reproduces every published cell of %s to the tkr', (id) => {
    const p = PUBLISHED[id];
    const v = line(id);
    expect(tkrRow(v)).toEqual(printedRow(p));
  });

  it('spreads the Kommunbidrag evenly: budget for the period is 106 717 × 8/12', () => {
    const v = line('allocation');
    expect(v.budgetPeriod).toBeCloseTo(((v.budgetYear as number) * 8) / 12, 6);
    expect(tkr(v.budgetPeriod)).toBe(71145);
  });

  it('reconciles the result with the ledger and has no issues', () => {
    expect(report.checks.length).toBeGreaterThan(0);
    expect(report.checks.every((c) => c.ok)).toBe(true);
    expect(report.issues).toEqual([]);
  });
});

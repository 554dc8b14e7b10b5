/**
 * The bench's seeded generator: the same seed gives the same ledger, the ledger has the shape
 * the issue asks for (2024–2025, 50 ansvar, 300 accounts in classes 3–8, motpart, monthly
 * actuals and budgets, bookkeeping sign), and the Ledger, sheet and SUMIFS views of it agree.
 */
import { accountPlan, ANSVAR_CODES, generateLedger, KIND_ACTUAL, KIND_BUDGET } from '../../bench/generate';
import { toLedger } from '../../bench/to-ledger';
import { toSnapshot } from '../../bench/to-snapshot';
import { sumifsFormulas, formulaCount } from '../../bench/sumifs-sheet';
import { lineOfCode } from '../../bench/spec';

describe('generateLedger', () => {
  const g = generateLedger(20_000, 7);

  it('gives the same ledger for the same seed and another for another seed', () => {
    const again = generateLedger(20_000, 7);
    expect(Array.from(again.amount)).toEqual(Array.from(g.amount));
    expect(Array.from(again.account)).toEqual(Array.from(g.account));
    expect(Array.from(generateLedger(20_000, 8).amount)).not.toEqual(Array.from(g.amount));
  });

  it('uses 300 distinct accounts across classes 3–8, 50 ansvar and 20 motpart', () => {
    const { codes } = accountPlan();
    expect(new Set(codes).size).toBe(300);
    expect([...new Set(codes.map((c) => c[0]))].sort()).toEqual(['3', '4', '5', '6', '7', '8']);
    expect(new Set(Array.from(g.account)).size).toBe(300);
    expect(new Set(Array.from(g.ansvar)).size).toBe(50);
    expect(ANSVAR_CODES).toHaveLength(50);
    expect(new Set(Array.from(g.motpart)).size).toBe(20);
  });

  it('spans the months of 2024 and 2025 with actuals and budgets', () => {
    const years = new Set(Array.from(g.period, (p) => Math.floor(p / 100)));
    const months = new Set(Array.from(g.period, (p) => p % 100));
    expect([...years].sort()).toEqual([2024, 2025]);
    expect([...months].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(new Set(Array.from(g.kind))).toEqual(new Set([KIND_ACTUAL, KIND_BUDGET]));
  });

  it('writes whole kronor in bookkeeping sign: income negative, costs positive', () => {
    for (let i = 0; i < g.rows; i += 1) {
      const code = Number(g.accountCodes[g.account[i]]);
      expect(Number.isInteger(g.amount[i])).toBe(true);
      const credit = (code >= 3000 && code < 4000) || (code >= 8400 && code < 8500);
      if (credit !== g.amount[i] < 0) throw new Error(`row ${i}: account ${code} amount ${g.amount[i]}`);
    }
  });

  it('maps every generated account to one of the five report lines', () => {
    expect(accountPlan().codes.filter((c) => lineOfCode(c) < 0)).toEqual([]);
  });
});

describe('the Ledger and sheet views of a generated ledger', () => {
  const g = generateLedger(500, 3);
  const ledger = toLedger(g);
  const sheet = toSnapshot(g).sheets[0];

  it('keeps accounts and dimension values in order of first appearance, index 0 = no value', () => {
    expect(ledger.account[0]).toBe(0);
    expect(ledger.accounts[0]).toBe(g.accountCodes[g.account[0]]);
    const ansvar = ledger.dimensions.Ansvar;
    expect(ansvar.values[0]).toBe('');
    expect(ansvar.index[0]).toBe(1);
    expect(ansvar.values[1]).toBe(g.ansvarCodes[g.ansvar[0]]);
  });

  it('says the same thing entry by entry as the sheet rows', () => {
    expect(sheet.values[0]).toEqual(['Konto', 'Kontotext', 'Period', 'Ansvar', 'Motpart', 'Typ', 'Belopp']);
    expect(sheet.values).toHaveLength(501);
    for (const i of [0, 17, 499]) {
      const row = sheet.values[ledger.sourceRow[i]];
      expect(String(row[0])).toBe(ledger.accounts[ledger.account[i]]);
      expect(row[2]).toBe(ledger.period[i]);
      expect(String(row[3])).toBe(ledger.dimensions.Ansvar.values[ledger.dimensions.Ansvar.index[i]]);
      expect(row[4]).toBe(ledger.dimensions.Motpart.values[ledger.dimensions.Motpart.index[i]]);
      expect(row[5]).toBe(ledger.kind[i] === 0 ? 'Utfall' : 'Budget');
      expect(row[6]).toBe(ledger.amount[i]);
    }
  });
});

describe('sumifsFormulas', () => {
  it('writes one SUMIFS per account range over the ledger rows, with the ansvar criterion', () => {
    const f = sumifsFormulas(10, '1100');
    expect(f).toHaveLength(5);
    expect(f[0]).toHaveLength(4);
    expect(f[0][0]).toBe(
      '=SUMIFS(Huvudbok!$G$2:$G$11,Huvudbok!$A$2:$A$11,">=3000",Huvudbok!$A$2:$A$11,"<=3999",Huvudbok!$F$2:$F$11,"Budget",Huvudbok!$C$2:$C$11,">=202500",Huvudbok!$C$2:$C$11,"<=202512",Huvudbok!$D$2:$D$11,1100)',
    );
    // Övriga kostnader is three ranges (4, 60, 62–79): 3 SUMIFS in each of its 4 cells.
    expect(formulaCount(f)).toBe(4 * 4 + 3 * 4);
  });

  it('leaves the ansvar criterion out for the total', () => {
    expect(sumifsFormulas(10, null)[2][2]).toBe(
      '=SUMIFS(Huvudbok!$G$2:$G$11,Huvudbok!$A$2:$A$11,">=6100",Huvudbok!$A$2:$A$11,"<=6199",Huvudbok!$F$2:$F$11,"Utfall",Huvudbok!$C$2:$C$11,">=202501",Huvudbok!$C$2:$C$11,"<=202508")',
    );
  });
});

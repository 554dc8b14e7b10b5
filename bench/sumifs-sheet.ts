/**
 * Today's practice: the report as SUMIFS formulas over the ledger sheet, one formula per line
 * and column (a line made of several account ranges adds one SUMIFS per range), for one ansvar
 * or for the total. What a controller builds by hand in Excel.
 */
import { HEADERS, SHEET } from './to-ledger';
import { COLUMNS, LINES, MONTHS, YEAR, type ColumnId } from './spec';

const col = (header: (typeof HEADERS)[number]): string => String.fromCharCode(65 + HEADERS.indexOf(header));

function criteriaFor(column: ColumnId): { typ: string; from: number; to: number } {
  switch (column) {
    case 'budgetYear':
      return { typ: 'Budget', from: YEAR * 100, to: YEAR * 100 + 12 };
    case 'budgetToDate':
      return { typ: 'Budget', from: YEAR * 100 + 1, to: YEAR * 100 + MONTHS };
    case 'actualToDate':
      return { typ: 'Utfall', from: YEAR * 100 + 1, to: YEAR * 100 + MONTHS };
    case 'actualPriorToDate':
      return { typ: 'Utfall', from: (YEAR - 1) * 100 + 1, to: (YEAR - 1) * 100 + MONTHS };
  }
}

/** The formulas (rows = LINES, columns = COLUMNS) over a ledger of `rows` data rows. */
export function sumifsFormulas(rows: number, ansvar: string | null): string[][] {
  const r = (c: string): string => `${SHEET}!$${c}$2:$${c}$${rows + 1}`;
  const [konto, period, dim, typ, belopp] = [r(col('Konto')), r(col('Period')), r(col('Ansvar')), r(col('Typ')), r(col('Belopp'))];
  return LINES.map((line) =>
    COLUMNS.map((column) => {
      const c = criteriaFor(column);
      const parts = line.ranges.map(([lo, hi]) => {
        const by = ansvar === null ? '' : `,${dim},${ansvar}`;
        return `SUMIFS(${belopp},${konto},">=${lo}",${konto},"<=${hi}",${typ},"${c.typ}",${period},">=${c.from}",${period},"<=${c.to}"${by})`;
      });
      return `=${parts.join('+')}`;
    }),
  );
}

export function formulaCount(formulas: readonly (readonly string[])[]): number {
  return formulas.reduce((n, row) => n + row.reduce((m, f) => m + (f.match(/SUMIFS\(/g) ?? []).length, 0), 0);
}

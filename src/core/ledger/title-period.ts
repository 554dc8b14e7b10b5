import { normalizeLabel } from '../text/normalize';
import { monthOfName } from '../text/period';

/**
 * The report period written in a title cell above an aggregated listing, a header or a sheet
 * name: "Utfall jan–aug 2025", "Period: 2025-08", "Saldolista 202508", "t.o.m. augusti 2025",
 * "Period 2025-01 – 2025-08" (the last one counts). Returns the year and, when the text names
 * one, the last month; null when there is no year.
 */
export type TitlePeriod = { readonly year: number; readonly month: number | null };

function isYear(tok: string): boolean {
  if (tok.length !== 4 || !/^\d{4}$/.test(tok)) return false;
  const y = Number(tok);
  return y >= 1990 && y <= 2100;
}

export function periodFromTitle(text: string): TitlePeriod | null {
  const tokens = normalizeLabel(text).split(' ').filter((t) => t !== '');
  let found: TitlePeriod | null = null;
  let lastMonthName = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const named = monthOfName(tok);
    if (named) {
      lastMonthName = named;
      continue;
    }
    if (/^\d{6}$/.test(tok) && isYear(tok.slice(0, 4))) {
      const m = Number(tok.slice(4));
      if (m >= 1 && m <= 12) found = { year: Number(tok.slice(0, 4)), month: m };
      continue;
    }
    if (!isYear(tok)) continue;
    const next = tokens[i + 1];
    if (next !== undefined && /^\d{1,2}$/.test(next) && Number(next) >= 1 && Number(next) <= 12) {
      found = { year: Number(tok), month: Number(next) };
      i += 1;
      if (/^\d{1,2}$/.test(tokens[i + 1] ?? '')) i += 1; // a day: 2025-08-31
      continue;
    }
    if (next !== undefined && monthOfName(next)) {
      found = { year: Number(tok), month: monthOfName(next) };
      i += 1;
      continue;
    }
    found = { year: Number(tok), month: lastMonthName || null };
  }
  return found;
}

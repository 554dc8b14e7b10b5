import type { SheetSnapshot } from '../snapshot';
import type { TitlePeriod } from './title-period';
import { periodFromTitle } from './title-period';

/**
 * The period an aggregated listing (or a month-only period column) belongs to: from the
 * options, else from a title cell above the header ("Utfall jan–aug 2025", "Period: 2025-08"),
 * else from the headers themselves, else from the sheet name.
 */
export type ContextPeriod = {
  readonly year: number | null;
  readonly month: number | null;
  /** Where it came from, for the messages. */
  readonly source: 'options' | 'title' | 'header' | 'sheet-name' | 'none';
  readonly text?: string;
};

function bestOf(texts: readonly string[]): { found: TitlePeriod; text: string } | null {
  let yearOnly: { found: TitlePeriod; text: string } | null = null;
  for (const text of texts) {
    const found = periodFromTitle(text);
    if (!found) continue;
    if (found.month !== null) return { found, text };
    yearOnly ??= { found, text };
  }
  return yearOnly;
}

function stringsOfRows(sheet: SheetSnapshot, fromRow: number, toRow: number): string[] {
  const out: string[] = [];
  for (let r = Math.max(fromRow, sheet.originRow); r < toRow; r++) {
    const row = sheet.values[r - sheet.originRow];
    if (!row) continue;
    for (const v of row) if (typeof v === 'string' && v.trim() !== '') out.push(v);
  }
  return out;
}

export function contextPeriod(sheet: SheetSnapshot, headerRow: number, year?: number, throughMonth?: number): ContextPeriod {
  const given = { year: year ?? null, month: throughMonth ?? null };
  if (given.year !== null && given.month !== null) return { ...given, source: 'options' };
  const sources: { source: ContextPeriod['source']; texts: string[] }[] = [
    { source: 'title', texts: stringsOfRows(sheet, 0, headerRow) },
    { source: 'header', texts: stringsOfRows(sheet, headerRow, headerRow + 1) },
    { source: 'sheet-name', texts: [sheet.name] },
  ];
  for (const s of sources) {
    const hit = bestOf(s.texts);
    if (!hit) continue;
    if (given.year !== null && hit.found.year !== given.year) continue;
    return { year: given.year ?? hit.found.year, month: given.month ?? hit.found.month, source: s.source, text: hit.text };
  }
  return given.year !== null ? { ...given, source: 'options' } : { year: null, month: given.month, source: 'none' };
}

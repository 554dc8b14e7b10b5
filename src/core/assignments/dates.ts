import type { CellValue } from '../snapshot';

/** Days from 1970-01-01 to the civil date (proleptic Gregorian), without the Date object. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): [number, number, number] {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return null;
  const [yy, mm, dd] = civilFromDays(daysFromCivil(y, m, d));
  if (yy !== y || mm !== m || dd !== d) return null; // 2023-02-30
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Excel's serial day 25569 is 1970-01-01 (the 1900 system; serials after Feb 1900). */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61) return null;
  const [y, m, d] = civilFromDays(Math.floor(serial) - 25569);
  return iso(y, m, d);
}

/** An ISO date from YYYY-MM-DD text; null when it is no valid date. */
export function parseIsoDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export type DateRead = { readonly kind: 'date'; readonly iso: string } | { readonly kind: 'empty' } | { readonly kind: 'invalid'; readonly text: string };

/**
 * A date cell: an Excel serial, or text as 2023-12-31 (a time after it is ignored),
 * 20231231, 31/12/2023 or 31.12.2023 (day first, the Swedish way).
 */
export function readDate(v: CellValue): DateRead {
  if (v === null) return { kind: 'empty' };
  if (typeof v === 'number') {
    const d = serialToIso(v);
    return d ? { kind: 'date', iso: d } : { kind: 'invalid', text: String(v) };
  }
  if (typeof v !== 'string') return { kind: 'invalid', text: typeof v === 'object' ? v.error : String(v) };
  const s = v.trim();
  if (s === '' || /^[-–]$/.test(s)) return { kind: 'empty' };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(s);
  let d: string | null = null;
  if (m) d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s))) d = iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return d ? { kind: 'date', iso: d } : { kind: 'invalid', text: s };
}

/** The Excel serial of an ISO date (for writing it as a real date cell). */
export function isoToSerial(isoDate: string): number | null {
  const d = parseIsoDate(isoDate);
  if (d === null) return null;
  return daysFromCivil(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))) + 25569;
}

import type { Lang } from '../i18n/types';
import type { Unit } from '../report/report-types';

/**
 * Figures for prose, the way the reports write them: "23 676 tkr", "52,2 mnkr", "2,6 %" (sv);
 * "SEK 23,676 thousand", "SEK 52.2 million", "2.6%" (en). Rounded half away from zero from the
 * öre, so 49 999 kr is "50 tkr" and 52 249 999 kr "52,2 mnkr" without float surprises. A
 * no-break space groups the digits and ties the unit to the number (the printed table uses the
 * same separator), so a line break never splits a figure.
 */
const NBSP = '\u00a0';
const MINUS = '\u2212';

/** Öre per displayed step, and decimals shown. */
const STEP: Record<Unit, { readonly ore: number; readonly decimals: number }> = {
  kr: { ore: 100, decimals: 0 },
  tkr: { ore: 100_000, decimals: 0 },
  mnkr: { ore: 10_000_000, decimals: 1 },
};

/** The amount's size in displayed steps (1 step = 1 kr, 1 tkr or 0,1 mnkr), rounded. */
export function steps(kr: number, unit: Unit): number {
  const ore = Math.round(Math.abs(kr) * 100);
  const step = STEP[unit].ore;
  const q = Math.floor(ore / step);
  return 2 * (ore - q * step) >= step ? q + 1 : q;
}

/** Whether the amount shows as zero in the unit. */
export function showsZero(kr: number, unit: Unit): boolean {
  return steps(kr, unit) === 0;
}

function group(int: number, sep: string): string {
  return String(int).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** The amount's size (no sign): the words around it say the direction. */
export function amount(kr: number, unit: Unit, lang: Lang): string {
  const q = steps(kr, unit);
  const { decimals } = STEP[unit];
  const int = decimals === 0 ? q : Math.floor(q / 10);
  const frac = decimals === 0 ? '' : String(q % 10);
  if (lang === 'sv') return `${group(int, NBSP)}${frac ? `,${frac}` : ''}${NBSP}${unit}`;
  const n = `${group(int, ',')}${frac ? `.${frac}` : ''}`;
  return unit === 'kr' ? `SEK${NBSP}${n}` : `SEK${NBSP}${n}${NBSP}${unit === 'tkr' ? 'thousand' : 'million'}`;
}

/** "+471 tkr", "−1 424 tkr", "0 tkr": for sentences whose words do not say the direction. */
export function signedAmount(kr: number, unit: Unit, lang: Lang): string {
  const body = amount(kr, unit, lang);
  if (showsZero(kr, unit)) return body;
  return `${kr > 0 ? '+' : MINUS}${body}`;
}

/** A ratio as a per cent with one decimal, no sign: 0.02649 → "2,6 %" / "2.6%". */
export function percent(ratio: number, lang: Lang): string {
  const tenths = Math.round(Math.abs(ratio) * 1000);
  const text = `${Math.floor(tenths / 10)}${lang === 'sv' ? ',' : '.'}${tenths % 10}`;
  return lang === 'sv' ? `${text}${NBSP}%` : `${text}%`;
}

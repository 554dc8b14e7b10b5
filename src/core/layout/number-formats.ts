import type { Unit } from '../report/report-types';

/**
 * Locale-invariant number formats scaled by the unit (DOMAIN.md §4): the cell keeps kronor,
 * unrounded; a trailing comma scales by 1 000, so Swedish Excel shows "1 234" for 1 234 000 kr
 * in tkr. Never a literal space: in a format code it is a literal character, not a separator.
 */
export const PLAIN_FORMAT: Record<Unit, string> = {
  kr: '#,##0;-#,##0',
  tkr: '#,##0,;-#,##0,',
  mnkr: '#,##0.0,,;-#,##0.0,,',
};

/**
 * The formats written: PLAIN_FORMAT with a zero band, because a balanced total carries a tiny
 * negative rounding residue (−0,000001 kr) that the plain format shows as "-0", where the
 * published tables print 0. Conditions pick the section: at least half a unit shows the
 * number, anything between shows 0 (the same rounding, without the stray minus).
 */
export const AMOUNT_FORMAT: Record<Unit, string> = {
  kr: '[>=0.5]#,##0;[<=-0.5]-#,##0;0',
  tkr: '[>=500]#,##0,;[<=-500]-#,##0,;0,',
  mnkr: '[>=50000]#,##0.0,,;[<=-50000]-#,##0.0,,;0.0,,',
};

export const PERCENT_FORMAT = '0%';

/** Kronor per displayed unit, and decimals shown. */
export const UNIT_SCALE: Record<Unit, { readonly divisor: number; readonly decimals: number }> = {
  kr: { divisor: 1, decimals: 0 },
  tkr: { divisor: 1000, decimals: 0 },
  mnkr: { divisor: 1_000_000, decimals: 1 },
};

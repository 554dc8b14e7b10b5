import type { Unit } from '../report/report-types';

/**
 * Locale-invariant number formats scaled by the unit (DOMAIN.md §4): the cell keeps kronor,
 * unrounded; a trailing comma scales by 1 000, so Swedish Excel shows "1 234" for 1 234 000 kr
 * in tkr. Never a literal space: in a format code it is a literal character, not a separator.
 */
export const AMOUNT_FORMAT: Record<Unit, string> = {
  kr: '#,##0;-#,##0',
  tkr: '#,##0,;-#,##0,',
  mnkr: '#,##0.0,,;-#,##0.0,,',
};

export const PERCENT_FORMAT = '0%';

/** Kronor per displayed unit, and decimals shown. */
export const UNIT_SCALE: Record<Unit, { readonly divisor: number; readonly decimals: number }> = {
  kr: { divisor: 1, decimals: 0 },
  tkr: { divisor: 1000, decimals: 0 },
  mnkr: { divisor: 1_000_000, decimals: 1 },
};

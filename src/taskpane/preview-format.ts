import type { GridCell } from '../core/grid';
import { formatSwedishNumber } from '../core/text/number';
import type { Lang } from '../core/i18n/types';

/**
 * Shows a grid cell the way Excel will: the number format's trailing commas scale by 1 000
 * each, its decimals after the point are kept, and Swedish display uses a space separator and
 * a comma decimal. Only the first (positive) section of the code is read for scale and
 * decimals; a percent sign multiplies by 100.
 */
export function displayCell(cell: GridCell, lang: Lang): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  const code = (cell.format ?? '#,##0').split(';')[0];
  const body = code.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  const scaleCommas = /[0#](,+)(?![0#])/.exec(body)?.[1].length ?? 0;
  const decimals = /\.([0#]+)/.exec(body)?.[1].length ?? 0;
  const percent = body.includes('%');
  const n = (v / 1000 ** scaleCommas) * (percent ? 100 : 1);
  const text = lang === 'sv' ? formatSwedishNumber(n, decimals, '\u2212') : formatEnglish(n, decimals);
  return percent ? `${text} %` : text;
}

function formatEnglish(n: number, decimals: number): string {
  return n.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

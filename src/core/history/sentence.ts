import type { Lang } from '../i18n/types';
import type { Paragraph } from '../commentary/commentary-types';
import type { Report } from '../report/report-types';
import { UNIT_SCALE } from '../layout/number-formats';
import { formatSwedishNumber } from '../text/number';
import { monthName } from './month-names';
import type { PreviousForecast } from './types';
import { historyKey } from './types';
import { normalisedForecast } from './record';

const UNIT_WORD = { kr: 'kr', tkr: 'tkr', mnkr: 'mnkr' } as const;

/**
 * How the full-year forecast of a line moved since the previous stored month, in the report's
 * unit: "Helårsprognosen för Verksamhetens nettokostnad har förbättrats med 629 tkr jämfört med
 * prognosen per april." Better means more income or less cost (the sign convention does not
 * change the words). Null when the line had no forecast then or now.
 */
export function forecastMoveSentence(report: Report, previous: PreviousForecast, lineId: string, lang: Lang): string | null {
  const line = report.lines.find((l) => l.id === lineId);
  const before = previous.byKey.get(historyKey('', lineId));
  const now = line?.values.forecastYear;
  if (!line || before === undefined || now === null || now === undefined) return null;
  const change = normalisedForecast(report, now) - before; // income positive: > 0 is better
  const { divisor, decimals } = UNIT_SCALE[report.unit];
  const shown = Math.abs(change) / divisor;
  const text = lang === 'sv' ? formatSwedishNumber(shown, decimals) : shown.toFixed(decimals);
  const zero = Number(shown.toFixed(decimals)) === 0;
  const month = monthName(previous.month, lang);
  const label = line.label[lang];
  if (lang === 'sv') {
    if (zero) return `Helårsprognosen för ${label} är oförändrad jämfört med prognosen per ${month}.`;
    return `Helårsprognosen för ${label} har ${change > 0 ? 'förbättrats' : 'försämrats'} med ${text} ${UNIT_WORD[report.unit]} jämfört med prognosen per ${month}.`;
  }
  const unit = { kr: 'SEK', tkr: 'SEK thousand', mnkr: 'SEK million' }[report.unit];
  if (zero) return `The full-year forecast for ${label} is unchanged since the forecast of ${month}.`;
  return `The full-year forecast for ${label} has ${change > 0 ? 'improved' : 'worsened'} by ${text} ${unit} since the forecast of ${month}.`;
}

/** The forecast-change paragraph's place in the commentary: right after the one about the full-year forecast, else last. */
export function withForecastSentence(commentary: readonly Paragraph[], text: string): Paragraph[] {
  const p: Paragraph = { topic: 'forecast-change', text };
  const at = commentary.findIndex((c) => c.topic === 'forecast' && c.block === undefined);
  return at < 0 ? [...commentary, p] : [...commentary.slice(0, at + 1), p, ...commentary.slice(at + 1)];
}

import type { Lang } from '../i18n/types';
import type { Issue } from '../issue';
import type { Check, ColumnId, LineValues, Report, ReportLine } from './report-types';
import { COLUMN_IDS } from './report-types';
import { columnLabel } from './columns';
import type { Paragraph } from '../commentary/commentary-types';

/**
 * The report as the CLI's --json prints it: kronor, unrounded, in the chosen sign convention;
 * labels in the chosen language; `through` as "YYYY-MM" (the same spelling as --through);
 * utilisation null where the line has no annual budget.
 */
export type JsonLine = { id: string; label: string; type: ReportLine['type']; level: number; values: Record<ColumnId, number | null> };

export type ReportJson = {
  year: number;
  through: string;
  unit: Report['unit'];
  signs: Report['signs'];
  forecastMethod: Report['forecastMethod'];
  columns: { id: ColumnId; label: string }[];
  lines: JsonLine[];
  breakdown?: { dimension: string; blocks: { key: string; lines: JsonLine[] }[] };
  checks: Check[];
  issues: Issue[];
  /** The drafted commentary: text in the report's unit (--unit), amounts elsewhere stay kronor. */
  commentary?: { topic: string; block?: string; text: string }[];
};

function values(v: LineValues): Record<ColumnId, number | null> {
  return Object.fromEntries(COLUMN_IDS.map((id) => [id, v[id]])) as Record<ColumnId, number | null>;
}

function lines(ls: readonly ReportLine[], lang: Lang): JsonLine[] {
  return ls.map((l) => ({ id: l.id, label: l.label[lang], type: l.type, level: l.level, values: values(l.values) }));
}

export function reportJson(report: Report, issues: readonly Issue[], lang: Lang, commentary?: readonly Paragraph[]): ReportJson {
  return {
    year: report.year,
    through: `${report.year}-${String(report.through).padStart(2, '0')}`,
    unit: report.unit,
    signs: report.signs,
    forecastMethod: report.forecastMethod,
    columns: COLUMN_IDS.map((id) => ({ id, label: columnLabel(id, report.year, report.through, lang) })),
    lines: lines(report.lines, lang),
    ...(report.breakdown
      ? { breakdown: { dimension: report.breakdown.dimension, blocks: report.breakdown.blocks.map((b) => ({ key: b.key, lines: lines(b.lines, lang) })) } }
      : {}),
    checks: [...report.checks],
    issues: [...issues],
    ...(commentary ? { commentary: commentary.map((p) => ({ topic: p.topic, ...(p.block !== undefined ? { block: p.block } : {}), text: p.text })) } : {}),
  };
}

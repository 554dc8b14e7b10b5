import type { Lang } from '../core/i18n/types';
import type { WorkbookSnapshot } from '../core/snapshot';
import { buildFollowUp, SECTION_TITLE } from '../core/followup';
import { reasonText, reasonTexts } from '../core/i18n/render';
import type { FollowUpRun, ReportOptions } from './engine-types';

/** Hela uppföljningen: every section the workbook has data for, and why the others are skipped. */
export function followUpRun(snapshot: WorkbookSnapshot, asOf: string, lang: Lang, options?: Partial<ReportOptions>): FollowUpRun {
  const through = options?.through ?? 0;
  const f = buildFollowUp(snapshot, {
    lang,
    asOf,
    renderReason: reasonText,
    ...(through > 0 ? { year: Math.floor(through / 100), throughMonth: through % 100 } : {}),
    ...(options?.forecast !== undefined ? { forecast: options.forecast } : {}),
    ...(options?.unit !== undefined ? { unit: options.unit } : {}),
    ...(options?.signs !== undefined ? { signs: options.signs } : {}),
  });
  return {
    sections: f.sections.map((s) =>
      s.kind === 'written'
        ? { id: s.id, title: SECTION_TITLE[s.id], kind: 'written', sheets: s.grids.filter((g) => g.visibility !== 'hidden').map((g) => g.sheetName) }
        : { id: s.id, title: SECTION_TITLE[s.id], kind: 'skipped', reason: reasonTexts(s.reason) },
    ),
    grids: f.grids,
    issues: f.issues,
  };
}

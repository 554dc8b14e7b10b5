import type { WorkbookSnapshot } from '../snapshot';
import type { Issue } from '../issue';
import type { ReportGrid } from '../grid';
import type { FollowUp, FollowUpOptions, SectionResult, SectionRunner } from './types';
import { SECTION_ORDER } from './types';
import { SECTION_RUNNERS } from './sections';
import { contentsGrid } from './contents';
import { placeGrids } from './placement';
import { skipReason } from './reason';
import { historyGrid, readForecastHistory } from '../history';

/**
 * Runs every section in report order and gathers the grids: contents first, then each written
 * section's tables, then the hidden forecast history. The history is held here: read once from
 * the workbook, handed to each section in turn, which records its forecasts into it (drift,
 * investments), and written as one sheet. `extra` adds or replaces runners (an SIE file's
 * sections); a section with no runner is skipped with the reason.
 */
export function buildFollowUp(snapshot: WorkbookSnapshot, options: FollowUpOptions, extra: Partial<Record<string, SectionRunner>> = {}): FollowUp {
  const contentsName = options.lang === 'sv' ? 'Innehåll' : 'Contents';
  let history = readForecastHistory(snapshot).history;
  let recorded = false;
  const sections: SectionResult[] = SECTION_ORDER.map((id) => {
    const run = extra[id] ?? SECTION_RUNNERS[id];
    if (!run) return { id, kind: 'skipped', reason: skipReason('followup.no-section'), issues: [] };
    const result = run(snapshot, options, history);
    if (result.kind === 'written' && result.history) {
      history = result.history;
      recorded = true;
    }
    return result;
  });
  const historySheet: ReportGrid[] = recorded ? [historyGrid(history)] : [];
  // Sheet names settled before writing (the contents sheet lists them), the contents sheet's own first.
  const reserved: WorkbookSnapshot = { ...snapshot, sheets: [...snapshot.sheets, { name: contentsName, originRow: 0, originCol: 0, values: [] }] };
  const placed = placeGrids(reserved, [...sections.flatMap((s) => (s.kind === 'written' ? s.grids : [])), ...historySheet]);
  let next = 0;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    if (s.kind !== 'written') continue;
    sections[i] = { ...s, grids: placed.slice(next, next + s.grids.length) };
    next += s.grids.length;
  }
  const heading = options.lang === 'sv' ? 'Uppföljning: innehåll' : 'Follow-up: contents';
  const grids = [contentsGrid(sections, options.lang, heading, options.renderReason), ...placed];
  const issues: Issue[] = sections.flatMap((s) => s.issues);
  return { sections, grids, issues };
}

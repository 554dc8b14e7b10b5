import type { WorkbookSnapshot } from '../snapshot';
import type { Issue } from '../issue';
import type { FollowUp, FollowUpOptions, SectionResult, SectionRunner } from './types';
import { SECTION_ORDER } from './types';
import { SECTION_RUNNERS } from './sections';
import { contentsGrid } from './contents';
import { placeGrids } from './placement';
import { mergeHistoryGrids } from '../history';

/**
 * Runs every section in report order and gathers the grids: contents first, then each written
 * section's tables (a hidden data sheet such as the forecast history goes along). `extra` adds
 * runners for sections whose modules live elsewhere; a section with no runner is skipped with
 * the reason.
 */
export function buildFollowUp(snapshot: WorkbookSnapshot, options: FollowUpOptions, extra: Partial<Record<string, SectionRunner>> = {}): FollowUp {
  const contentsName = options.lang === 'sv' ? 'Innehåll' : 'Contents';
  const sections: SectionResult[] = SECTION_ORDER.map((id) => {
    const run = extra[id] ?? SECTION_RUNNERS[id];
    if (!run) return { id, kind: 'skipped', reason: { sv: 'Avsnittet finns inte i den här versionen.', en: 'This version has no such section.' }, issues: [] };
    return run(snapshot, options);
  });
  // Sheet names settled before writing (the contents sheet lists them), the contents sheet's own first.
  const reserved: WorkbookSnapshot = { ...snapshot, sheets: [...snapshot.sheets, { name: contentsName, originRow: 0, originCol: 0, values: [] }] };
  const placed = placeGrids(reserved, sections.flatMap((s) => (s.kind === 'written' ? s.grids : [])));
  let next = 0;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    if (s.kind !== 'written') continue;
    sections[i] = { ...s, grids: placed.slice(next, next + s.grids.length) };
    next += s.grids.length;
  }
  const heading = options.lang === 'sv' ? 'Uppföljning: innehåll' : 'Follow-up: contents';
  const grids = mergeHistoryGrids([contentsGrid(sections, options.lang, heading), ...sections.flatMap((s) => (s.kind === 'written' ? s.grids : []))]);
  const issues: Issue[] = sections.flatMap((s) => s.issues);
  return { sections, grids, issues };
}

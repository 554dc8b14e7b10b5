import type { ReportGrid } from '../../../core/grid';
import { partDir, relsPathOf } from '../pkg/package';
import { readRelationships } from '../read/workbook-info';
import type { WorkbookEdit } from './workbook-edit';
import { addOverride, addRelationship, CONTENT_TYPES, EMPTY_RELS } from './opc-parts';
import { TRANSITIONAL } from './flavour';
import type { Anchor } from './sheet-xml';
import { anchorXml, chartXml, drawingXml, REL_NS } from './chart-xml';
import { chartName } from '../../../core/charts/chart-name';
import { findElement, rootPrefix, withPrefix } from './xml-part';

/**
 * The grid's charts in the package, beside its block. A sheet without a drawing gets a new
 * drawing part (one twoCellAnchor per chart) and one chart part per chart, fresh part names, their
 * content types and relationships appended, and <drawing r:id> in the worksheet in schema order.
 * A sheet that has a drawing already (a refresh): the add-in's own charts are found there by their
 * frame names (KR_Chart_<block>_<n>, which Excel keeps when it saves and renumbers the parts) and
 * only their chart parts are rewritten, so their ranges follow the block; the drawing, its
 * anchors (the user may have moved or resized the chart) and every chart the user made stay as
 * they are. Strict (ISO 29500) packages get no chart yet.
 */
export const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const REL_DRAWING = `${REL_NS}/drawing`;
const REL_CHART = `${REL_NS}/chart`;

/** The target of a relationship from `from` to `to` (both part names), relative to from's folder. */
export function relativeTarget(from: string, to: string): string {
  const a = partDir(from).split('/').filter(Boolean);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts'];

/** The worksheet XML with <drawing r:id> where the schema puts it (before legacyDrawing … extLst). */
export function withDrawingElement(xml: string, rId: string): string {
  const p = rootPrefix(xml, 'worksheet');
  const root = findElement(xml, p, 'worksheet');
  // r: as the root binds it (Excel's own sheets, ours), else declared on the element itself.
  const bound = root !== null && root.attrs.includes(`xmlns:r="${REL_NS}"`);
  const fragment = withPrefix(`<drawing${bound ? '' : ` xmlns:r="${REL_NS}"`} r:id="${rId}"/>`, p);
  const sd = findElement(xml, p, 'sheetData');
  const from = sd ? sd.end : 0;
  const later = AFTER_DRAWING.map((t) => findElement(xml, p, t, from)).filter((f) => f !== null);
  const close = xml.lastIndexOf(`</${p}worksheet>`);
  const ext = xml.slice(0, close).trimEnd().endsWith(`</${p}extLst>`) ? xml.lastIndexOf(`<${p}extLst>`, close) : -1;
  const at = Math.min(...later.map((f) => f.start), ...(ext >= 0 ? [ext] : []), close);
  return xml.slice(0, at) + fragment + xml.slice(at);
}

function relsOf(w: WorkbookEdit, relsPart: string): string {
  return w.edit.has(relsPart) ? w.edit.text(relsPart) : EMPTY_RELS;
}

function addNew(w: WorkbookEdit, sheetPart: string, sheet: string, block: string, grid: ReportGrid, origin: Anchor): void {
  const { edit } = w;
  const base = partDir(w.workbookPart);
  const dir = base === '' ? '' : `${base}/`;
  const drawing = edit.freeName(`${dir}drawings/drawing`);
  const drawingRels = relsPathOf(drawing);
  let rels = EMPTY_RELS;
  const anchors = (grid.charts ?? []).map((spec, i) => {
    const part = edit.freeName(`${dir}charts/chart`);
    edit.set(part, chartXml(spec, sheet, origin));
    edit.set(CONTENT_TYPES, addOverride(edit.text(CONTENT_TYPES), part, CHART_TYPE));
    const rel = addRelationship(rels, drawingRels, REL_CHART, relativeTarget(drawing, part));
    rels = rel.xml;
    return anchorXml(spec, origin, i + 2, chartName(block, i + 1), rel.id);
  });
  edit.set(drawing, drawingXml(anchors));
  edit.set(drawingRels, rels);
  edit.set(CONTENT_TYPES, addOverride(edit.text(CONTENT_TYPES), drawing, DRAWING_TYPE));
  const sheetRels = relsPathOf(sheetPart);
  const rel = addRelationship(relsOf(w, sheetRels), sheetRels, REL_DRAWING, relativeTarget(sheetPart, drawing));
  edit.set(sheetRels, rel.xml);
  edit.set(sheetPart, withDrawingElement(edit.text(sheetPart), rel.id));
}

/** Chart relationship ids of the add-in's frames in a drawing, by 1-based chart number. */
export function ownFrames(drawing: string, block: string): Map<number, string> {
  const out = new Map<number, string>();
  const prefix = chartName(block, 0).slice(0, -1);
  const re = /<(?:[\w.-]+:)?cNvPr\b[^>]*?\bname="([^"]*)"((?:(?!cNvPr)[\s\S])*?)<(?:[\w.-]+:)?chart\b[^>]*?\b[\w.-]+:id="([^"]+)"/g;
  for (const m of drawing.matchAll(re)) {
    if (!m[1].startsWith(prefix)) continue;
    const n = Number(m[1].slice(prefix.length));
    if (Number.isInteger(n) && n > 0) out.set(n, m[3]);
  }
  return out;
}

function rewriteOwn(w: WorkbookEdit, drawing: string, sheet: string, block: string, grid: ReportGrid, origin: Anchor): void {
  const frames = ownFrames(w.edit.text(drawing), block);
  const rels = readRelationships(w.edit.view(), drawing);
  (grid.charts ?? []).forEach((spec, i) => {
    const id = frames.get(i + 1);
    const target = rels.find((r) => r.id === id && !r.external && r.type.endsWith('/chart'))?.target;
    if (target && w.edit.has(target)) w.edit.set(target, chartXml(spec, sheet, origin));
  });
}

/** Writes or rewrites the grid's charts for its block at `origin` of `sheetPart`. */
export function writeCharts(w: WorkbookEdit, sheetPart: string, sheet: string, block: string, grid: ReportGrid, origin: Anchor): void {
  if (!grid.charts || grid.charts.length === 0 || w.flavour.main !== TRANSITIONAL.main) return;
  const drawing = readRelationships(w.edit.view(), sheetPart).find((r) => r.type === REL_DRAWING && !r.external && w.edit.has(r.target));
  if (drawing) rewriteOwn(w, drawing.target, sheet, block, grid, origin);
  else if (!/<(?:[\w.-]+:)?drawing[\s/>]/.test(w.edit.text(sheetPart))) addNew(w, sheetPart, sheet, block, grid, origin);
}

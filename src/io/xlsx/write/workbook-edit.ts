import type { XlsxPackage } from '../pkg/package';
import { partDir, relsPathOf } from '../pkg/package';
import type { WorkbookInfo } from '../read/workbook-info';
import { readRelationships, readWorkbookInfo } from '../read/workbook-info';
import { readSheet } from '../read/sheet-reader';
import type { MetaRow } from '../metadata';
import { isMetaSheet, METADATA_SHEET, metadataSheetXml, metaRowsOf } from '../metadata';
import { XlsxWriteError } from '../errors';
import type { PackageEdit } from './package-edit';
import { editPackage } from './package-edit';
import type { StylesPart } from './styles-part';
import { minimalStyles, openStyles } from './styles-part';
import { addOverride, addRelationship, CONTENT_TYPES, EMPTY_RELS, removeOverride, removeRelationships, STYLES_TYPE, WORKSHEET_TYPE } from './opc-parts';
import type { Flavour } from './flavour';
import { flavourOf, relType } from './flavour';
import { addSheet, nextSheetId, setFullCalcOnLoad } from './workbook-part';
import { addSheetTitles } from './app-part';

/**
 * One write session on a package: the edits, what workbook.xml said when it was opened, the
 * KR_Metadata entries (read once, written once at the end), and the package-level steps every
 * write shares: a new sheet part wired into the workbook (part, content type, relationship,
 * <sheet>), the styles part to append to, full recalculation on load, and dropping the
 * calculation chain. Several grids go through one session, so the ledger's bytes are copied
 * once per write, not once per grid.
 */
export type WorkbookEdit = {
  readonly edit: PackageEdit;
  /** workbook.xml and its relationships as the package was opened (sheet parts there are unedited). */
  readonly opened: WorkbookInfo;
  readonly workbookPart: string;
  readonly relsPart: string;
  /** Transitional or Strict, as workbook.xml is: the parts added are written the same. */
  readonly flavour: Flavour;
  /** KR_Metadata entries; null until first read. */
  meta: MetaRow[] | null;
  metaChanged: boolean;
  /** Names of the sheets added in this session, for docProps/app.xml. */
  readonly added: string[];
};

export function openWorkbookEdit(pkg: XlsxPackage): WorkbookEdit {
  const opened = readWorkbookInfo(pkg);
  const edit = editPackage(pkg);
  const flavour = flavourOf(edit.text(opened.workbookPart));
  return { edit, opened, workbookPart: opened.workbookPart, relsPart: relsPathOf(opened.workbookPart), flavour, meta: null, metaChanged: false, added: [] };
}

/** workbook.xml and its relationships as the edits so far leave them (sheets and names added). */
export function currentInfo(w: WorkbookEdit): WorkbookInfo {
  return readWorkbookInfo(w.edit.view());
}

function relsText(w: WorkbookEdit): string {
  return w.edit.has(w.relsPart) ? w.edit.text(w.relsPart) : EMPTY_RELS;
}

/** A relationship target from the workbook's folder ("worksheets/sheet3.xml"), absolute when outside it. */
function targetOf(w: WorkbookEdit, part: string): string {
  const dir = partDir(w.workbookPart);
  return dir !== '' && part.startsWith(`${dir}/`) ? part.slice(dir.length + 1) : `/${part}`;
}

/** Adds a worksheet part holding `xml` as the last sheet; returns its part name. */
export function addSheetPart(w: WorkbookEdit, name: string, xml: string, state?: 'hidden' | 'veryHidden'): string {
  const { edit } = w;
  const dir = partDir(w.workbookPart);
  const part = edit.freeName(`${dir === '' ? '' : `${dir}/`}worksheets/sheet`);
  edit.set(part, xml);
  edit.set(CONTENT_TYPES, addOverride(edit.text(CONTENT_TYPES), part, WORKSHEET_TYPE));
  const rel = addRelationship(relsText(w), w.relsPart, relType(w.flavour, 'worksheet'), targetOf(w, part));
  edit.set(w.relsPart, rel.xml);
  const wb = edit.text(w.workbookPart);
  edit.set(w.workbookPart, addSheet(wb, { name, sheetId: nextSheetId(wb), rId: rel.id, ...(state ? { state } : {}) }, w.flavour));
  w.added.push(name);
  return part;
}

/** The styles part to append to (created, with its content type and relationship, if the package has none). */
export function stylesOf(w: WorkbookEdit, info: WorkbookInfo): { readonly styles: StylesPart; readonly part: string } {
  const { edit } = w;
  let part = info.stylesPart;
  if (part === null || !edit.has(part)) {
    const dir = partDir(w.workbookPart);
    part = `${dir === '' ? '' : `${dir}/`}styles.xml`;
    edit.set(part, minimalStyles(w.flavour.main));
    edit.set(CONTENT_TYPES, addOverride(edit.text(CONTENT_TYPES), part, STYLES_TYPE));
    edit.set(w.relsPart, addRelationship(relsText(w), w.relsPart, relType(w.flavour, 'styles'), targetOf(w, part)).xml);
  }
  return { styles: openStyles(edit.text(part), part), part };
}

/** The KR_Metadata entries of the package as opened; 'taken' when a sheet of that name is not the add-in's (no header in A1). */
export function ourMetaRows(w: WorkbookEdit): MetaRow[] | 'taken' {
  if (!w.opened.sheets.some((s) => s.name === METADATA_SHEET)) return [];
  const sheet = readSheet(w.edit.pkg, w.opened, METADATA_SHEET);
  return isMetaSheet(sheet) ? metaRowsOf(sheet) : 'taken';
}

/**
 * The KR_Metadata entries (read from the package as opened, the first time). A KR_Metadata sheet
 * the add-in did not make is never written into: XlsxWriteError('metadata-sheet-taken').
 */
export function metaRows(w: WorkbookEdit): MetaRow[] {
  if (w.meta === null) {
    const rows = ourMetaRows(w);
    if (rows === 'taken') throw new XlsxWriteError('metadata-sheet-taken', { sheet: METADATA_SHEET });
    w.meta = rows;
  }
  return w.meta;
}

export function setMetaRows(w: WorkbookEdit, rows: MetaRow[]): void {
  w.meta = rows;
  w.metaChanged = true;
}

/** Writes the KR_Metadata sheet anew (adding it, very hidden, when the workbook has none). */
function putMeta(w: WorkbookEdit, rows: readonly MetaRow[]): void {
  const sheet = w.opened.sheets.find((s) => s.name === METADATA_SHEET);
  if (sheet) w.edit.set(sheet.part, metadataSheetXml(rows, w.flavour.main));
  else addSheetPart(w, METADATA_SHEET, metadataSheetXml(rows, w.flavour.main), 'veryHidden');
}

/** Drops xl/calcChain.xml (its content type and relationship too): after a refresh it may name cells that hold no formula any more. */
export function dropCalcChain(w: WorkbookEdit): void {
  const rel = readRelationships(w.edit.pkg, w.workbookPart).find((r) => /\/calcChain$/.test(r.type) && !r.external);
  if (!rel || !w.edit.has(rel.target)) return;
  w.edit.remove(rel.target);
  w.edit.set(CONTENT_TYPES, removeOverride(w.edit.text(CONTENT_TYPES), rel.target));
  w.edit.set(w.relsPart, removeRelationships(relsText(w), w.relsPart, rel.type));
}

/** The added sheets' names in docProps/app.xml's lists (left as it is when its lists are not as expected). */
function listAddedSheets(w: WorkbookEdit): void {
  const app = readRelationships(w.edit.pkg, '').find((r) => /\/extended-properties$/.test(r.type) && !r.external);
  if (!app || !w.edit.has(app.target)) return;
  const xml = w.edit.text(app.target);
  const out = addSheetTitles(xml, w.added);
  if (out !== xml) w.edit.set(app.target, out);
}

/**
 * The package with the session's edits: KR_Metadata written if it changed, and (`recalc`)
 * full recalculation on load, so Excel recomputes every formula when it opens the file
 * (LibreOffice does for formulas without a cached value).
 */
export function finishWorkbookEdit(w: WorkbookEdit, recalc: 'recalc' | 'as-is'): Uint8Array {
  if (w.metaChanged && w.meta) putMeta(w, w.meta);
  listAddedSheets(w);
  if (recalc === 'recalc') w.edit.set(w.workbookPart, setFullCalcOnLoad(w.edit.text(w.workbookPart)));
  return w.edit.finish();
}

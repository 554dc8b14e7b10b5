import type { XlsxPackage } from '../pkg/package';
import { partDir, relsPathOf } from '../pkg/package';
import type { WorkbookInfo } from '../read/workbook-info';
import { readRelationships, readWorkbookInfo } from '../read/workbook-info';
import { readSheet } from '../read/sheet-reader';
import type { MetaRow } from '../metadata';
import { METADATA_SHEET, metadataSheetXml, metaRowsOf } from '../metadata';
import type { PackageEdit } from './package-edit';
import { editPackage } from './package-edit';
import type { StylesPart } from './styles-part';
import { MINIMAL_STYLES, openStyles } from './styles-part';
import { addOverride, addRelationship, CONTENT_TYPES, EMPTY_RELS, REL_STYLES, REL_WORKSHEET, removeOverride, removeRelationships, STYLES_TYPE, WORKSHEET_TYPE } from './opc-parts';
import { addSheet, nextSheetId, setFullCalcOnLoad } from './workbook-part';

/**
 * One write into a package: the edit session plus what workbook.xml said when it was opened,
 * and the package-level steps every write shares: a new sheet part wired into the workbook
 * (part, content type, relationship, <sheet>), the styles part to append to, the KR_Metadata
 * sheet, full recalculation on load, and dropping the calculation chain.
 */
export type WorkbookEdit = {
  readonly edit: PackageEdit;
  readonly info: WorkbookInfo;
  readonly workbookPart: string;
  readonly relsPart: string;
};

export function openWorkbookEdit(pkg: XlsxPackage): WorkbookEdit {
  const info = readWorkbookInfo(pkg);
  return { edit: editPackage(pkg), info, workbookPart: info.workbookPart, relsPart: relsPathOf(info.workbookPart) };
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
export function addSheetPart(w: WorkbookEdit, name: string, xml: string, state?: 'veryHidden'): string {
  const { edit } = w;
  const dir = partDir(w.workbookPart);
  const part = edit.freeName(`${dir === '' ? '' : `${dir}/`}worksheets/sheet`);
  edit.set(part, xml);
  edit.set(CONTENT_TYPES, addOverride(edit.text(CONTENT_TYPES), part, WORKSHEET_TYPE));
  const rel = addRelationship(relsText(w), w.relsPart, REL_WORKSHEET, targetOf(w, part));
  edit.set(w.relsPart, rel.xml);
  const wb = edit.text(w.workbookPart);
  edit.set(w.workbookPart, addSheet(wb, { name, sheetId: nextSheetId(wb), rId: rel.id, ...(state ? { state } : {}) }));
  return part;
}

/** The styles part to append to (created, with its content type and relationship, if the package has none). */
export function stylesOf(w: WorkbookEdit): { readonly styles: StylesPart; readonly part: string } {
  const { edit } = w;
  let part = w.info.stylesPart;
  if (part === null || !edit.has(part)) {
    const dir = partDir(w.workbookPart);
    part = `${dir === '' ? '' : `${dir}/`}styles.xml`;
    edit.set(part, MINIMAL_STYLES);
    edit.set(CONTENT_TYPES, addOverride(edit.text(CONTENT_TYPES), part, STYLES_TYPE));
    edit.set(w.relsPart, addRelationship(relsText(w), w.relsPart, REL_STYLES, targetOf(w, part)).xml);
  }
  return { styles: openStyles(edit.text(part), part), part };
}

/** The KR_Metadata entries of the package as opened. */
export function metaRows(w: WorkbookEdit): MetaRow[] {
  const sheet = w.info.sheets.find((s) => s.name === METADATA_SHEET);
  return sheet ? metaRowsOf(readSheet(w.edit.pkg, w.info, METADATA_SHEET)) : [];
}

/** Writes the KR_Metadata sheet anew (adding it, very hidden, when the workbook has none). */
export function putMeta(w: WorkbookEdit, rows: readonly MetaRow[]): void {
  const sheet = w.info.sheets.find((s) => s.name === METADATA_SHEET);
  if (sheet) w.edit.set(sheet.part, metadataSheetXml(rows));
  else addSheetPart(w, METADATA_SHEET, metadataSheetXml(rows), 'veryHidden');
}

/** Excel recomputes every formula when it opens the file (LibreOffice does for formulas without a cached value). */
export function recalcOnLoad(w: WorkbookEdit): void {
  w.edit.set(w.workbookPart, setFullCalcOnLoad(w.edit.text(w.workbookPart)));
}

/** Drops xl/calcChain.xml (its content type and relationship too): after a refresh it may name cells that hold no formula any more. */
export function dropCalcChain(w: WorkbookEdit): void {
  const rel = readRelationships(w.edit.pkg, w.workbookPart).find((r) => /\/calcChain$/.test(r.type) && !r.external);
  if (!rel) return;
  w.edit.remove(rel.target);
  w.edit.set(CONTENT_TYPES, removeOverride(w.edit.text(CONTENT_TYPES), rel.target));
  w.edit.set(w.relsPart, removeRelationships(relsText(w), w.relsPart, rel.type));
}


import { columnLetters, quoteSheet } from '../../../core/address';
import type { RangeRef } from '../../../core/address';
import { escapeAttr, escapeXml } from './xml-escape';
import type { Flavour } from './flavour';
import { TRANSITIONAL } from './flavour';
import { attrOf, brokenPart, findAll, findElement, rootPrefix, setAttr } from './xml-part';

/**
 * xl/workbook.xml, edited as text: a <sheet> appended to <sheets>, a report's <definedName>
 * appended (or, on refresh, the text of the report's own name replaced) and full recalculation
 * on load switched on. Every other element and attribute stays as the producer wrote it, so
 * sheet indexes (localSheetId), views, protection, pivot caches and extensions are untouched.
 */
/** Elements that follow <definedNames> in CT_Workbook, in schema order. */
const AFTER_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];
/** Elements <definedNames> follows. */
const BEFORE_NAMES = ['sheets', 'functionGroups', 'externalReferences'];

export type NewSheet = { readonly name: string; readonly sheetId: number; readonly rId: string; readonly state?: 'veryHidden' };

const PART = 'xl/workbook.xml';

function prefixOf(xml: string): string {
  const p = rootPrefix(xml, 'workbook');
  if (!findElement(xml, p, 'workbook')) throw brokenPart(PART);
  return p;
}

/** The next free sheetId. */
export function nextSheetId(xml: string): number {
  const p = prefixOf(xml);
  const sheets = findElement(xml, p, 'sheets');
  const ids = sheets ? findAll(xml, p, 'sheet', sheets.openEnd, sheets.closeStart).map((s) => Number(attrOf(s.attrs, 'sheetId')) || 0) : [];
  return Math.max(0, ...ids) + 1;
}

export function addSheet(xml: string, sheet: NewSheet, flavour: Flavour = TRANSITIONAL): string {
  const p = prefixOf(xml);
  const sheets = findElement(xml, p, 'sheets');
  if (!sheets || sheets.selfClosing) throw brokenPart(PART);
  const root = findElement(xml, p, 'workbook')!;
  const decl = /\sxmlns:([\w.-]+)\s*=\s*"([^"]*)"/g;
  let r: string | null = null;
  for (const m of root.attrs.matchAll(decl)) if (m[2] === flavour.rel) r = m[1];
  const rAttr = r ? `${r}:id="${sheet.rId}"` : `xmlns:r="${flavour.rel}" r:id="${sheet.rId}"`;
  const state = sheet.state ? ` state="${sheet.state}"` : '';
  const el = `<${p}sheet name="${escapeAttr(sheet.name)}" sheetId="${sheet.sheetId}"${state} ${rAttr}/>`;
  return xml.slice(0, sheets.closeStart) + el + xml.slice(sheets.closeStart);
}

/** The text of a defined name for a block: 'My sheet'!$A$1:$G$14. */
export function nameText(sheet: string, range: RangeRef): string {
  const col = columnLetters;
  return `${quoteSheet(sheet)}!$${col(range.col)}$${range.row + 1}:$${col(range.col + range.cols - 1)}$${range.row + range.rows}`;
}

/** Sets the workbook-level name `name` to `text`: its existing element's text replaced, else a new one appended. */
export function setDefinedName(xml: string, name: string, text: string): string {
  const p = prefixOf(xml);
  const el = `<${p}definedName name="${escapeAttr(name)}">${escapeXml(text)}</${p}definedName>`;
  const names = findElement(xml, p, 'definedNames');
  if (names && !names.selfClosing) {
    for (const d of findAll(xml, p, 'definedName', names.openEnd, names.closeStart)) {
      if (attrOf(d.attrs, 'name') === escapeAttr(name) && attrOf(d.attrs, 'localSheetId') === undefined && !d.selfClosing) {
        return xml.slice(0, d.openEnd) + escapeXml(text) + xml.slice(d.closeStart);
      }
    }
    return xml.slice(0, names.closeStart) + el + xml.slice(names.closeStart);
  }
  if (names) return xml.slice(0, names.start) + `<${p}definedNames>${el}</${p}definedNames>` + xml.slice(names.end);
  const before = BEFORE_NAMES.map((t) => findElement(xml, p, t)).filter((f) => f !== null);
  const at = Math.max(...before.map((f) => f.end));
  if (!Number.isFinite(at)) throw brokenPart(PART);
  return xml.slice(0, at) + `<${p}definedNames>${el}</${p}definedNames>` + xml.slice(at);
}

/** <calcPr fullCalcOnLoad="1"/>: the attribute set on an existing calcPr, else the element added in schema order. */
export function setFullCalcOnLoad(xml: string): string {
  const p = prefixOf(xml);
  const calc = findElement(xml, p, 'calcPr');
  if (calc) {
    const attrs = setAttr(calc.attrs, 'fullCalcOnLoad', '1');
    return xml.slice(0, calc.start) + `<${p}calcPr${attrs}${calc.selfClosing ? '/>' : '>'}` + xml.slice(calc.openEnd);
  }
  const names = findElement(xml, p, 'definedNames');
  const later = AFTER_NAMES.map((t) => findElement(xml, p, t)).filter((f) => f !== null);
  const at = names ? names.end : later.length > 0 ? Math.min(...later.map((f) => f.start)) : Math.max(...BEFORE_NAMES.map((t) => findElement(xml, p, t)?.end ?? -1));
  if (at < 0) throw brokenPart(PART);
  return xml.slice(0, at) + `<${p}calcPr fullCalcOnLoad="1"/>` + xml.slice(at);
}

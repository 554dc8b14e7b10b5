import { strToU8, zipSync } from 'fflate';
import type { CellValue } from '../../core/snapshot';
import { isCellError } from '../../core/snapshot';
import { cellA1 } from '../../core/address';
import { MINIMAL_STYLES } from './write/styles-part';
import { relType, TRANSITIONAL } from './write/flavour';
import { CONTENT_TYPES, STYLES_TYPE, WORKSHEET_TYPE } from './write/opc-parts';

/**
 * A new .xlsx package from plain values, without exceljs: the six parts a spreadsheet needs
 * ([Content_Types].xml, _rels/.rels, xl/workbook.xml, its rels, a minimal date-free styles.xml
 * (the file writer's own, write/styles-part.ts), one worksheet per sheet) with text as inline
 * strings (never a formula, whatever it starts with) and numbers as numbers. Used for the ledger an SIE file gives (`convert`,
 * and the workbook `report` adds its sheet to).
 */
export type NewSheet = { readonly name: string; readonly values: readonly (readonly CellValue[])[] };

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const { main: NS_MAIN, rel: NS_REL } = TRANSITIONAL;
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** XML text: the five entities escaped, characters XML 1.0 cannot hold dropped. */
function xmlText(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function cellXml(row: number, col: number, v: CellValue): string {
  if (v === null || v === '') return '';
  const ref = cellA1(row, col);
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"><v>${v}</v></c>` : '';
  if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  const s = isCellError(v) ? v.error : v;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(s)}</t></is></c>`;
}

function sheetXml(values: readonly (readonly CellValue[])[]): string {
  const rows: string[] = [];
  for (let r = 0; r < values.length; r++) {
    const cells = values[r].map((v, c) => cellXml(r, c, v)).join('');
    if (cells !== '') rows.push(`<row r="${r + 1}">${cells}</row>`);
  }
  return `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

export function newWorkbookBytes(sheets: readonly NewSheet[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const overrides = sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${WORKSHEET_TYPE}"/>`)
    .join('');
  files[CONTENT_TYPES] = strToU8(
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      `<Override PartName="/xl/styles.xml" ContentType="${STYLES_TYPE}"/>` +
      `${overrides}</Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheetEls = sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  files['xl/workbook.xml'] = strToU8(`${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>${sheetEls}</sheets></workbook>`);
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${relType(TRANSITIONAL, 'worksheet')}" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${rels}<Relationship Id="rId${sheets.length + 1}" Type="${relType(TRANSITIONAL, 'styles')}" Target="styles.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(MINIMAL_STYLES);
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.values));
  });
  return zipSync(files, { level: 6 });
}

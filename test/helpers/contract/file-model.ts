import { unzipSync } from 'fflate';
import type { BlockModel, CellModel, ConditionalModel, Rect, Side } from './model';
import { builtinFormat, cellRef, columnIndex, columnLetters, describeRule, hexColour, horizontalName, numberFormatName, paperName, parseRange, pixelsOfWidth, rangeText, rowKeysFromMeta, side, sortConditional } from './model';
import type { XmlNode } from './xml-tree';
import { child, children, parseXml } from './xml-tree';

/**
 * The normalised model of a report block in an .xlsx package, read from the XML parts
 * themselves (fflate and xml-tree.ts, not the project's reader): the defined name gives the
 * sheet and the rectangle; each cell's style index is resolved through styles.xml (cellXfs →
 * numFmts, fonts, fills, borders, alignment) into the vocabulary of model.ts.
 */
const decoder = new TextDecoder();

export type FilePackage = {
  part(name: string): XmlNode | undefined;
};

function openParts(bytes: Uint8Array): FilePackage {
  const files = unzipSync(bytes);
  const byLower = new Map(Object.entries(files).map(([k, v]) => [k.replace(/^\//, '').toLowerCase(), v]));
  const cache = new Map<string, XmlNode | undefined>();
  return {
    part(name) {
      const key = name.replace(/^\//, '').toLowerCase();
      if (!cache.has(key)) {
        const data = byLower.get(key);
        cache.set(key, data ? parseXml(decoder.decode(data)) : undefined);
      }
      return cache.get(key);
    },
  };
}

const truthy = (n: XmlNode | undefined): boolean => n !== undefined && n.attrs.val !== '0' && n.attrs.val !== 'false';
const flag = (v: string | undefined, dflt: boolean): boolean => (v === undefined ? dflt : v === '1' || v === 'true');

/** A <color> element as '#RRGGBB'; automatic (none, auto, theme 1 = dark 1, indexed 64) is '#000000'. */
function colourOf(c: XmlNode | undefined): string {
  if (!c) return '#000000';
  if (c.attrs.rgb) return hexColour(c.attrs.rgb);
  if (c.attrs.auto === '1' || c.attrs.theme === '1' || c.attrs.indexed === '64') return '#000000';
  if (c.attrs.theme !== undefined) return `theme ${c.attrs.theme}${c.attrs.tint ? ` tint ${c.attrs.tint}` : ''}`;
  if (c.attrs.indexed !== undefined) return `indexed ${c.attrs.indexed}`;
  return '#000000';
}

type CellStyle = Omit<CellModel, 'value' | 'formula'>;

/** Every cellXfs entry of a styles part, resolved. */
export function cellStyles(styles: XmlNode | undefined): CellStyle[] {
  const sheet = child(styles, 'styleSheet');
  const fmts = new Map(children(child(sheet, 'numFmts'), 'numFmt').map((f) => [Number(f.attrs.numFmtId), f.attrs.formatCode]));
  const fonts = children(child(sheet, 'fonts'), 'font');
  const fills = children(child(sheet, 'fills'), 'fill');
  const borders = children(child(sheet, 'borders'), 'border');
  const xfs = children(child(sheet, 'cellXfs'), 'xf');
  const sideOf = (b: XmlNode | undefined, name: string): Side => {
    const s = child(b, name);
    return side(s?.attrs.style, s && child(s, 'color') ? colourOf(child(s, 'color')) : null);
  };
  const resolve = (xf: XmlNode | undefined): CellStyle => {
    const id = Number(xf?.attrs.numFmtId ?? 0);
    const font = fonts[Number(xf?.attrs.fontId ?? 0)];
    const pattern = child(fills[Number(xf?.attrs.fillId ?? 0)], 'patternFill');
    const border = borders[Number(xf?.attrs.borderId ?? 0)];
    const align = child(xf, 'alignment');
    return {
      numberFormat: numberFormatName(fmts.get(id) ?? builtinFormat(id)),
      fill: pattern?.attrs.patternType === 'solid' ? colourOf(child(pattern, 'fgColor')) : '#FFFFFF',
      font: { bold: truthy(child(font, 'b')), italic: truthy(child(font, 'i')), color: colourOf(child(font, 'color')), size: Number(child(font, 'sz')?.attrs.val ?? 11) },
      borders: { top: sideOf(border, 'top'), bottom: sideOf(border, 'bottom'), left: sideOf(border, 'left'), right: sideOf(border, 'right') },
      horizontal: horizontalName(align?.attrs.horizontal),
      indent: Number(align?.attrs.indent ?? 0),
      wrap: flag(align?.attrs.wrapText, false),
    };
  };
  const out = xfs.map(resolve);
  return out.length > 0 ? out : [resolve(undefined)];
}

const runsText = (n: XmlNode | undefined): string => {
  if (!n) return '';
  if (n.name === 't') return n.text;
  if (n.name === 'rPh') return '';
  return n.children.map(runsText).join('');
};

type RawCell = { readonly value: CellModel['value']; readonly formula: string | null; readonly style: number };

function cellOf(c: XmlNode, shared: readonly string[]): RawCell {
  const t = c.attrs.t ?? 'n';
  const f = child(c, 'f');
  const v = child(c, 'v')?.text;
  const style = Number(c.attrs.s ?? 0);
  if (f) {
    if (f.text === '' && f.attrs.t === 'shared') throw new Error(`cell ${c.attrs.r}: a shared formula's dependent (not written by this project's writers)`);
    return { value: null, formula: f.text.replace(/^=/, ''), style };
  }
  let value: CellModel['value'] = null;
  if (t === 's' && v !== undefined) value = shared[Number(v)] ?? null;
  else if (t === 'inlineStr') value = runsText(child(c, 'is'));
  else if (t === 'str' || t === 'e') value = v ?? null;
  else if (t === 'b') value = v === undefined ? null : v === '1';
  else if (v !== undefined) value = Number(v);
  return { value: value === '' ? null : value, formula: null, style };
}

type SheetInfo = { readonly name: string; readonly part: string };

const workbookRels = (pkg: FilePackage): XmlNode[] => children(child(pkg.part('xl/_rels/workbook.xml.rels'), 'Relationships'), 'Relationship');
const partOf = (target: string): string => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

/** The part of the workbook's relationship of this type ('styles', 'sharedStrings'), if any. */
function relatedPart(pkg: FilePackage, type: string): string | undefined {
  const rel = workbookRels(pkg).find((r) => r.attrs.Type.endsWith(`/${type}`));
  return rel ? partOf(rel.attrs.Target) : undefined;
}

function sheetsOf(pkg: FilePackage): SheetInfo[] {
  const rels = new Map(workbookRels(pkg).map((r) => [r.attrs.Id, r.attrs.Target]));
  return children(child(child(pkg.part('xl/workbook.xml'), 'workbook'), 'sheets'), 'sheet').map((s) => ({ name: s.attrs.name, part: partOf(rels.get(s.attrs['r:id']) ?? '') }));
}

/** Every workbook-scoped defined name: name → 'Sheet!A1:F6' (quotes and $ dropped), or '#REF!…' as written. */
function definedNamesOf(pkg: FilePackage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of children(child(child(pkg.part('xl/workbook.xml'), 'workbook'), 'definedNames'), 'definedName')) {
    if (d.attrs.localSheetId !== undefined) continue;
    const text = d.text.trim();
    const bang = text.lastIndexOf('!');
    if (text.startsWith('#REF!') || bang < 0) {
      out[d.attrs.name] = text.startsWith('#REF!') ? '#REF!' : text;
      continue;
    }
    const sheet = text.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    out[d.attrs.name] = `${sheet}!${text.slice(bang + 1).replace(/\$/g, '')}`;
  }
  return out;
}

/** The cells of a sheet part by reference, with the shared strings resolved. */
function rawCells(sheet: XmlNode | undefined, shared: readonly string[]): Map<string, RawCell> {
  const out = new Map<string, RawCell>();
  for (const row of children(child(child(sheet, 'worksheet'), 'sheetData'), 'row')) for (const c of children(row, 'c')) out.set(c.attrs.r, cellOf(c, shared));
  return out;
}

function metaRows(pkg: FilePackage, sheets: readonly SheetInfo[], shared: readonly string[]): (string | null)[][] {
  const meta = sheets.find((s) => s.name === 'KR_Metadata');
  if (!meta) return [];
  const rows: (string | null)[][] = [];
  for (const [ref, c] of rawCells(pkg.part(meta.part), shared)) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m) continue;
    const r = Number(m[2]) - 1;
    (rows[r] ??= [])[columnIndex(m[1])] = c.value === null ? null : String(c.value);
  }
  return rows.filter((r) => r !== undefined).map((r) => Array.from(r, (v) => v ?? null));
}

function conditionalOf(ws: XmlNode | undefined, dxfs: readonly XmlNode[]): ConditionalModel[] {
  const out: ConditionalModel[] = [];
  for (const cf of children(ws, 'conditionalFormatting')) {
    for (const rule of children(cf, 'cfRule')) {
      const dxf = rule.attrs.dxfId !== undefined ? dxfs[Number(rule.attrs.dxfId)] : undefined;
      const fill = child(child(dxf, 'fill'), 'patternFill');
      const fontColour = child(child(dxf, 'font'), 'color');
      const icons = child(rule, 'iconSet');
      const describe = describeRule({
        type: rule.attrs.type,
        operator: rule.attrs.operator,
        formulas: children(rule, 'formula').map((f) => f.text),
        text: rule.attrs.text,
        fill: fill ? colourOf(child(fill, 'bgColor') ?? child(fill, 'fgColor')) : null,
        font: fontColour ? colourOf(fontColour) : null,
        iconSet: icons?.attrs.iconSet,
        reverse: flag(icons?.attrs.reverse, false),
        showValue: flag(icons?.attrs.showValue, true),
        cfvo: children(icons, 'cfvo').map((c) => ({ type: c.attrs.type, value: Number.isFinite(Number(c.attrs.val)) ? Number(c.attrs.val) : c.attrs.val })),
      });
      out.push({ type: rule.attrs.type, range: cf.attrs.sqref, rule: describe });
    }
  }
  return sortConditional(out);
}

/** The model of the block the defined name `name` points at. */
export function fileModel(bytes: Uint8Array, name: string): BlockModel {
  const pkg = openParts(bytes);
  const names = definedNamesOf(pkg);
  const target = names[name];
  if (!target || target === '#REF!') throw new Error(`no defined name ${name} with a range (names: ${JSON.stringify(names)})`);
  const bang = target.lastIndexOf('!');
  const sheetName = target.slice(0, bang);
  const rect: Rect = parseRange(target.slice(bang + 1));
  const sheets = sheetsOf(pkg);
  const info = sheets.find((s) => s.name === sheetName);
  if (!info) throw new Error(`no sheet ${sheetName}`);
  const stringsPart = relatedPart(pkg, 'sharedStrings');
  const shared = stringsPart ? children(child(pkg.part(stringsPart), 'sst'), 'si').map(runsText) : [];
  const stylesPart = relatedPart(pkg, 'styles');
  const stylesXml = stylesPart ? pkg.part(stylesPart) : undefined;
  const styles = cellStyles(stylesXml);
  const dxfs = children(child(child(stylesXml, 'styleSheet'), 'dxfs'), 'dxf');
  const sheetXml = pkg.part(info.part);
  const ws = child(sheetXml, 'worksheet');
  const raw = rawCells(sheetXml, shared);
  const cells: Record<string, CellModel> = {};
  for (let i = 0; i < rect.rows; i++) {
    for (let j = 0; j < rect.cols; j++) {
      const ref = cellRef(rect.row + i, rect.col + j);
      const c = raw.get(ref);
      const style = styles[c?.style ?? 0];
      if (!style) throw new Error(`cell ${ref}: style ${c?.style} is not in cellXfs`);
      cells[ref] = { value: c?.value ?? null, formula: c?.formula ?? null, ...style };
    }
  }
  const cols = children(child(ws, 'cols'), 'col');
  const columns: Record<string, { pixels: number; hidden: boolean }> = {};
  for (let j = 0; j < rect.cols; j++) {
    const n = rect.col + j + 1;
    const col = cols.find((c) => Number(c.attrs.min) <= n && n <= Number(c.attrs.max));
    columns[columnLetters(rect.col + j)] = { pixels: pixelsOfWidth(col?.attrs.width !== undefined ? Number(col.attrs.width) : undefined), hidden: flag(col?.attrs.hidden, false) };
  }
  const rowEls = new Map(children(child(ws, 'sheetData'), 'row').map((r) => [Number(r.attrs.r), r]));
  const defaultHeight = Number(child(ws, 'sheetFormatPr')?.attrs.defaultRowHeight ?? 15);
  const rowHeights: Record<string, number> = {};
  for (let i = 0; i < rect.rows; i++) {
    const ht = rowEls.get(rect.row + i + 1)?.attrs.ht;
    rowHeights[String(rect.row + i + 1)] = ht !== undefined ? Number(ht) : defaultHeight;
  }
  const pane = child(child(child(ws, 'sheetViews'), 'sheetView'), 'pane');
  const frozen = pane && (pane.attrs.state === 'frozen' || pane.attrs.state === 'frozenSplit');
  const setup = child(ws, 'pageSetup');
  const fitToPage = flag(child(child(ws, 'sheetPr'), 'pageSetUpPr')?.attrs.fitToPage, false);
  return {
    name,
    sheet: sheetName,
    address: rangeText(rect),
    cells,
    columns,
    rowHeights,
    freeze: frozen ? { rows: Number(pane.attrs.ySplit ?? 0), columns: Number(pane.attrs.xSplit ?? 0) } : null,
    print: {
      paper: paperName(setup?.attrs.paperSize !== undefined ? Number(setup.attrs.paperSize) : undefined),
      orientation: setup?.attrs.orientation === 'landscape' ? 'Landscape' : 'Portrait',
      fit: fitToPage ? { width: Number(setup?.attrs.fitToWidth ?? 1), height: Number(setup?.attrs.fitToHeight ?? 1) } : null,
    },
    conditionalFormats: conditionalOf(ws, dxfs),
    names,
    rowKeys: rowKeysFromMeta(metaRows(pkg, sheets, shared), name),
  };
}

/**
 * The normalised model of a report block, one per adapter, in the vocabulary Office.js reports
 * (as the simulator answers loads, test/fakes/office-sim/format.ts): '#RRGGBB' colours in
 * capitals, '#FFFFFF' for no fill, '#000000' for the automatic font and border colour, border
 * styles 'Continuous' / 'Double' / 'Dash' / 'Dot' / 'None', alignment 'General' / 'Left' /
 * 'Center' / 'Right', column widths in whole pixels, row heights in points. The contract suite
 * builds one from the simulator's workbook (excel-model.ts) and one from the file's XML parts
 * (file-model.ts) and compares them whole. This file holds the shared conversions, with no
 * imports from src/ (an address or unit bug in the adapters must not hide itself here).
 */
export type Side = { readonly style: string; readonly color: string | null };

export type CellModel = {
  /** Text, number or boolean; null for an empty cell and for a formula (neither host keeps a computed value here). */
  readonly value: string | number | boolean | null;
  /** Without the leading '='; null when the cell holds none. */
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly fill: string;
  readonly font: { readonly bold: boolean; readonly italic: boolean; readonly color: string; readonly size: number };
  readonly borders: { readonly top: Side; readonly bottom: Side; readonly left: Side; readonly right: Side };
  readonly horizontal: string;
  readonly indent: number;
  readonly wrap: boolean;
};

export type ConditionalModel = { readonly type: string; readonly range: string; readonly rule: string };

export type BlockModel = {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  /** By A1 reference, every cell of the block's rectangle. */
  readonly cells: Readonly<Record<string, CellModel>>;
  /** By column letter, every column of the block. */
  readonly columns: Readonly<Record<string, { readonly pixels: number; readonly hidden: boolean }>>;
  /** By sheet row number, every row of the block. */
  readonly rowHeights: Readonly<Record<string, number>>;
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
  readonly print: { readonly paper: string; readonly orientation: string; readonly fit: { readonly width: number; readonly height: number } | null };
  /** Conditional formats on the report's sheet, sorted (see sortConditional). */
  readonly conditionalFormats: readonly ConditionalModel[];
  /** Every workbook-scoped defined name: name → 'Sheet!A1:B2' (no quotes, no $), '#REF!' once its sheet is gone. */
  readonly names: Readonly<Record<string, string>>;
  /** The row keys stored under `rowKeys:<name>` on the KR_Metadata sheet, or null when there are none. */
  readonly rowKeys: readonly (string | null)[] | null;
};

// ---- A1 (own code, not src/core/address) ----

export function columnLetters(col0: number): string {
  let n = col0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export type Rect = { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };

/** 'A1:F6', '$A$1:$F$6' or 'B2' → 0-based rectangle. */
export function parseRange(a1: string): Rect {
  const parts = a1.replace(/\$/g, '').split(':');
  const at = (ref: string): { row: number; col: number } => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(ref);
    if (!m) throw new Error(`not an A1 reference: '${ref}'`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  };
  const a = at(parts[0]);
  const b = at(parts[1] ?? parts[0]);
  return { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

export const cellRef = (row0: number, col0: number): string => `${columnLetters(col0)}${row0 + 1}`;

export function rangeText(r: Rect): string {
  const first = cellRef(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? first : `${first}:${cellRef(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

// ---- vocabulary ----

/** 'FFD9E1F2', 'd9e1f2' or '#D9E1F2' → '#D9E1F2'. */
export function hexColour(argbOrRgb: string): string {
  const m = /^#?(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(argbOrRgb);
  if (!m) throw new Error(`not a colour: '${argbOrRgb}'`);
  return `#${m[1].toUpperCase()}`;
}

/**
 * An OOXML / exceljs border style (they share the vocabulary: thin, medium, double, dashed, ...)
 * as the style Office.js reports for it (RangeBorder.style).
 */
const BORDER_STYLES: Readonly<Record<string, string>> = {
  thin: 'Continuous', medium: 'Continuous', thick: 'Continuous', hair: 'Continuous',
  double: 'Double', dashed: 'Dash', mediumDashed: 'Dash', dotted: 'Dot',
  dashDot: 'DashDot', mediumDashDot: 'DashDot', dashDotDot: 'DashDotDot', mediumDashDotDot: 'DashDotDot', slantDashDot: 'SlantDashDot',
};

/** One side: its style as Office.js names it ('None' when absent) and its colour ('#000000' automatic; null for no border). */
export function side(style: string | undefined | null, colour: string | undefined | null): Side {
  if (!style || style === 'none') return { style: 'None', color: null };
  const name = BORDER_STYLES[style];
  if (!name) throw new Error(`unknown border style '${style}'`);
  return { style: name, color: colour ? hexColour(colour) : '#000000' };
}

const ALIGN: Readonly<Record<string, string>> = { left: 'Left', center: 'Center', right: 'Right', fill: 'Fill', justify: 'Justify', centerContinuous: 'CenterAcrossSelection', distributed: 'Distributed', general: 'General' };

export function horizontalName(h: string | undefined | null): string {
  if (!h) return 'General';
  const name = ALIGN[h];
  if (!name) throw new Error(`unknown horizontal alignment '${h}'`);
  return name;
}

/**
 * A stored column width (characters, col/@width) as the whole pixels Excel shows, by ECMA-376
 * Part 1 §18.3.1.13 for Calibri 11 (maximum digit width 7 px). A column without a width is
 * Excel's standard 64 px.
 */
export function pixelsOfWidth(width: number | undefined): number {
  if (width === undefined) return 64;
  return Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);
}

const PAPER: Readonly<Record<number, string>> = { 1: 'Letter', 5: 'Legal', 8: 'A3', 9: 'A4', 11: 'A5' };

/** Paper size number (OOXML pageSetup/@paperSize; absent is 1, Letter) as Office.js names it. */
export function paperName(n: number | undefined): string {
  const size = n ?? 1;
  return PAPER[size] ?? `paper ${size}`;
}

/** Built-in number formats (ECMA-376 §18.8.30) the writers may use; others appear as their id. */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

export function builtinFormat(id: number): string {
  return BUILTIN_FORMATS[id] ?? `builtin ${id}`;
}

/** '' and undefined → 'General'. */
export const numberFormatName = (code: string | undefined | null): string => (code ? code : 'General');

/**
 * Conditional formats in one order. The writers give rules priorities in writing order; the
 * suite's grids put each rule on its own cells or test mutually exclusive words (a cell equals
 * one status word at most), so which rule Excel evaluates first cannot change what is shown,
 * and the order is not compared.
 */
export function sortConditional(list: readonly ConditionalModel[]): ConditionalModel[] {
  const key = (c: ConditionalModel): string => `${c.range}|${c.type}|${c.rule}`;
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The row keys of a report from the KR_Metadata rows (A: key, B, C, ...: JSON in pieces), or null. */
export function rowKeysFromMeta(rows: readonly (readonly (string | null)[])[], name: string): (string | null)[] | null {
  const row = rows.find((r) => r[0] === `rowKeys:${name}`);
  if (!row) return null;
  const json = row.slice(1).map((c) => c ?? '').join('');
  const parsed = JSON.parse(json) as unknown;
  if (parsed === null) return null;
  if (!Array.isArray(parsed)) throw new Error(`rowKeys:${name} is not a list`);
  return parsed.map((k) => (typeof k === 'string' ? k : null));
}

/** The parts of a conditional-format rule both hosts can be read into. */
export type RuleParts = {
  readonly type: string;
  readonly operator?: string;
  /** Formulas of a cellIs rule, as stored (no leading '='). */
  readonly formulas?: readonly string[];
  readonly text?: string;
  /** The rule's fill and font colours ('#RRGGBB'), or null when it sets none. */
  readonly fill?: string | null;
  readonly font?: string | null;
  readonly iconSet?: string;
  readonly reverse?: boolean;
  readonly showValue?: boolean;
  readonly cfvo?: readonly { readonly type: string; readonly value: number | string }[];
};

/** One line that says what a rule does; two rules read the same exactly when they act the same. */
export function describeRule(r: RuleParts): string {
  if (r.type === 'iconSet') {
    const cfvo = (r.cfvo ?? []).map((c) => `${c.type}:${c.value}`).join(',');
    return `iconSet ${r.iconSet ?? '3TrafficLights1'} reverse=${r.reverse === true} showValue=${r.showValue !== false} [${cfvo}]`;
  }
  const look = `fill=${r.fill ?? 'none'} font=${r.font ?? 'none'}`;
  if (r.type === 'cellIs') return `cellIs ${r.operator ?? 'between'} ${(r.formulas ?? []).join(',')} ${look}`;
  if (r.type === 'containsText') return `containsText ${r.operator ?? 'containsText'} "${r.text ?? ''}" ${look}`;
  return `${r.type} ${look}`;
}

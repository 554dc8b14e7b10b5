import type * as ExcelJS from 'exceljs';
import type { BlockModel, CellModel, ConditionalModel, Side } from './model';
import { cellRef, columnLetters, describeRule, hexColour, horizontalName, numberFormatName, paperName, pixelsOfWidth, rangeText, rowKeysFromMeta, side, sortConditional } from './model';

/**
 * The normalised model of a report block inside the simulated Excel: the simulator keeps the
 * workbook as exceljs objects (test/fakes/office-sim), and its defined names in a registry that
 * `sim.state()` lists. Each cell's exceljs style is read the way the simulator answers a load
 * (format.ts): no fill '#FFFFFF', no font colour '#000000', size 11 when unset; column widths
 * as the whole pixels Excel shows (the simulator stores them per ECMA-376).
 */
type StateName = { name: string; sheet: string | null; rect: { row: number; col: number; rows: number; cols: number } };

function namesOfState(state: string): Record<string, string> {
  const parsed = JSON.parse(state) as { names: StateName[] };
  const out: Record<string, string> = {};
  for (const n of parsed.names) out[n.name] = n.sheet === null ? '#REF!' : `${n.sheet}!${rangeText(n.rect)}`;
  return out;
}

const colour = (c: Partial<ExcelJS.Color> | undefined, fallback: string): string => {
  if (c?.argb) return hexColour(c.argb);
  const theme = (c as { theme?: number } | undefined)?.theme;
  if (theme === 1 || theme === undefined) return fallback;
  return `theme ${theme}`;
};

function sideOf(b: Partial<ExcelJS.Border> | undefined): Side {
  return side(b?.style, b?.style ? colour(b.color, '#000000') : null);
}

function cellModel(cell: ExcelJS.Cell): CellModel {
  const raw = cell.value as unknown;
  let value: CellModel['value'] = null;
  let formula: string | null = null;
  if (raw !== null && typeof raw === 'object' && 'formula' in (raw as object)) formula = String((raw as { formula: string }).formula).replace(/^=/, '');
  else if (raw !== null && typeof raw === 'object' && 'richText' in (raw as object)) value = (raw as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  else if (raw instanceof Date) value = raw.toISOString();
  else if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') value = raw;
  else if (raw !== null && raw !== undefined) throw new Error(`cell ${cell.address}: a value the model does not know: ${JSON.stringify(raw)}`);
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: Partial<ExcelJS.Color> } | undefined;
  const b = (cell.border ?? {}) as Partial<ExcelJS.Borders>;
  return {
    value: value === '' ? null : value,
    formula,
    numberFormat: numberFormatName(cell.numFmt),
    fill: fill && fill.type === 'pattern' && fill.pattern === 'solid' ? colour(fill.fgColor, '#FFFFFF') : '#FFFFFF',
    font: { bold: cell.font?.bold === true, italic: cell.font?.italic === true, color: colour(cell.font?.color, '#000000'), size: cell.font?.size ?? 11 },
    borders: { top: sideOf(b.top), bottom: sideOf(b.bottom), left: sideOf(b.left), right: sideOf(b.right) },
    horizontal: horizontalName(cell.alignment?.horizontal),
    indent: cell.alignment?.indent ?? 0,
    wrap: cell.alignment?.wrapText === true,
  };
}

type RuleLike = {
  type: string; operator?: string; formulae?: unknown[]; text?: string;
  style?: { fill?: { bgColor?: Partial<ExcelJS.Color>; fgColor?: Partial<ExcelJS.Color> }; font?: { color?: Partial<ExcelJS.Color> } };
  iconSet?: string; reverse?: boolean; showValue?: boolean; cfvo?: { type: string; value?: number | string }[];
};

function conditionalOfSheet(ws: ExcelJS.Worksheet): ConditionalModel[] {
  const list = (ws as unknown as { conditionalFormattings: { ref: string; rules: RuleLike[] }[] }).conditionalFormattings;
  const out: ConditionalModel[] = [];
  for (const cf of list) {
    for (const r of cf.rules) {
      const fill = r.style?.fill;
      out.push({
        type: r.type,
        range: cf.ref,
        rule: describeRule({
          type: r.type,
          operator: r.operator,
          formulas: (r.formulae ?? []).map(String),
          text: r.text,
          fill: fill ? colour(fill.bgColor ?? fill.fgColor, '#000000') : null,
          font: r.style?.font?.color ? colour(r.style.font.color, '#000000') : null,
          iconSet: r.iconSet,
          reverse: r.reverse,
          showValue: r.showValue,
          cfvo: r.cfvo?.map((c) => ({ type: c.type, value: c.value ?? '' })),
        }),
      });
    }
  }
  return sortConditional(out);
}

function metaRows(wb: ExcelJS.Workbook): (string | null)[][] {
  const ws = wb.getWorksheet('KR_Metadata');
  if (!ws) return [];
  const rows: (string | null)[][] = [];
  ws.eachRow((row) => {
    const cells: (string | null)[] = [];
    row.eachCell({ includeEmpty: true }, (c, n) => (cells[n - 1] = c.value === null || c.value === undefined ? null : String(c.value)));
    rows.push(Array.from(cells, (v) => v ?? null));
  });
  return rows;
}

/** The model of the block the defined name `name` points at; `state` is `sim.state()`. */
export function excelModel(wb: ExcelJS.Workbook, state: string, name: string): BlockModel {
  const entry = (JSON.parse(state) as { names: StateName[] }).names.find((n) => n.name === name);
  if (!entry || entry.sheet === null) throw new Error(`no defined name ${name} with a range`);
  const ws = wb.getWorksheet(entry.sheet);
  if (!ws) throw new Error(`no sheet ${entry.sheet}`);
  const rect = entry.rect;
  const cells: Record<string, CellModel> = {};
  for (let i = 0; i < rect.rows; i++) for (let j = 0; j < rect.cols; j++) cells[cellRef(rect.row + i, rect.col + j)] = cellModel(ws.getCell(rect.row + i + 1, rect.col + j + 1));
  const raw = (ws as unknown as { _columns?: ({ width?: number; hidden?: boolean } | undefined)[] })._columns ?? [];
  const columns: Record<string, { pixels: number; hidden: boolean }> = {};
  for (let j = 0; j < rect.cols; j++) {
    const c = raw[rect.col + j];
    columns[columnLetters(rect.col + j)] = { pixels: pixelsOfWidth(c?.width), hidden: c?.hidden === true };
  }
  const rowHeights: Record<string, number> = {};
  for (let i = 0; i < rect.rows; i++) rowHeights[String(rect.row + i + 1)] = ws.findRow(rect.row + i + 1)?.height ?? 15;
  const view = (ws.views?.[0] ?? {}) as { state?: string; xSplit?: number; ySplit?: number };
  const ps = ws.pageSetup as Partial<ExcelJS.PageSetup>;
  return {
    name,
    sheet: entry.sheet,
    address: rangeText(rect),
    cells,
    columns,
    rowHeights,
    freeze: view.state === 'frozen' ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : null,
    print: {
      paper: paperName(ps.paperSize as number | undefined),
      orientation: ps.orientation === 'landscape' ? 'Landscape' : 'Portrait',
      fit: ps.fitToPage ? { width: ps.fitToWidth ?? 1, height: ps.fitToHeight ?? 1 } : null,
    },
    conditionalFormats: conditionalOfSheet(ws),
    names: namesOfState(state),
    rowKeys: rowKeysFromMeta(metaRows(wb), name),
  };
}

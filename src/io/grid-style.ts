import type { StyleToken } from '../core/grid';
import type { Horizontal } from '../core/block/plan';

/**
 * The one style table of a ReportGrid: what each style token looks like, as plain data with
 * '#RRGGBB' colours. Both writers render from it (io/xlsx with exceljs, io/excel with Office.js),
 * so a report inserted in Excel and one written by the CLI look the same. Where a token goes and
 * the alignments that depend on the layout are the block plan's (core/block/plan.ts, whose
 * Horizontal the table uses too). No other dependencies.
 *
 * The look is a printed Swedish follow-up table: bold title, a quieter subtitle, small italic
 * notes, a header row with a light blue fill (Office's Accent 1, lighter 80 %) and a rule under
 * it, bold subtotals with a rule above, the total with a rule above and a double rule below,
 * italic "varav" rows. Status cells use Excel's own good/neutral/bad presets (light fill, dark
 * text of the same hue); the yellow text is darkened from Excel's #9C5700 to #7A4F00 so it reads
 * at 6:1 in print. Every status cell keeps its word too, so colour is never the only signal.
 */
export type BorderLine = 'thin' | 'double';

export type GridStyle = {
  readonly bold: boolean;
  readonly italic: boolean;
  /** Font size in points. */
  readonly size: number;
  /** '#RRGGBB', or null for the default (automatic, black). */
  readonly fontColor: string | null;
  /** Solid fill '#RRGGBB', or null for none. */
  readonly fill: string | null;
  readonly borderTop: BorderLine | null;
  readonly borderBottom: BorderLine | null;
  /** null: the host's default (text left, numbers right). */
  readonly horizontal: Horizontal | null;
  readonly wrap: boolean;
};

export type StatusToken = 'status-red' | 'status-yellow' | 'status-green' | 'status-grey';

export const FONT_NAME = 'Calibri';
export const BASE_SIZE = 11;
/** Colour of every rule (thin and double). */
export const BORDER_COLOR = '#7F7F7F';

export const STATUS_COLORS: Readonly<Record<StatusToken, { readonly fill: string; readonly font: string }>> = {
  'status-red': { fill: '#FFC7CE', font: '#9C0006' },
  'status-yellow': { fill: '#FFEB9C', font: '#7A4F00' },
  'status-green': { fill: '#C6EFCE', font: '#006100' },
  'status-grey': { fill: '#EDEDED', font: '#3A3A3A' },
};

const plain: GridStyle = {
  bold: false,
  italic: false,
  size: BASE_SIZE,
  fontColor: null,
  fill: null,
  borderTop: null,
  borderBottom: null,
  horizontal: null,
  wrap: false,
};

const status = (token: StatusToken): GridStyle => ({
  ...plain,
  fontColor: STATUS_COLORS[token].font,
  fill: STATUS_COLORS[token].fill,
  horizontal: 'center',
});

export const GRID_STYLES: Readonly<Record<StyleToken, GridStyle>> = {
  title: { ...plain, bold: true, size: 14 },
  subtitle: { ...plain, size: 12, fontColor: '#404040' },
  note: { ...plain, italic: true, size: 9, fontColor: '#595959' },
  header: { ...plain, bold: true, fill: '#D9E1F2', borderBottom: 'thin', wrap: true },
  line: plain,
  subtotal: { ...plain, bold: true, borderTop: 'thin' },
  total: { ...plain, bold: true, borderTop: 'thin', borderBottom: 'double' },
  'of-row': { ...plain, italic: true },
  comment: { ...plain, wrap: true },
  draft: { ...plain, italic: true, fontColor: '#595959' },
  'status-red': status('status-red'),
  'status-yellow': status('status-yellow'),
  'status-green': status('status-green'),
  'status-grey': status('status-grey'),
};

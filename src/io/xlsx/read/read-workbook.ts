import type { SheetSnapshot, WorkbookSnapshot } from '../../../core/snapshot';
import { openPackage } from '../pkg/package';
import { METADATA_SHEET } from '../metadata';
import { snapshotDefinedNames } from './defined-names';
import { SheetReading } from './sheet-reader';
import { readWorkbookInfo } from './workbook-info';

/**
 * .xlsx/.xlsm bytes into a WorkbookSnapshot with the streaming reader: the package is checked
 * (zip-guard), workbook.xml read for the sheets, names and date system, and only the sheets
 * asked for are read, each in one pass. The add-in's own very hidden KR_Metadata sheet is left
 * out, and so are chartsheets (and dialog or macro sheets), which hold no cells. Each sheet is
 * inflated by the platform's DecompressionStream where there is one (SheetReading.readAll).
 * With `onProgress`, the reading yields to the event loop about every 50 ms and reports the
 * share read (by the sheets' compressed sizes), so a browser page can repaint a progress bar;
 * without it, it runs straight through.
 */
export type WorkbookReadOptions = {
  readonly withFormats?: boolean;
  /** Only these sheets, in workbook order (all when absent); names not in the workbook are skipped. */
  readonly sheets?: readonly string[];
  /** Read only the first this-many rows of each sheet. */
  readonly maxRows?: number;
  /** Called with 0..1 as the sheets are read (and 1 at the end). */
  readonly onProgress?: (fraction: number) => void;
};

const YIELD_MS = 50;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function readWorkbook(data: Uint8Array | ArrayBuffer, options: WorkbookReadOptions = {}): Promise<WorkbookSnapshot> {
  const pkg = openPackage(data);
  const info = readWorkbookInfo(pkg);
  const wanted = options.sheets ? new Set(options.sheets) : null;
  // Chartsheets, dialog and macro sheets hold no cells to read (a chartsheet is only a chart).
  const chosen = info.sheets.filter((s) => s.kind === 'worksheet' && s.name !== METADATA_SHEET && (!wanted || wanted.has(s.name)));
  const sheetOptions = { withFormats: options.withFormats, maxRows: options.maxRows };
  const readings = chosen.map((s) => new SheetReading(pkg, info, s, sheetOptions));
  const sheets: SheetSnapshot[] = [];
  const report = options.onProgress;
  const total = readings.reduce((n, r) => n + r.size, 0);
  let before = 0;
  let last = Date.now();
  report?.(0);
  for (const r of readings) {
    const between = async (fraction: number): Promise<void> => {
      if (!report || Date.now() - last < YIELD_MS) return;
      report(total === 0 ? 1 : (before + fraction * r.size) / total);
      await nextTask();
      last = Date.now();
    };
    sheets.push(await r.readAll(between));
    before += r.size;
  }
  report?.(1);
  return { sheets, definedNames: snapshotDefinedNames(info) };
}

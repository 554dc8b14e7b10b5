/**
 * Figure 4, the Excel path: syncs and the largest request (bytes) to snapshot a ledger of
 * `rows` rows through the Office.js simulator, beside the floor ceil(bytes / 5 MB). The
 * measurement itself is helper E's bench/excel-syncs.ts; this file only calls its exported
 * function, found at run time so the rest of the bench runs while that file is being written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type ExcelFigure = {
  readonly rows: number;
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly limitSyncs: number;
  readonly [extra: string]: unknown;
};

type Measure = (rows: number) => unknown;

/** Excel on the web's request payload limit. */
export const FIVE_MB = 5 * 1024 * 1024;

function findMeasure(): Measure {
  const file = path.join(__dirname, '..', 'excel-syncs.js');
  if (!fs.existsSync(file)) throw new Error('bench/excel-syncs.ts (helper E) has not landed yet');
  // Runtime require: the module is optional while it is being written.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as Record<string, unknown>;
  const fn = Object.values(mod).find((v): v is Measure => typeof v === 'function');
  if (!fn) throw new Error('bench/excel-syncs.ts exports no function');
  return fn;
}

export async function excelFigure(rows: number): Promise<ExcelFigure> {
  const out = (await findMeasure()(rows)) as Partial<ExcelFigure> & Record<string, unknown>;
  const { syncs, maxRequestBytes } = out;
  if (typeof syncs !== 'number' || typeof maxRequestBytes !== 'number') throw new Error(`bench/excel-syncs.ts returned no syncs/maxRequestBytes: ${JSON.stringify(out)}`);
  const total = out.totalBytes;
  const limitSyncs = typeof out.limitSyncs === 'number' ? out.limitSyncs : typeof total === 'number' ? Math.ceil(total / FIVE_MB) : Number.NaN;
  return { ...out, rows, syncs, maxRequestBytes, limitSyncs };
}

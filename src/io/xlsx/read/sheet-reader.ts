import { Inflate } from 'fflate';
import type { SheetSnapshot } from '../../../core/snapshot';
import { XlsxReadError } from '../errors';
import type { XlsxPackage } from '../pkg/package';
import { partCorrupt } from '../pkg/package';
import { entryRawBytes } from '../zip-guard';
import { BATCH_BYTES, EMPTY_BYTES, joinBytes, lastEnd } from './bytes';
import { sharedStrings, stylesOf } from './package-cache';
import { SheetBuilder } from './sheet-builder';
import { SheetScanner } from './sheet-scan';
import type { WorkbookInfo, WorkbookSheet } from './workbook-info';
import { sheetByName } from './workbook-info';

export { sharedStrings };
import { XmlError } from './xml';

/**
 * Reads one worksheet part into a SheetSnapshot in a single streaming pass: the part is inflated
 * a piece at a time (fflate when stepped synchronously, the platform's DecompressionStream in
 * readAll), each piece cut after its last '</row>' and decoded, and the scanner
 * turns the rows straight into the snapshot's arrays. So neither the inflated XML nor a string of
 * it is ever held whole: memory is the compressed file, one piece, and the snapshot itself.
 *
 * `maxRows` stops after that many sheet rows (the header scan needs only the top of each sheet)
 * without inflating the rest. A SheetReading can be stepped (one compressed piece per step) so
 * an async caller can yield to the browser and report progress between pieces.
 * Damaged data or XML is an XlsxReadError 'corrupt' naming the part.
 */
export type SheetReadOptions = {
  readonly withFormats?: boolean;
  /** Read only the first this-many rows of the sheet (rows 1..maxRows). */
  readonly maxRows?: number;
};

/** Compressed bytes per step: about 1.5 MB of sheet XML. */
const STEP_BYTES = 256 * 1024;

function corruptFrom(e: unknown, part: string): unknown {
  if (e instanceof XlsxReadError) return e;
  if (e instanceof XmlError) return partCorrupt(part);
  // fflate's own errors (invalid block type, unexpected EOF...) mean damaged data.
  if (e instanceof Error && typeof (e as { code?: unknown }).code === 'number') return partCorrupt(part);
  return e;
}

export class SheetReading {
  private readonly raw: Uint8Array;
  private readonly deflated: boolean;
  private readonly inflater: Inflate | null;
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  private readonly builder: SheetBuilder;
  private readonly scanner: SheetScanner;
  private readonly expected: number;
  private at = 0;
  private produced = 0;
  private pending: Uint8Array = EMPTY_BYTES;
  private finished = false;
  private first = true;

  constructor(
    pkg: XlsxPackage,
    info: WorkbookInfo,
    private readonly sheet: WorkbookSheet,
    options: SheetReadOptions = {},
  ) {
    const entry = pkg.entry(sheet.part);
    if (!entry || (entry.method !== 0 && entry.method !== 8)) throw partCorrupt(sheet.part);
    this.raw = entryRawBytes(pkg.bytes, entry);
    this.expected = entry.uncompressed;
    this.deflated = entry.method === 8;
    this.inflater = this.deflated ? new Inflate((chunk, final) => this.onData(chunk, final)) : null;
    const styles = stylesOf(pkg, info);
    this.builder = new SheetBuilder(options.withFormats === true);
    this.scanner = new SheetScanner(
      { strings: () => sharedStrings(pkg), codes: styles.codes, isDate: styles.isDate, date1904: info.date1904, maxRows: options.maxRows ?? Infinity },
      this.builder,
    );
  }

  /** Share of the compressed part read so far, 0 to 1. */
  get progress(): number {
    return this.raw.length === 0 ? 1 : Math.min(1, this.at / this.raw.length);
  }

  /** Compressed size of the part: the weight of this sheet in a workbook's progress. */
  get size(): number {
    return this.raw.length;
  }

  /** Reads one piece; true when the sheet is finished. */
  step(): boolean {
    if (this.finished) return true;
    try {
      const end = Math.min(this.raw.length, this.at + STEP_BYTES);
      const piece = this.raw.subarray(this.at, end);
      this.at = end;
      const final = end === this.raw.length;
      if (this.inflater) this.inflater.push(piece, final);
      else this.onData(piece, final);
      if (this.scanner.done) this.finished = true;
      else if (final) {
        if (!this.finished || this.produced !== this.expected) throw new XmlError('incomplete');
      }
    } catch (e) {
      throw corruptFrom(e, this.sheet.part);
    }
    return this.finished;
  }

  /**
   * Reads the whole sheet asynchronously. The part is inflated by the platform's
   * DecompressionStream where there is one (native zlib, in browsers and Node alike: about
   * twice fflate's speed) and handed on in batches of about 1 MB; `between` runs after each batch
   * with the share read so far (to report progress and yield). Without DecompressionStream, or
   * for a stored part, it steps through the part with fflate.
   */
  async readAll(between: (fraction: number) => Promise<void> | void): Promise<SheetSnapshot> {
    if (!this.deflated || typeof DecompressionStream === 'undefined') {
      while (!this.step()) await between(this.progress);
      return this.result();
    }
    const part = this.sheet.part;
    const reader = new Blob([this.raw as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const next = async () => {
      try {
        return await reader.read();
      } catch {
        throw partCorrupt(part);
      }
    };
    try {
      let batch: Uint8Array[] = [];
      let size = 0;
      for (;;) {
        const { done, value } = await next();
        if (done) break;
        batch.push(value);
        size += value.length;
        if (size < BATCH_BYTES) continue;
        this.onData(joinBytes(batch, size), false);
        batch = [];
        size = 0;
        if (this.scanner.done) {
          await reader.cancel().catch(() => undefined);
          break;
        }
        await between(this.expected === 0 ? 1 : this.produced / this.expected);
      }
      if (!this.scanner.done) {
        this.onData(joinBytes(batch, size), true);
        if (this.produced !== this.expected) throw new XmlError('incomplete');
      }
    } catch (e) {
      throw corruptFrom(e, part);
    }
    this.finished = true;
    this.at = this.raw.length;
    return this.result();
  }

  /**
   * Takes the next inflated bytes: the bytes up to the last row end are decoded and scanned, the
   * rest waits for the next piece. Cutting at '>' (ASCII) never splits a UTF-8 character.
   */
  private onData(chunk: Uint8Array, final: boolean): void {
    if (this.scanner.done) return;
    this.produced += chunk.length;
    let bytes = chunk;
    if (this.pending.length > 0) {
      bytes = new Uint8Array(this.pending.length + chunk.length);
      bytes.set(this.pending);
      bytes.set(chunk, this.pending.length);
    }
    if (this.first && bytes.length > 0) {
      this.first = false;
      this.scanner.learnPrefix(this.decoder.decode(bytes.subarray(0, Math.min(bytes.length, 4096))));
    }
    if (final) {
      this.pending = EMPTY_BYTES;
      this.scanner.feed(this.decoder.decode(bytes));
      this.scanner.end();
      this.finished = true;
      return;
    }
    const cut = lastEnd(bytes, this.rowEnd());
    if (cut < 0) {
      this.pending = bytes === chunk ? chunk : bytes;
      return;
    }
    this.scanner.feed(this.decoder.decode(bytes.subarray(0, cut)));
    this.pending = bytes.slice(cut);
  }

  private rowEndBytes: Uint8Array | null = null;

  private rowEnd(): Uint8Array {
    if (!this.rowEndBytes) this.rowEndBytes = new TextEncoder().encode(this.scanner.rowEnd() ?? '</row>');
    return this.rowEndBytes;
  }

  result(): SheetSnapshot {
    while (!this.step());
    const parts = this.builder.finish();
    return { name: this.sheet.name, ...parts, visibility: this.sheet.state };
  }
}

/** One sheet of the package by name, read in full (or its first `maxRows` rows). */
export function readSheet(pkg: XlsxPackage, info: WorkbookInfo, sheetName: string, options: SheetReadOptions = {}): SheetSnapshot {
  const sheet = sheetByName(info, sheetName);
  // A chartsheet (or dialog or macro sheet) holds no cells: it reads as an empty sheet.
  if (sheet.kind !== 'worksheet') return { name: sheet.name, originRow: 0, originCol: 0, values: [], formulas: [], ...(options.withFormats ? { formats: [] } : {}), hiddenRows: [], visibility: sheet.state };
  return new SheetReading(pkg, info, sheet, options).result();
}

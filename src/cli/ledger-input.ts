/**
 * The file a command reads its ledger from: a workbook, or an SIE file (recognised by its
 * content and its .se/.si/.sie name) turned into the same snapshot with one Huvudbok sheet.
 * For SIE the result carries the SIE issues, the dimension roles and the line of every
 * Huvudbok row, so the ledger's issues can be traced back to the file's lines.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliIo } from './io';
import { EXIT } from './io';
import type { Lang } from '../core/i18n/types';
import type { Issue } from '../core/issue';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { RoleOverrides } from '../core/ledger/find-table';
import { looksLikeSieBytes, readSie, withSieLines } from '../core/sie';
import type { SieRead } from '../core/sie';
import type { RowOptions } from '../core/sie/ledger-rows';
import type { ReadOptions } from '../io/xlsx/read-buffer';
import { readInputBytes } from './workbook-file';
import type { WorkbookFile } from './workbook-file';
import { isXlsxReadError } from '../io/xlsx/errors';
import { errorText } from '../core/i18n/render';
import { formatIssues } from './format-issues';
import { loadWorkbook } from './command-kit';

/** A workbook (its copy is written from the bytes read: `file`) or an SIE file (a new workbook is written). */
export type LedgerInput =
  | { readonly snapshot: WorkbookSnapshot; readonly file: WorkbookFile; readonly roles?: undefined; readonly sie?: undefined }
  | { readonly snapshot: WorkbookSnapshot; readonly roles: RoleOverrides; readonly sie: SieRead };

/** Which accounts an SIE file gives (result accounts by default), and how a workbook is read. */
export type InputOptions = RowOptions & { readonly read?: ReadOptions };

/** Reads the input; an unreadable file or one that is not SIE is printed and gives EXIT.usage, an SIE file without amounts EXIT.issues. */
export async function loadInput(file: string, lang: Lang, io: CliIo, options: InputOptions = {}): Promise<LedgerInput | number> {
  let bytes: Uint8Array;
  try {
    bytes = await readInputBytes(file);
  } catch (e) {
    if (!isXlsxReadError(e)) throw e;
    io.err(errorText(e, lang));
    return EXIT.usage;
  }
  if (!looksLikeSieBytes(bytes, file)) {
    // The bytes just read are the workbook's: parsed here, and the copy is written from them.
    const read = await loadWorkbook(file, lang, io, options.read, bytes);
    return typeof read === 'number' ? read : { snapshot: read.snapshot, file: read };
  }
  const sie = readSie(bytes, options.accounts !== undefined ? { accounts: options.accounts } : {});
  if (sie.snapshot === null) {
    const notSie = sie.issues.some((i) => i.code === 'sie.not-sie');
    (notSie ? io.err : io.out)(`${basename(file)}: ${formatIssues(sie.issues, lang)}`);
    return notSie ? EXIT.usage : EXIT.issues;
  }
  return { snapshot: sie.snapshot, roles: sie.roles, sie };
}

/** The SIE issues first, then the others with their Huvudbok cells traced back to SIE lines. */
export function inputIssues(input: LedgerInput, issues: readonly Issue[]): Issue[] {
  if (!input.sie) return [...issues];
  return [...input.sie.issues, ...withSieLines(issues, input.sie.lines)];
}

/** Writes bytes to a temporary name beside `out` and renames it, so a crash leaves no half file. */
export async function writeBytesAtomically(out: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(resolve(out)), { recursive: true });
  const temp = join(dirname(resolve(out)), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, out);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

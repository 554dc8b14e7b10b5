/**
 * The plumbing every CLI command shares: parse the arguments (printing the error or the help),
 * read the workbook and save a copy with the report grids. An unreadable or unwritable file
 * (an XlsxReadError or XlsxWriteError) is printed in the user's language and becomes EXIT.usage; any other error
 * is a bug and is thrown on.
 */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { CliIo } from './io';
import { EXIT } from './io';
import type { ArgSpec, FlagSpec, ParsedArgs } from './args';
import { isArgError, langOf, parseArgs } from './args';
import type { Lang } from '../core/i18n/types';
import type { ReportGrid } from '../core/grid';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { ReadOptions } from '../io/xlsx/read-buffer';
import { readWorkbookOnce, writeWorkbookCopy } from './workbook-file';
import type { WorkbookFile } from './workbook-file';
import { phase, startRun } from './progress';
import type { WriteFileOptions } from '../io/xlsx/write-file';
import { XlsxWriteError, isXlsxError } from '../io/xlsx/errors';
import { errorText, issueText } from '../core/i18n/render';
import { readPeriod } from '../core/text/period';

/** The flags several commands accept, spelled once so their error hints stay the same everywhere. */
export const FLAG = {
  sheet: { name: 'sheet', kind: 'value', placeholder: 'NAMN' },
  json: { name: 'json', kind: 'boolean' },
  out: { name: 'out', kind: 'value', placeholder: 'rapport.xlsx' },
  period: { name: 'period', kind: 'value', placeholder: '2025-08' },
} as const satisfies Record<string, FlagSpec>;

/** A command's usage text in both languages, printed for --help and after an argument error. */
export type Usage = { readonly sv: string; readonly en: string };

/**
 * Parses the arguments. Returns them when the command should go on, or the exit code when there
 * is nothing more to do: EXIT.usage after printing the error and the usage, EXIT.ok after --help.
 */
export function parseOrExit(args: readonly string[], spec: ArgSpec, usage: Usage, io: CliIo): ParsedArgs | number {
  const parsed = parseArgs(args, spec);
  if (isArgError(parsed)) {
    const lang = langOf(args);
    io.err(`${parsed.error[lang]}\n\n${usage[lang]}`);
    return EXIT.usage;
  }
  if (parsed.flags.help === true) {
    io.out(usage[parsed.lang]);
    return EXIT.ok;
  }
  startRun(io, parsed.lang, parsed.flags.quiet === true);
  return parsed;
}

/** The report period from --period (or report's --through): a year, and the last month when given. */
export type PeriodOption = { readonly year?: number; readonly throughMonth?: number };

/**
 * Reads the period flags, shared by validate (--period) and report (--period or --through):
 * 2025-08, 202508, "aug 2025" or a year alone. Returns the period ({} when none is given), or
 * EXIT.usage after printing why: an unreadable period, or two flags that disagree.
 */
export function periodOrExit(texts: readonly (string | true | undefined)[], lang: Lang, io: CliIo): PeriodOption | number {
  const given = texts.filter((t): t is string => typeof t === 'string');
  let option: PeriodOption = {};
  for (const text of given) {
    const p = readPeriod(text);
    const read = p.kind === 'period' ? { year: p.year, throughMonth: p.month } : p.kind === 'year' ? { year: p.year } : null;
    if (read === null) {
      io.err(lang === 'sv' ? `Perioden "${text}" går inte att läsa. Skriv den som 2025-08.` : `The period "${text}" cannot be read. Write it as 2025-08.`);
      return EXIT.usage;
    }
    if (option.year !== undefined && (option.year !== read.year || option.throughMonth !== read.throughMonth)) {
      io.err(lang === 'sv' ? `Perioderna "${given.join('" och "')}" säger olika saker. Ange perioden en gång, t.ex. --period 2025-08.` : `The periods "${given.join('" and "')}" disagree. Give the period once, e.g. --period 2025-08.`);
      return EXIT.usage;
    }
    option = read;
  }
  return option;
}

/** Prints an XlsxReadError (damaged metadata included) or an XlsxWriteError and gives EXIT.usage; rethrows anything else. */
function usageOnReadError(e: unknown, lang: Lang, io: CliIo): number {
  if (!isXlsxError(e)) throw e;
  io.err(errorText(e, lang));
  return EXIT.usage;
}

/**
 * Reads the workbook (from `bytes` when the caller already read them); an unreadable file is
 * printed and gives EXIT.usage. Keep the result to write the copy from (writeCopy).
 */
export async function loadWorkbook(file: string, lang: Lang, io: CliIo, options: ReadOptions = {}, bytes?: Uint8Array): Promise<WorkbookFile | number> {
  try {
    phase('read', basename(file));
    return await readWorkbookOnce(file, options, bytes);
  } catch (e) {
    return usageOnReadError(e, lang, io);
  }
}

/** Reads a workbook only looked at, never copied (another workbook's Rapportstruktur sheet). */
export async function loadSnapshot(file: string, lang: Lang, io: CliIo, options: ReadOptions = {}): Promise<WorkbookSnapshot | number> {
  const read = await loadWorkbook(file, lang, io, options);
  return typeof read === 'number' ? read : read.snapshot;
}

/** Creates the output file's folder; a path through a file or a folder without permission is 'unwritable'. */
async function makeFolder(out: string): Promise<void> {
  try {
    await mkdir(dirname(resolve(out)), { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new XlsxWriteError('unwritable', { file: basename(out), detail: code ?? String(e) });
  }
}

/** A macro workbook's copy keeps its macros; Excel opens such a package only under the .xlsm extension. */
function macroNote(out: string, lang: Lang): string {
  const kept = lang === 'sv' ? 'Makrona (VBA-projektet) följde med oförändrade.' : 'The macros (VBA project) were carried over unchanged.';
  if (/\.xlsm$/i.test(out)) return kept;
  return lang === 'sv'
    ? `${kept} Byt filändelse på ${basename(out)} till .xlsm, annars öppnar Excel inte filen.`
    : `${kept} Rename ${basename(out)} to end in .xlsm, or Excel will not open it.`;
}

/**
 * Saves a copy of the input workbook with the grids on sheets of their own (io/xlsx
 * writeReportFile: never over the input unless `inPlace`; a macro workbook keeps its macros).
 * The output's folder is created first. Returns null on success, or EXIT.usage after printing
 * why the file could not be written.
 */
export async function writeCopy(input: WorkbookFile, grids: readonly ReportGrid[], out: string, lang: Lang, io: CliIo, options: WriteFileOptions = {}): Promise<number | null> {
  try {
    await makeFolder(out);
    phase('write', basename(out));
    const results = await writeWorkbookCopy(input, grids, out, options);
    // A comment whose line left the report was not written back: the user copies it from the input.
    // On stderr, so that --json output on stdout stays parseable.
    for (const c of results.flatMap((r) => r.droppedComments ?? [])) io.err(issueText({ code: 'report.comment-dropped', params: { label: c.label, text: c.text } }, lang));
    if (/\.xlsm$/i.test(input.path)) io.out(macroNote(out, lang));
    return null;
  } catch (e) {
    return usageOnReadError(e, lang, io);
  }
}

/**
 * "<file>-<suffix>.xlsx" beside the input: every command's default copy. A macro workbook's copy
 * keeps ".xlsm" (its package is a macro package; Excel opens it only under that extension).
 */
export function copyPath(input: string, suffix: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}-${suffix}${ext.toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx'}`);
}

/**
 * The plumbing every CLI command shares: parse the arguments (printing the error or the help),
 * read the workbook and save a copy with the report grids. An unreadable or unwritable file
 * (an XlsxReadError) is printed in the user's language and becomes EXIT.usage; any other error
 * is a bug and is thrown on.
 */
import type { CliIo } from './io';
import { EXIT } from './io';
import type { ArgSpec, FlagSpec, ParsedArgs } from './args';
import { isArgError, langOf, parseArgs } from './args';
import type { Lang } from '../core/i18n/types';
import type { ReportGrid } from '../core/grid';
import type { WorkbookSnapshot } from '../core/snapshot';
import { readWorkbookFile } from '../io/xlsx/read-file';
import type { ReadOptions } from '../io/xlsx/read-buffer';
import { writeReportFile } from '../io/xlsx/write-file';
import type { WriteFileOptions } from '../io/xlsx/write-file';
import { isXlsxReadError } from '../io/xlsx/errors';

/** The flags several commands accept, spelled once so their error hints stay the same everywhere. */
export const FLAG = {
  sheet: { name: 'sheet', kind: 'value', placeholder: 'NAMN' },
  json: { name: 'json', kind: 'boolean' },
  out: { name: 'out', kind: 'value', placeholder: 'rapport.xlsx' },
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
  return parsed;
}

/** Prints an XlsxReadError and gives EXIT.usage; rethrows anything else. */
function usageOnReadError(e: unknown, lang: Lang, io: CliIo): number {
  if (!isXlsxReadError(e)) throw e;
  io.err(e.messages[lang]);
  return EXIT.usage;
}

/** Reads the workbook; an unreadable file is printed and gives EXIT.usage. */
export async function loadSnapshot(file: string, lang: Lang, io: CliIo, options: ReadOptions = {}): Promise<WorkbookSnapshot | number> {
  try {
    return await readWorkbookFile(file, options);
  } catch (e) {
    return usageOnReadError(e, lang, io);
  }
}

/**
 * Saves a copy of the input workbook with the grids on sheets of their own (io/xlsx
 * writeReportFile: never over the input unless `inPlace`, never into a macro workbook).
 * Returns null on success, or EXIT.usage after printing why the file could not be written.
 */
export async function writeCopy(input: string, grids: readonly ReportGrid[], out: string, lang: Lang, io: CliIo, options: WriteFileOptions = {}): Promise<number | null> {
  try {
    await writeReportFile(input, grids, out, options);
    return null;
  } catch (e) {
    return usageOnReadError(e, lang, io);
  }
}

import { looksLikeSieBytes, readSie } from '../../core/sie';
import { newWorkbookBytes } from '../../io/xlsx/new-workbook';
import type { Issue } from '../../core/issue';

/**
 * Standalone mode opens SIE files too: the file is read here in the browser and turned into a
 * new workbook with one Huvudbok sheet, which then opens like any workbook. A file that is not
 * SIE, or has no amounts, is refused with the reader's own words: the error carries the
 * reader's error issues, which the pane renders (user-error.ts).
 */
export class SieOpenError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(issues.map((i) => i.code).join(' '));
    this.name = 'SieOpenError';
    this.issues = issues;
  }
}

export type Opened = { data: Uint8Array; fileName: string; roles?: Readonly<Record<string, 'dimension'>> };

/** The file as a workbook, with the dimension roles of its #DIM-named columns when it was SIE. */
export function asWorkbook(data: Uint8Array, fileName: string): Opened {
  if (!looksLikeSieBytes(data, fileName)) return { data, fileName };
  const read = readSie(data);
  if (read.snapshot === null) {
    throw new SieOpenError(read.issues.filter((i) => i.severity === 'error'));
  }
  const sheets = read.snapshot.sheets.map((s) => ({ name: s.name, values: s.values }));
  const roles: Record<string, 'dimension'> = {};
  for (const [header, role] of Object.entries(read.roles)) if (role === 'dimension') roles[header] = role;
  return { data: newWorkbookBytes(sheets), fileName: `${fileName.replace(/\.(se|si|sie)$/i, '')}-huvudbok.xlsx`, roles };
}

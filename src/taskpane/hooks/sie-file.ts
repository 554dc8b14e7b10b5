import { looksLikeSieBytes, readSie } from '../../core/sie';
import { newWorkbookBytes } from '../../io/xlsx/new-workbook';
import type { Messages } from '../user-error';

/**
 * Standalone mode opens SIE files too: the file is read here in the browser and turned into a
 * new workbook with one Huvudbok sheet, which then opens like any workbook. A file that is not
 * SIE, or has no amounts, is refused with the reader's own words.
 */
export class SieOpenError extends Error {
  readonly messages: Messages;
  constructor(messages: Messages) {
    super(messages.en);
    this.name = 'SieOpenError';
    this.messages = messages;
  }
}

export type Opened = { data: Uint8Array; fileName: string; roles?: Readonly<Record<string, 'dimension'>> };

/** The file as a workbook, with the dimension roles of its #DIM-named columns when it was SIE. */
export function asWorkbook(data: Uint8Array, fileName: string): Opened {
  if (!looksLikeSieBytes(data, fileName)) return { data, fileName };
  const read = readSie(data);
  if (read.snapshot === null) {
    const errors = read.issues.filter((i) => i.severity === 'error');
    throw new SieOpenError({ sv: errors.map((i) => i.message.sv).join(' '), en: errors.map((i) => i.message.en).join(' ') });
  }
  const sheets = read.snapshot.sheets.map((s) => ({ name: s.name, values: s.values }));
  const roles: Record<string, 'dimension'> = {};
  for (const [header, role] of Object.entries(read.roles)) if (role === 'dimension') roles[header] = role;
  return { data: newWorkbookBytes(sheets), fileName: `${fileName.replace(/\.(se|si|sie)$/i, '')}-huvudbok.xlsx`, roles };
}

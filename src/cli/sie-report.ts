/**
 * Where `report` puts the report made from an SIE file: a new workbook holding the Huvudbok
 * the file gave (written by our own package writer), to which the report sheet is added the
 * way it is added to any workbook. Returns null on success, or EXIT.usage after saying why.
 */
import type { CliIo } from './io';
import { EXIT } from './io';
import type { Lang } from '../core/i18n/types';
import type { ReportGrid } from '../core/grid';
import type { WorkbookSnapshot } from '../core/snapshot';
import { newWorkbookBytes } from '../io/xlsx/new-workbook';
import { addGridsToWorkbook } from '../io/xlsx/add-grids';
import { isXlsxError } from '../io/xlsx/errors';
import { errorText } from '../core/i18n/render';
import { writeBytesAtomically } from './ledger-input';

export async function writeSieReport(snapshot: WorkbookSnapshot, grids: readonly ReportGrid[], out: string, lang: Lang, io: CliIo): Promise<number | null> {
  const base = newWorkbookBytes(snapshot.sheets.map((s) => ({ name: s.name, values: s.values })));
  try {
    await writeBytesAtomically(out, await addGridsToWorkbook(base, grids, 'refresh-or-insert'));
    return null;
  } catch (e) {
    if (isXlsxError(e)) {
      io.err(errorText(e, lang));
      return EXIT.usage;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined) throw e;
    io.err(lang === 'sv' ? `Det gick inte att skriva ${out} (${code}).` : `Could not write ${out} (${code}).`);
    return EXIT.usage;
  }
}

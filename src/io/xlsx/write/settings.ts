import type { Settings } from '../../../core/port';
import { openPackage } from '../pkg/package';
import { readMeta, SETTINGS_KEY, writeMeta } from '../metadata';
import { finishWorkbookEdit, metaRows, openWorkbookEdit, ourMetaRows, setMetaRows } from './workbook-edit';

/**
 * The add-in's settings in a package, on the KR_Metadata sheet. Reading a damaged entry throws
 * XlsxReadError('settings-damaged'); saving replaces the entry whatever it held, so the file can be mended. A
 * KR_Metadata sheet the add-in did not make holds no settings, and saving into it is refused.
 */
function isSettings(v: unknown): v is Settings {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function readSettings(bytes: Uint8Array): Settings {
  // A KR_Metadata sheet of the user's holds no settings of ours.
  const rows = ourMetaRows(openWorkbookEdit(openPackage(bytes)));
  const s = rows === 'taken' ? undefined : readMeta(rows, SETTINGS_KEY);
  return isSettings(s) ? s : {};
}

/** The package with the settings saved; the same bytes when they are saved already (no rewrite of a large file for nothing). */
export function writeSettings(bytes: Uint8Array, settings: Settings): Uint8Array {
  const w = openWorkbookEdit(openPackage(bytes));
  const rows = metaRows(w);
  const saved = rows.find((r) => r.key === SETTINGS_KEY);
  if (saved && saved.chunks.join('') === JSON.stringify(settings)) return bytes;
  setMetaRows(w, writeMeta(rows, SETTINGS_KEY, settings));
  return finishWorkbookEdit(w, 'as-is');
}

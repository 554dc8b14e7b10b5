import * as React from 'react';
import type { WorkbookPort } from '../../core/port';
import { strings } from '../strings';
import { userMessage, type Messages } from '../user-error';
import { asWorkbook } from './sie-file';
import { SETTINGS_KEY } from './useReportOptions';

/** The file adapter's port: a WorkbookPort that can also hand back the changed file. */
export type FilePort = WorkbookPort & { bytes(): Promise<Uint8Array>; readonly fileName: string };
export type OpenFile = (data: Uint8Array, fileName: string) => Promise<FilePort>;

export type FileState =
  | { readonly kind: 'none' }
  | { readonly kind: 'opening' }
  | { readonly kind: 'open'; readonly port: FilePort }
  | { readonly kind: 'failed'; readonly message: Messages };

const openFailed: Messages = {
  sv: 'Filen gick inte att öppna. Kontrollera att det är en Excel-arbetsbok (.xlsx) och försök igen.',
  en: 'The file could not be opened. Check that it is an Excel workbook (.xlsx) and try again.',
};
const downloadFailed: Messages = {
  sv: `Arbetsboken kunde inte sparas. ${strings.sv.unexpected}`,
  en: `The workbook could not be saved. ${strings.en.unexpected}`,
};

/** "Budget 2025.xlsx" → "Budget 2025-rapport.xlsx"; a macro workbook keeps .xlsm (its package stays macro-enabled). */
export function downloadName(fileName: string): string {
  const macro = /\.xlsm$/i.test(fileName);
  const base = fileName.replace(/\.(xlsx|xlsm)$/i, '');
  return `${base}-rapport.${macro ? 'xlsm' : 'xlsx'}`;
}

/** Saves bytes under a name through a temporary Blob URL (no server involved). */
export function saveBytes(bytes: Uint8Array, name: string): void {
  const type = /\.xlsm$/i.test(name) ? 'application/vnd.ms-excel.sheet.macroEnabled.12' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The bytes of a chosen file (FileReader: available in every browser the pane supports). */
export function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

export function useFileWorkbook(openFile: OpenFile) {
  const [state, setState] = React.useState<FileState>({ kind: 'none' });
  const [generation, setGeneration] = React.useState(0);
  const [downloadError, setDownloadError] = React.useState<Messages | null>(null);

  const open = React.useCallback(
    async (file: File) => {
      setState({ kind: 'opening' });
      setDownloadError(null);
      try {
        const opened = asWorkbook(await readBytes(file), file.name);
        const port = await openFile(opened.data, opened.fileName);
        // An SIE file's dimension columns carry its #DIM names: saved as roles, as the pane's import does.
        if (opened.roles) await port.saveSettings({ ...(await port.loadSettings()), [SETTINGS_KEY]: { roles: opened.roles } });
        setGeneration((g) => g + 1);
        setState({ kind: 'open', port });
      } catch (e) {
        setState({ kind: 'failed', message: userMessage(e, openFailed) });
      }
    },
    [openFile],
  );

  const download = React.useCallback(async () => {
    if (state.kind !== 'open') return;
    try {
      saveBytes(await state.port.bytes(), downloadName(state.port.fileName));
      setDownloadError(null);
    } catch (e) {
      setDownloadError(userMessage(e, downloadFailed));
    }
  }, [state]);

  return { state, generation, open, download, downloadError };
}

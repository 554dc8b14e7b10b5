/**
 * Why a workbook file could not be read (or written back), as a typed error with a plain
 * message in Swedish and English that says what to do. The adapters throw it; the CLI and the
 * task pane show `messages[lang]`, never a stack trace.
 *
 * Macro-enabled workbooks (.xlsm) are read and written like any other: nothing runs their
 * macros, and the package writer copies the VBA project byte for byte.
 */
export type XlsxReadErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'not-xlsx'
  | 'encrypted'
  | 'legacy-xls'
  | 'corrupt'
  | 'too-large'
  /** Writing: the output path is the input file and in-place writing was not asked for. */
  | 'would-overwrite'
  /** Writing: the output file could not be saved. */
  | 'unwritable'
  /** Refresh: the report's defined name (or its sheet) is gone from the workbook. */
  | 'report-not-found'
  /** Refresh: the new, larger block would cover a non-empty cell outside the old block. */
  | 'refresh-would-overwrite';

export type XlsxErrorParams = {
  readonly file?: string;
  readonly detail?: string;
  /** 'too-large' by the sheet-data limit: the declared worksheet data and the limit, in MB. */
  readonly sheetMegabytes?: number;
  readonly limitMegabytes?: number;
  /** Refresh errors: the report's defined name, its sheet and the first cell in the way. */
  readonly name?: string;
  readonly sheet?: string;
  readonly address?: string;
};

type Texts = { readonly sv: (p: XlsxErrorParams) => string; readonly en: (p: XlsxErrorParams) => string };

const fileSv = (p: XlsxErrorParams): string => (p.file ? `Filen "${p.file}"` : 'Filen');
const fileEn = (p: XlsxErrorParams): string => (p.file ? `The file "${p.file}"` : 'The file');

const texts: Readonly<Record<XlsxReadErrorCode, Texts>> = {
  'not-found': {
    sv: (p) => `${fileSv(p)} finns inte. Kontrollera sökvägen och filnamnet och försök igen.`,
    en: (p) => `${fileEn(p)} does not exist. Check the path and file name and try again.`,
  },
  unreadable: {
    sv: (p) => `${fileSv(p)} gick inte att öppna för läsning. Stäng filen i andra program, kontrollera att du har behörighet och försök igen.`,
    en: (p) => `${fileEn(p)} could not be opened for reading. Close it in other programs, check that you have permission and try again.`,
  },
  'not-xlsx': {
    sv: (p) => `${fileSv(p)} är ingen Excel-arbetsbok (.xlsx). Öppna den i Excel och spara den som "Excel-arbetsbok (*.xlsx)" och försök igen.`,
    en: (p) => `${fileEn(p)} is not an Excel workbook (.xlsx). Open it in Excel, save it as "Excel Workbook (*.xlsx)" and try again.`,
  },
  encrypted: {
    sv: () => 'Arbetsboken är lösenordsskyddad. Spara en kopia utan lösenord (Arkiv > Info > Skydda arbetsbok) och försök igen.',
    en: () => 'The workbook is password protected. Save a copy without a password (File > Info > Protect Workbook) and try again.',
  },
  'legacy-xls': {
    sv: (p) => `${fileSv(p)} är i det gamla Excel-formatet (.xls). Öppna den i Excel, välj Arkiv > Spara som > "Excel-arbetsbok (*.xlsx)" och försök igen med den nya filen.`,
    en: (p) => `${fileEn(p)} is in the old Excel format (.xls). Open it in Excel, choose File > Save As > "Excel Workbook (*.xlsx)" and try again with the new file.`,
  },
  corrupt: {
    sv: (p) =>
      `${fileSv(p)} är skadad eller ofullständig och kan inte läsas${p.detail ? ` (${p.detail})` : ''}. Öppna den i Excel (Excel erbjuder då att reparera den), spara den igen och försök på nytt.`,
    en: (p) =>
      `${fileEn(p)} is damaged or incomplete and cannot be read${p.detail ? ` (${p.detail})` : ''}. Open it in Excel (Excel then offers to repair it), save it again and try once more.`,
  },
  'too-large': {
    sv: (p) =>
      p.sheetMegabytes !== undefined
        ? `${fileSv(p)} är för stor för att läsas som fil (cirka ${p.sheetMegabytes} MB kalkylbladsdata; gränsen är ${p.limitMegabytes ?? '?'} MB), så varken huvudbok, mål eller uppdrag kan läsas ur den. Öppna arbetsboken i Excel och använd tillägget där, eller spara huvudboken för ett år i taget i en egen arbetsbok.`
        : `${fileSv(p)} är för stor att läsa${p.detail ? ` (${p.detail})` : ''}. Ta bort blad och rader som inte behövs för rapporten, spara en mindre kopia och försök igen.`,
    en: (p) =>
      p.sheetMegabytes !== undefined
        ? `${fileEn(p)} is too large to read as a file (about ${p.sheetMegabytes} MB of worksheet data; the limit is ${p.limitMegabytes ?? '?'} MB), so no ledger, goals or assignments can be read from it. Open the workbook in Excel and use the add-in there, or save the ledger one year at a time in a workbook of its own.`
        : `${fileEn(p)} is too large to read${p.detail ? ` (${p.detail})` : ''}. Remove sheets and rows the report does not need, save a smaller copy and try again.`,
  },
  'would-overwrite': {
    sv: (p) => `${fileSv(p)} är arbetsboken du läser från och skrivs inte över. Ange ett annat namn på utfilen, eller be uttryckligen om att skriva i samma fil.`,
    en: (p) => `${fileEn(p)} is the workbook being read and is not overwritten. Give the output file another name, or ask explicitly to write into the same file.`,
  },
  unwritable: {
    sv: (p) => `${fileSv(p)} kunde inte sparas${p.detail ? ` (${p.detail})` : ''}. Stäng filen om den är öppen i Excel, kontrollera att mappen finns och att du får skriva där, och försök igen.`,
    en: (p) => `${fileEn(p)} could not be saved${p.detail ? ` (${p.detail})` : ''}. Close it if it is open in Excel, check that the folder exists and that you may write there, and try again.`,
  },
  'report-not-found': {
    sv: (p) => `Rapporten '${p.name ?? ''}' finns inte längre i arbetsboken (namnet har tagits bort eller bladet raderats). Välj ”Infoga rapport” för att skapa den på nytt.`,
    en: (p) => `The report '${p.name ?? ''}' is no longer in the workbook (its name was removed or its sheet deleted). Choose "Insert report" to create it again.`,
  },
  'refresh-would-overwrite': {
    sv: (p) =>
      `Den uppdaterade rapporten '${p.name ?? ''}' är större än den gamla och skulle skriva över cell ${p.address ?? ''} på bladet '${p.sheet ?? ''}'. Inget har ändrats. Flytta innehållet därifrån och uppdatera igen, eller infoga rapporten på ett nytt blad.`,
    en: (p) =>
      `The refreshed report '${p.name ?? ''}' is larger than the old one and would overwrite cell ${p.address ?? ''} on sheet '${p.sheet ?? ''}'. Nothing was changed. Move that content away and refresh again, or insert the report on a new sheet.`,
  },
};

export class XlsxReadError extends Error {
  readonly code: XlsxReadErrorCode;
  readonly messages: { readonly sv: string; readonly en: string };
  readonly params: XlsxErrorParams;

  constructor(code: XlsxReadErrorCode, params: XlsxErrorParams = {}) {
    const messages = { sv: texts[code].sv(params), en: texts[code].en(params) };
    super(messages.sv);
    this.name = 'XlsxReadError';
    this.code = code;
    this.params = params;
    this.messages = messages;
  }
}

export function isXlsxReadError(e: unknown): e is XlsxReadError {
  return e instanceof XlsxReadError;
}

/** The same error with the file name filled in (readers learn the name after the check). */
export function withFile(e: XlsxReadError, file: string): XlsxReadError {
  return new XlsxReadError(e.code, { ...e.params, file });
}

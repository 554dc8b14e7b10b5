import type { Catalog } from './types';
import { damagedReport, damagedSettings } from './metadata-messages';

/**
 * Why a workbook file could not be read or written (the file adapter's XlsxReadError and
 * XlsxWriteError, keyed `xlsx.<code>`): plain Swedish and English that say what to do.
 */
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
  /** 'settings-damaged': the entry's key. */
  readonly key?: string;
};

const fileSv = (p: XlsxErrorParams): string => (p.file ? `Filen "${p.file}"` : 'Filen');
const fileEn = (p: XlsxErrorParams): string => (p.file ? `The file "${p.file}"` : 'The file');

export const xlsxErrorMessages = {
  'xlsx.not-found': {
    sv: (p: XlsxErrorParams) => `${fileSv(p)} finns inte. Kontrollera sökvägen och filnamnet och försök igen.`,
    en: (p: XlsxErrorParams) => `${fileEn(p)} does not exist. Check the path and file name and try again.`,
  },
  'xlsx.unreadable': {
    sv: (p: XlsxErrorParams) => `${fileSv(p)} gick inte att öppna för läsning. Stäng filen i andra program, kontrollera att du har behörighet och försök igen.`,
    en: (p: XlsxErrorParams) => `${fileEn(p)} could not be opened for reading. Close it in other programs, check that you have permission and try again.`,
  },
  'xlsx.not-xlsx': {
    sv: (p: XlsxErrorParams) => `${fileSv(p)} är ingen Excel-arbetsbok (.xlsx). Öppna den i Excel och spara den som "Excel-arbetsbok (*.xlsx)" och försök igen.`,
    en: (p: XlsxErrorParams) => `${fileEn(p)} is not an Excel workbook (.xlsx). Open it in Excel, save it as "Excel Workbook (*.xlsx)" and try again.`,
  },
  'xlsx.encrypted': {
    sv: () => 'Arbetsboken är lösenordsskyddad. Spara en kopia utan lösenord (Arkiv > Info > Skydda arbetsbok) och försök igen.',
    en: () => 'The workbook is password protected. Save a copy without a password (File > Info > Protect Workbook) and try again.',
  },
  'xlsx.legacy-xls': {
    sv: (p: XlsxErrorParams) => `${fileSv(p)} är i det gamla Excel-formatet (.xls). Öppna den i Excel, välj Arkiv > Spara som > "Excel-arbetsbok (*.xlsx)" och försök igen med den nya filen.`,
    en: (p: XlsxErrorParams) => `${fileEn(p)} is in the old Excel format (.xls). Open it in Excel, choose File > Save As > "Excel Workbook (*.xlsx)" and try again with the new file.`,
  },
  'xlsx.corrupt': {
    sv: (p: XlsxErrorParams) =>
      `${fileSv(p)} är skadad eller ofullständig och kan inte läsas${p.detail ? ` (${p.detail})` : ''}. Öppna den i Excel (Excel erbjuder då att reparera den), spara den igen och försök på nytt.`,
    en: (p: XlsxErrorParams) =>
      `${fileEn(p)} is damaged or incomplete and cannot be read${p.detail ? ` (${p.detail})` : ''}. Open it in Excel (Excel then offers to repair it), save it again and try once more.`,
  },
  'xlsx.too-large': {
    sv: (p: XlsxErrorParams) =>
      p.sheetMegabytes !== undefined
        ? `${fileSv(p)} är för stor för att läsas som fil (cirka ${p.sheetMegabytes} MB kalkylbladsdata; gränsen är ${p.limitMegabytes ?? '?'} MB), så varken huvudbok, mål eller uppdrag kan läsas ur den. Öppna arbetsboken i Excel och använd tillägget där, eller spara huvudboken för ett år i taget i en egen arbetsbok.`
        : `${fileSv(p)} är för stor att läsa${p.detail ? ` (${p.detail})` : ''}. Ta bort blad och rader som inte behövs för rapporten, spara en mindre kopia och försök igen.`,
    en: (p: XlsxErrorParams) =>
      p.sheetMegabytes !== undefined
        ? `${fileEn(p)} is too large to read as a file (about ${p.sheetMegabytes} MB of worksheet data; the limit is ${p.limitMegabytes ?? '?'} MB), so no ledger, goals or assignments can be read from it. Open the workbook in Excel and use the add-in there, or save the ledger one year at a time in a workbook of its own.`
        : `${fileEn(p)} is too large to read${p.detail ? ` (${p.detail})` : ''}. Remove sheets and rows the report does not need, save a smaller copy and try again.`,
  },
  'xlsx.would-overwrite': {
    sv: (p: XlsxErrorParams) => `${fileSv(p)} är arbetsboken du läser från och skrivs inte över. Ange ett annat namn på utfilen, eller be uttryckligen om att skriva i samma fil.`,
    en: (p: XlsxErrorParams) => `${fileEn(p)} is the workbook being read and is not overwritten. Give the output file another name, or ask explicitly to write into the same file.`,
  },
  'xlsx.unwritable': {
    sv: (p: XlsxErrorParams) => `${fileSv(p)} kunde inte sparas${p.detail ? ` (${p.detail})` : ''}. Stäng filen om den är öppen i Excel, kontrollera att mappen finns och att du får skriva där, och försök igen.`,
    en: (p: XlsxErrorParams) => `${fileEn(p)} could not be saved${p.detail ? ` (${p.detail})` : ''}. Close it if it is open in Excel, check that the folder exists and that you may write there, and try again.`,
  },
  'xlsx.report-not-found': {
    sv: (p: XlsxErrorParams) => `Rapporten '${p.name ?? ''}' finns inte längre i arbetsboken (namnet har tagits bort eller bladet raderats). Välj ”Infoga rapport” för att skapa den på nytt.`,
    en: (p: XlsxErrorParams) => `The report '${p.name ?? ''}' is no longer in the workbook (its name was removed or its sheet deleted). Choose "Insert report" to create it again.`,
  },
  'xlsx.refresh-would-overwrite': {
    sv: (p: XlsxErrorParams) =>
      `Den uppdaterade rapporten '${p.name ?? ''}' är större än den gamla och skulle skriva över cell ${p.address ?? ''} på bladet '${p.sheet ?? ''}'. Inget har ändrats. Flytta innehållet därifrån och uppdatera igen, eller infoga rapporten på ett nytt blad.`,
    en: (p: XlsxErrorParams) =>
      `The refreshed report '${p.name ?? ''}' is larger than the old one and would overwrite cell ${p.address ?? ''} on sheet '${p.sheet ?? ''}'. Nothing was changed. Move that content away and refresh again, or insert the report on a new sheet.`,
  },
  'xlsx.metadata-damaged': damagedReport,
  'xlsx.settings-damaged': damagedSettings,
  'xlsx.metadata-sheet-taken': {
    sv: () => 'Arbetsboken har ett blad som heter KR_Metadata men som tillägget inte har skapat. Tillägget sparar sina uppgifter på ett blad med det namnet och skriver inte i ditt. Byt namn på bladet och försök igen. Inget har ändrats.',
    en: () => 'The workbook has a sheet named KR_Metadata that the add-in did not make. The add-in keeps its data on a sheet of that name and does not write into yours. Rename the sheet and try again. Nothing was changed.',
  },
} satisfies Catalog;

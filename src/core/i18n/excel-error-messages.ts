import type { Catalog } from './types';
import { damagedReport } from './metadata-messages';

/**
 * Why a workbook operation inside Excel failed (the Excel adapter's ExcelReadError and
 * ExcelWriteError, keyed `excel.<code>`): plain Swedish and English that say what to do.
 */
export type ExcelErrorParams = {
  readonly sheet?: string;
  readonly name?: string;
  readonly address?: string;
  /** 'too-large': the cells of the sheet's used range (scope 'sheet') or of all sheets read ('workbook'), and the limit. */
  readonly cells?: number;
  readonly limit?: number;
  readonly scope?: 'sheet' | 'workbook';
};

/** 20000000 → '20 000 000' (Swedish and SI grouping, the same in both languages). */
const grouped = (n: number | undefined): string => String(n ?? 0).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

export const excelErrorMessages = {
  'excel.insert-failed': {
    sv: (p: ExcelErrorParams) => `Rapporten kunde inte infogas på bladet '${p.sheet ?? ''}'. Inget i arbetsboken har ändrats. Spara arbetsboken, stäng andra fönster som redigerar den och försök igen.`,
    en: (p: ExcelErrorParams) => `The report could not be inserted on sheet '${p.sheet ?? ''}'. Nothing in the workbook was changed. Save the workbook, close other windows editing it and try again.`,
  },
  'excel.refresh-failed': {
    sv: (p: ExcelErrorParams) => `Rapporten '${p.name ?? ''}' kunde inte uppdateras helt. Kontrollera tabellen på bladet '${p.sheet ?? ''}'; infoga rapporten på nytt om den ser fel ut.`,
    en: (p: ExcelErrorParams) => `The report '${p.name ?? ''}' could not be fully refreshed. Check the table on sheet '${p.sheet ?? ''}'; insert the report again if it looks wrong.`,
  },
  'excel.refresh-not-done': {
    sv: (p: ExcelErrorParams) => `Rapporten '${p.name ?? ''}' kunde inte uppdateras. Inget i arbetsboken har ändrats: tabellen, dina kommentarer och namnet är som förut. Spara arbetsboken, stäng andra fönster som redigerar den och försök igen.`,
    en: (p: ExcelErrorParams) => `The report '${p.name ?? ''}' could not be refreshed. Nothing in the workbook was changed: the table, your comments and its name are as before. Save the workbook, close other windows editing it and try again.`,
  },
  'excel.refresh-not-done-formats': {
    sv: (p: ExcelErrorParams) => `Rapporten '${p.name ?? ''}' kunde inte uppdateras. Tabellens innehåll, dina kommentarer och namnet är som förut, men dess färger och kantlinjer kunde inte återställas i den här versionen av Excel. Spara arbetsboken, stäng andra fönster som redigerar den och försök igen; ser tabellen på bladet '${p.sheet ?? ''}' fel ut, infoga rapporten på nytt.`,
    en: (p: ExcelErrorParams) => `The report '${p.name ?? ''}' could not be refreshed. The table's contents, your comments and its name are as before, but its colours and borders could not be put back in this version of Excel. Save the workbook, close other windows editing it and try again; if the table on sheet '${p.sheet ?? ''}' looks wrong, insert the report again.`,
  },
  'excel.report-not-found': {
    sv: (p: ExcelErrorParams) => `Rapporten '${p.name ?? ''}' finns inte längre i arbetsboken (namnet har tagits bort eller bladet raderats). Välj ”Infoga rapport” för att skapa den på nytt.`,
    en: (p: ExcelErrorParams) => `The report '${p.name ?? ''}' is no longer in the workbook (its name was removed or its sheet deleted). Choose "Insert report" to create it again.`,
  },
  'excel.refresh-would-overwrite': {
    sv: (p: ExcelErrorParams) => `Den uppdaterade rapporten är större än den gamla och skulle skriva över celler på bladet '${p.sheet ?? ''}', område ${p.address ?? ''}. Flytta innehållet därifrån eller infoga rapporten på ett nytt blad.`,
    en: (p: ExcelErrorParams) => `The refreshed report is larger than the old one and would overwrite cells on sheet '${p.sheet ?? ''}', range ${p.address ?? ''}. Move that content away or insert the report on a new sheet.`,
  },
  'excel.sheet-not-found': {
    sv: (p: ExcelErrorParams) => `Bladet '${p.sheet ?? ''}' finns inte i arbetsboken. Det kan ha bytt namn eller tagits bort; läs in arbetsboken igen.`,
    en: (p: ExcelErrorParams) => `Sheet '${p.sheet ?? ''}' is not in the workbook. It may have been renamed or deleted; read the workbook again.`,
  },
  'excel.read-failed': {
    sv: () => 'Arbetsboken kunde inte läsas från Excel. Kontrollera att ingen cell redigeras just nu (tryck Enter eller Esc) och försök igen.',
    en: () => 'The workbook could not be read from Excel. Check that no cell is being edited (press Enter or Esc) and try again.',
  },
  'excel.too-large': {
    sv: (p: ExcelErrorParams) =>
      `${p.scope === 'workbook' ? `Bladen som ska läsas har tillsammans ${grouped(p.cells)} celler, fler än tillägget kan läsa (${grouped(p.limit)}); störst är bladet '${p.sheet ?? ''}' med det använda området ${p.address ?? ''}.` : `Bladet '${p.sheet ?? ''}' har det använda området ${p.address ?? ''}, ${grouped(p.cells)} celler, fler än tillägget kan läsa på ett blad (${grouped(p.limit)}).`} Oftast finns en cell med innehåll eller format långt ner eller till höger: gå till bladet, tryck Ctrl+End för att hitta den, ta bort raderna och kolumnerna efter dina data och spara. Läs sedan in arbetsboken igen.`,
    en: (p: ExcelErrorParams) =>
      `${p.scope === 'workbook' ? `The sheets to read hold ${grouped(p.cells)} cells together, more than the add-in can read (${grouped(p.limit)}); the largest is sheet '${p.sheet ?? ''}' with used range ${p.address ?? ''}.` : `Sheet '${p.sheet ?? ''}' has used range ${p.address ?? ''}, ${grouped(p.cells)} cells, more than the add-in can read from one sheet (${grouped(p.limit)}).`} Usually a cell with content far below or to the right causes this: go to the sheet, press Ctrl+End to find it, delete the rows and columns after your data and save. Then read the workbook again.`,
  },
  'excel.settings-not-saved': {
    sv: () => 'Inställningarna kunde inte sparas i arbetsboken. Kontrollera att du får redigera den och försök igen.',
    en: () => 'The settings could not be saved in the workbook. Check that you may edit it and try again.',
  },
  'excel.metadata-damaged': damagedReport,
  'excel.metadata-sheet-taken': {
    sv: () => 'Arbetsboken har ett blad som heter KR_Metadata men som tillägget inte har skapat. Tillägget sparar sina uppgifter på ett blad med det namnet och skriver inte i ditt. Byt namn på bladet och försök igen. Inget har ändrats.',
    en: () => 'The workbook has a sheet named KR_Metadata that the add-in did not make. The add-in keeps its data on a sheet of that name and does not write into yours. Rename the sheet and try again. Nothing was changed.',
  },
} satisfies Catalog;

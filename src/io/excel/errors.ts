/**
 * Why a workbook operation inside Excel failed, as a typed error with a plain Swedish and English
 * message that says what to do. The task pane shows `messages[lang]`, never a stack trace.
 */
export type ExcelWriteErrorCode =
  | 'insert-failed'
  | 'refresh-failed'
  | 'refresh-not-done'
  | 'report-not-found'
  | 'refresh-would-overwrite'
  | 'sheet-not-found'
  | 'read-failed'
  | 'too-large'
  | 'settings-not-saved'
  | 'metadata-damaged';

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

type Texts = { readonly sv: (p: ExcelErrorParams) => string; readonly en: (p: ExcelErrorParams) => string };

const texts: Readonly<Record<ExcelWriteErrorCode, Texts>> = {
  'insert-failed': {
    sv: (p) => `Rapporten kunde inte infogas på bladet '${p.sheet ?? ''}'. Inget i arbetsboken har ändrats. Spara arbetsboken, stäng andra fönster som redigerar den och försök igen.`,
    en: (p) => `The report could not be inserted on sheet '${p.sheet ?? ''}'. Nothing in the workbook was changed. Save the workbook, close other windows editing it and try again.`,
  },
  'refresh-failed': {
    sv: (p) => `Rapporten '${p.name ?? ''}' kunde inte uppdateras helt. Kontrollera tabellen på bladet '${p.sheet ?? ''}'; infoga rapporten på nytt om den ser fel ut.`,
    en: (p) => `The report '${p.name ?? ''}' could not be fully refreshed. Check the table on sheet '${p.sheet ?? ''}'; insert the report again if it looks wrong.`,
  },
  'refresh-not-done': {
    sv: (p) => `Rapporten '${p.name ?? ''}' kunde inte uppdateras. Inget i arbetsboken har ändrats: tabellen, dina kommentarer och namnet är som förut. Spara arbetsboken, stäng andra fönster som redigerar den och försök igen.`,
    en: (p) => `The report '${p.name ?? ''}' could not be refreshed. Nothing in the workbook was changed: the table, your comments and its name are as before. Save the workbook, close other windows editing it and try again.`,
  },
  'report-not-found': {
    sv: (p) => `Rapporten '${p.name ?? ''}' finns inte längre i arbetsboken (namnet har tagits bort eller bladet raderats). Välj ”Infoga rapport” för att skapa den på nytt.`,
    en: (p) => `The report '${p.name ?? ''}' is no longer in the workbook (its name was removed or its sheet deleted). Choose "Insert report" to create it again.`,
  },
  'refresh-would-overwrite': {
    sv: (p) => `Den uppdaterade rapporten är större än den gamla och skulle skriva över celler på bladet '${p.sheet ?? ''}', område ${p.address ?? ''}. Flytta innehållet därifrån eller infoga rapporten på ett nytt blad.`,
    en: (p) => `The refreshed report is larger than the old one and would overwrite cells on sheet '${p.sheet ?? ''}', range ${p.address ?? ''}. Move that content away or insert the report on a new sheet.`,
  },
  'sheet-not-found': {
    sv: (p) => `Bladet '${p.sheet ?? ''}' finns inte i arbetsboken. Det kan ha bytt namn eller tagits bort; läs in arbetsboken igen.`,
    en: (p) => `Sheet '${p.sheet ?? ''}' is not in the workbook. It may have been renamed or deleted; read the workbook again.`,
  },
  'read-failed': {
    sv: () => 'Arbetsboken kunde inte läsas från Excel. Kontrollera att ingen cell redigeras just nu (tryck Enter eller Esc) och försök igen.',
    en: () => 'The workbook could not be read from Excel. Check that no cell is being edited (press Enter or Esc) and try again.',
  },
  'too-large': {
    sv: (p) =>
      `${p.scope === 'workbook' ? `Bladen som ska läsas har tillsammans ${grouped(p.cells)} celler, fler än tillägget kan läsa (${grouped(p.limit)}); störst är bladet '${p.sheet ?? ''}' med det använda området ${p.address ?? ''}.` : `Bladet '${p.sheet ?? ''}' har det använda området ${p.address ?? ''}, ${grouped(p.cells)} celler, fler än tillägget kan läsa på ett blad (${grouped(p.limit)}).`} Oftast finns en cell med innehåll eller format långt ner eller till höger: gå till bladet, tryck Ctrl+End för att hitta den, ta bort raderna och kolumnerna efter dina data och spara. Läs sedan in arbetsboken igen.`,
    en: (p) =>
      `${p.scope === 'workbook' ? `The sheets to read hold ${grouped(p.cells)} cells together, more than the add-in can read (${grouped(p.limit)}); the largest is sheet '${p.sheet ?? ''}' with used range ${p.address ?? ''}.` : `Sheet '${p.sheet ?? ''}' has used range ${p.address ?? ''}, ${grouped(p.cells)} cells, more than the add-in can read from one sheet (${grouped(p.limit)}).`} Usually a cell with content far below or to the right causes this: go to the sheet, press Ctrl+End to find it, delete the rows and columns after your data and save. Then read the workbook again.`,
  },
  'settings-not-saved': {
    sv: () => 'Inställningarna kunde inte sparas i arbetsboken. Kontrollera att du får redigera den och försök igen.',
    en: () => 'The settings could not be saved in the workbook. Check that you may edit it and try again.',
  },
  // The file adapter's MetadataDamagedError says the same (src/io/xlsx/metadata.ts).
  'metadata-damaged': {
    sv: (p) => `Uppgifterna som kommunrapport sparade om rapporten '${p.name ?? ''}' (det dolda bladet KR_Metadata) är skadade, så det går inte att veta vilka rader kommentarerna hör till. Inget har ändrats. Infoga rapporten på nytt (inte Uppdatera), så skrivs uppgifterna om.`,
    en: (p) => `The data kommunrapport saved about the report '${p.name ?? ''}' (the hidden sheet KR_Metadata) is damaged, so which rows the comments belong to cannot be told. Nothing was changed. Insert the report again (not Refresh), which writes the data anew.`,
  },
};

export class ExcelWriteError extends Error {
  readonly code: ExcelWriteErrorCode;
  readonly params: ExcelErrorParams;
  readonly messages: { readonly sv: string; readonly en: string };
  readonly cause?: unknown;

  constructor(code: ExcelWriteErrorCode, params: ExcelErrorParams = {}, cause?: unknown) {
    const messages = { sv: texts[code].sv(params), en: texts[code].en(params) };
    super(messages.en);
    this.name = 'ExcelWriteError';
    this.code = code;
    this.params = params;
    this.messages = messages;
    this.cause = cause;
  }
}

/** The Office.js error code of a failure (Excel.ErrorCodes), or '' when it has none. */
export function officeCode(e: unknown): string {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : '';
}

export function isPayloadLimit(e: unknown): boolean {
  const c = officeCode(e);
  return c === 'RequestPayloadSizeLimitExceeded' || c === 'ResponsePayloadSizeLimitExceeded';
}

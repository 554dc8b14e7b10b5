import type { Catalog } from './types';

/**
 * Why the add-in's own data in a workbook (the very hidden metadata sheet, named by `sheet`)
 * cannot be used: the file adapter's MetadataDamagedError, keyed `metadata.<what>`.
 */
export type DamagedReportParams = { readonly sheet: string; readonly report: string; readonly detail: string };
export type DamagedSettingsParams = { readonly sheet: string; readonly key: string; readonly detail: string };

export const metadataMessages = {
  'metadata.damaged-report': {
    sv: (p: DamagedReportParams) =>
      `Uppgifterna som kommunrapport sparade om rapporten '${p.report}' (det dolda bladet ${p.sheet}) är skadade (${p.detail}), så det går inte att veta vilka rader kommentarerna hör till. Inget har ändrats. Infoga rapporten på nytt (inte Uppdatera), så skrivs uppgifterna om.`,
    en: (p: DamagedReportParams) =>
      `The data kommunrapport saved about the report '${p.report}' (the hidden sheet ${p.sheet}) is damaged (${p.detail}), so which rows the comments belong to cannot be told. Nothing was changed. Insert the report again (not Refresh), which writes the data anew.`,
  },
  'metadata.damaged-settings': {
    sv: (p: DamagedSettingsParams) =>
      `Inställningarna som kommunrapport sparade i arbetsboken (det dolda bladet ${p.sheet}, posten '${p.key}') är skadade (${p.detail}) och används inte. Inget har ändrats. Använd en tidigare sparad kopia av arbetsboken, eller be den som förvaltar kommunrapport att ta bort bladet ${p.sheet}; det innehåller bara tilläggets egna uppgifter.`,
    en: (p: DamagedSettingsParams) =>
      `The settings kommunrapport saved in the workbook (the hidden sheet ${p.sheet}, entry '${p.key}') are damaged (${p.detail}) and are not used. Nothing was changed. Use an earlier saved copy of the workbook, or ask whoever maintains kommunrapport to delete the sheet ${p.sheet}; it holds only the add-in's own data.`,
  },
} satisfies Catalog;

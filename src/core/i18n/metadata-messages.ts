/**
 * Why the add-in's own data in a workbook (the very hidden sheet KR_Metadata) cannot be used.
 * One text per case, shared word for word by the hosts' catalogs: `excel.metadata-damaged` and
 * `xlsx.metadata-damaged` (a report's row keys or drafts), `xlsx.settings-damaged` (the file
 * adapter's settings entry; Excel keeps its settings in the document settings). The JSON
 * parser's own reason is never shown: it is internal text, and the user can do nothing with it.
 */
export type DamagedReportParams = { readonly name?: string };
export type DamagedSettingsParams = { readonly sheet?: string; readonly key?: string };

export const damagedReport = {
  sv: (p: DamagedReportParams) =>
    `Uppgifterna som kommunrapport sparade om rapporten '${p.name ?? ''}' (det dolda bladet KR_Metadata) är skadade, så det går inte att veta vilka rader kommentarerna hör till. Inget har ändrats. Infoga rapporten på nytt (inte Uppdatera), så skrivs uppgifterna om.`,
  en: (p: DamagedReportParams) =>
    `The data kommunrapport saved about the report '${p.name ?? ''}' (the hidden sheet KR_Metadata) is damaged, so which rows the comments belong to cannot be told. Nothing was changed. Insert the report again (not Refresh), which writes the data anew.`,
};

export const damagedSettings = {
  sv: (p: DamagedSettingsParams) =>
    `Inställningarna som kommunrapport sparade i arbetsboken (det dolda bladet ${p.sheet ?? 'KR_Metadata'}, posten '${p.key ?? ''}') är skadade och används inte. Inget har ändrats. Använd en tidigare sparad kopia av arbetsboken, eller be den som förvaltar kommunrapport att ta bort bladet ${p.sheet ?? 'KR_Metadata'}; det innehåller bara tilläggets egna uppgifter.`,
  en: (p: DamagedSettingsParams) =>
    `The settings kommunrapport saved in the workbook (the hidden sheet ${p.sheet ?? 'KR_Metadata'}, entry '${p.key ?? ''}') are damaged and are not used. Nothing was changed. Use an earlier saved copy of the workbook, or ask whoever maintains kommunrapport to delete the sheet ${p.sheet ?? 'KR_Metadata'}; it holds only the add-in's own data.`,
};

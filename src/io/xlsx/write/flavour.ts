/**
 * The two OOXML flavours' namespaces: Transitional (what Excel saves by default, and every other
 * producer) and Strict (ISO/IEC 29500 Strict, Excel's "Strict Open XML Spreadsheet"). Parts the
 * writer adds use the workbook's own flavour, so a Strict package stays one.
 */
export type Flavour = {
  /** SpreadsheetML's main namespace. */
  readonly main: string;
  /** The relationships namespace (r:id) and the base of relationship types. */
  readonly rel: string;
};

export const TRANSITIONAL: Flavour = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

export const STRICT: Flavour = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};

/** Strict when workbook.xml declares Strict's main namespace. */
export function flavourOf(workbookXml: string): Flavour {
  return workbookXml.includes(`"${STRICT.main}"`) ? STRICT : TRANSITIONAL;
}

/** A relationship type of the flavour, e.g. 'worksheet'. */
export const relType = (f: Flavour, name: 'worksheet' | 'styles'): string => `${f.rel}/${name}`;

import { strToU8, zipSync } from 'fflate';

/**
 * Minimal .xlsx packages from hand-written XML parts, for the reader's odd cases: the sheets'
 * XML as given (body inside <sheetData> or a whole part), with a workbook, its relationships,
 * and optional shared strings and styles. `store` keeps entries uncompressed.
 */
export const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PNS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export type RawSheet = {
  readonly name: string;
  /** The whole worksheet part, or the inside of <sheetData> (wrapped in a plain worksheet). */
  readonly xml?: string;
  readonly rows?: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** Part name inside the zip (default xl/worksheets/sheetN.xml) and the relationship target. */
  readonly part?: string;
  readonly target?: string;
  /** Extra XML after </sheetData> (mergeCells...). */
  readonly after?: string;
  /** Relationship type's last segment (default worksheet). */
  readonly type?: string;
};

export type RawBook = {
  readonly sheets: readonly RawSheet[];
  readonly strings?: string;
  readonly styles?: string;
  readonly workbookPr?: string;
  readonly definedNames?: string;
  readonly store?: boolean;
  /** Extra entries, name → text. */
  readonly extra?: Readonly<Record<string, string>>;
};

export const sheetPart = (rows: string, after = ''): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${RNS}"><sheetData>${rows}</sheetData>${after}</worksheet>`;

export function rawXlsx(book: RawBook): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string): void => {
    files[name] = strToU8(text);
  };
  put('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`);
  put('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="${PNS}"><Relationship Id="rId1" Type="${RNS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const rels: string[] = [];
  const sheetTags = book.sheets.map((s, i) => {
    const id = `rId${i + 1}`;
    const part = s.part ?? `xl/worksheets/sheet${i + 1}.xml`;
    rels.push(`<Relationship Id="${id}" Type="${RNS}/${s.type ?? 'worksheet'}" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`);
    put(part, s.xml ?? sheetPart(s.rows ?? '', s.after ?? ''));
    return `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="${id}"/>`;
  });
  if (book.strings !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${RNS}/sharedStrings" Target="sharedStrings.xml"/>`);
    put('xl/sharedStrings.xml', book.strings);
  }
  if (book.styles !== undefined) {
    rels.push(`<Relationship Id="rIdY" Type="${RNS}/styles" Target="styles.xml"/>`);
    put('xl/styles.xml', book.styles);
  }
  put(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${RNS}">${book.workbookPr ?? ''}<sheets>${sheetTags.join('')}</sheets>${book.definedNames ?? ''}</workbook>`,
  );
  put('xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="${PNS}">${rels.join('')}</Relationships>`);
  for (const [name, text] of Object.entries(book.extra ?? {})) put(name, text);
  return zipSync(files, { level: book.store ? 0 : 6 });
}

/** styles.xml with these custom formats (id → code) and one cell style per numFmtId, in order. */
export function stylesXml(numFmts: Readonly<Record<number, string>>, xfNumFmtIds: readonly number[]): string {
  const fmts = Object.entries(numFmts)
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/>`)
    .join('');
  const xfs = xfNumFmtIds.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`).join('');
  return `<?xml version="1.0"?><styleSheet xmlns="${NS}"><numFmts count="${Object.keys(numFmts).length}">${fmts}</numFmts><cellXfs count="${xfNumFmtIds.length}">${xfs}</cellXfs></styleSheet>`;
}

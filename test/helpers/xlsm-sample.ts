import { sampleSourceWorkbook } from './grid-samples';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readZip, writeZip } = require('../fixtures/bad/lib/zip.js') as {
  readZip(b: Buffer): Map<string, Buffer>;
  writeZip(entries: { name: string; data: Buffer; store?: boolean }[]): Buffer;
};

export const MACRO_WORKBOOK_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
export const VBA_PROJECT_TYPE = 'application/vnd.ms-office.vbaProject';

/**
 * A VBA project's bytes for the tests: not a real compound file (nothing here runs it), but
 * binary, with every byte value, so any re-encoding or recompression would show.
 */
export function vbaProjectBytes(): Buffer {
  const b = Buffer.alloc(4096);
  for (let i = 0; i < b.length; i++) b[i] = (i * 151 + 7) % 256;
  return b;
}

/**
 * The sample source workbook made an .xlsm as Excel writes one: the workbook part's content
 * type is the macro-enabled one, xl/vbaProject.bin is there (stored, as Excel often leaves it)
 * with a Default content type for .bin and a vbaProject relationship from the workbook.
 */
export async function sampleMacroWorkbook(): Promise<Uint8Array> {
  return asMacroWorkbook(await sampleSourceWorkbook());
}

/** Any exceljs-written workbook made an .xlsm the same way. */
export function asMacroWorkbook(bytes: Uint8Array): Uint8Array {
  const zip = readZip(Buffer.from(bytes));
  const types = zip
    .get('[Content_Types].xml')!
    .toString('utf8')
    .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', MACRO_WORKBOOK_TYPE)
    .replace('<Default ', `<Default Extension="bin" ContentType="${VBA_PROJECT_TYPE}"/><Default `);
  const rels = zip
    .get('xl/_rels/workbook.xml.rels')!
    .toString('utf8')
    .replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>');
  zip.set('[Content_Types].xml', Buffer.from(types));
  zip.set('xl/_rels/workbook.xml.rels', Buffer.from(rels));
  const entries: { name: string; data: Buffer; store?: boolean }[] = [...zip].map(([name, data]) => ({ name, data }));
  entries.push({ name: 'xl/vbaProject.bin', data: vbaProjectBytes(), store: true });
  return new Uint8Array(writeZip(entries));
}

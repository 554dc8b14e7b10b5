import { Workbook } from 'exceljs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { addGridsToWorkbook } from '../../src/io/xlsx/add-grids';
import { createFilePort } from '../../src/io/xlsx/file-port';
import { inspectXlsxBytes } from '../../src/io/xlsx/zip-guard';
import { openPackage } from '../../src/io/xlsx/pkg/package';
import { readWorkbookInfo } from '../../src/io/xlsx/read/workbook-info';
import { sampleReportGrid } from '../helpers/grid-samples';

/** Reads an entry of a zip we wrote (central directory sizes, stored or deflated). */
function entryText(bytes: Uint8Array, name: string): string {
  const e = inspectXlsxBytes(bytes).entries.find((x) => x.name === name)!;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  const raw = Buffer.from(bytes.subarray(start, start + e.compressed));
  return (e.method === 0 ? raw : inflateRawSync(raw)).toString('utf8');
}

/** Rebuilds a zip with one entry's text replaced (stored entries keep their bytes, all re-deflated). */
function replaceEntry(bytes: Uint8Array, name: string, text: string): Uint8Array {
  const entries = inspectXlsxBytes(bytes).entries.map((e) => ({ name: e.name, data: e.name === name ? Buffer.from(text) : Buffer.from(entryText(bytes, e.name), 'utf8') }));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const comp = deflateRawSync(e.data);
    const nameBuf = Buffer.from(e.name);
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(comp.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(comp.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, comp);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

const NAMES = [
  '<definedName name="Moms">0.25</definedName>',
  `<definedName name="Belopp">OFFSET('Huvudbok'!$A$1,0,0,COUNTA('Huvudbok'!$A:$A),1)</definedName>`,
  '<definedName name="Lokal" localSheetId="0">Huvudbok!$A$1:$A$2</definedName>',
  '<definedName name="Lokal" localSheetId="1">Mål!$B$2</definedName>',
  '<definedName name="Global">Huvudbok!$A$1:$B$2</definedName>',
];

async function withNames(): Promise<Uint8Array> {
  const wb = new Workbook();
  const hb = wb.addWorksheet('Huvudbok');
  hb.getCell('A1').value = 100;
  hb.getCell('B1').value = { formula: 'A1*Moms', result: 25 };
  wb.addWorksheet('Mål').getCell('B2').value = 'x';
  const plain = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const xml = entryText(plain, 'xl/workbook.xml').replace(/<definedNames>[\s\S]*?<\/definedNames>|(<\/sheets>)/, (m, sheetsEnd?: string) =>
    sheetsEnd ? `${sheetsEnd}<definedNames>${NAMES.join('')}</definedNames>` : `<definedNames>${NAMES.join('')}</definedNames>`,
  );
  return replaceEntry(plain, 'xl/workbook.xml', xml);
}

/** The defined names of a package (name, scope, text), as the package reader sees them. */
const namesOf = (bytes: Uint8Array): { name: string; localSheetId?: number; text: string }[] => [...readWorkbookInfo(openPackage(bytes)).definedNames];
const sorted = (bytes: Uint8Array): string[] =>
  namesOf(bytes)
    .filter((n) => !n.name.startsWith('KR_'))
    .map((n) => JSON.stringify(n))
    .sort();

/** The <definedName> elements of workbook.xml as written, KR_ names left out. */
const elementsOf = (xml: string): string[] => (xml.match(/<definedName\b[^>]*>[^<]*<\/definedName>/g) ?? []).filter((e) => !e.includes('name="KR_'));

describe('defined names of every kind (constants, formulas, sheet-level)', () => {
  it('survive adding a report byte for byte', async () => {
    const input = await withNames();
    const before = sorted(input);
    expect(before).toHaveLength(5);
    const out = await addGridsToWorkbook(input, [sampleReportGrid()], 'insert');
    expect(sorted(out)).toEqual(before);
    expect(elementsOf(entryText(out, 'xl/workbook.xml'))).toEqual(elementsOf(entryText(input, 'xl/workbook.xml')));
  });

  it('survive the file port, also after a refresh', async () => {
    const input = await withNames();
    const port = await createFilePort(input, 'h.xlsx');
    await port.writeGrid(sampleReportGrid(), 'insert');
    await port.writeGrid(sampleReportGrid(), 'refresh');
    const out = await port.bytes();
    expect(sorted(out)).toEqual(sorted(input));
    expect(namesOf(out).filter((n) => n.name === 'KR_Drift_2025_08')).toHaveLength(1);
  });
});

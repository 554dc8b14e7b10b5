/**
 * Damage anywhere in a sheet's XML or in the workbook part gives an XlsxReadError (Swedish and
 * English text) or a snapshot, never another exception: a property test over deterministic
 * mutations (cuts, stray markup characters, deleted ranges, absurd references) of a small
 * package's parts, stored uncompressed so the XML itself is what is damaged.
 */
import fc from 'fast-check';
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';
import { XlsxReadError } from '../../src/io/xlsx/errors';
import { NS, rawXlsx, sheetPart } from '../helpers/raw-package';
import { errorTexts } from '../../src/core/i18n/render';

const ROWS =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>Hem</t></r><r><t>tjänst &amp; vård</t></r></is></c><c r="C1" s="1"><v>45688</v></c></row>' +
  '<row r="2" hidden="1"><c r="A2"><v>-1.5</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0">A2*2</f><v>-3</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#REF!</v></c></row>' +
  '<row r="3"><c r="A3"><v>2</v></c><c r="B3"><f t="shared" si="0"/><v>4</v></c></row>';
const SHEET = sheetPart(ROWS, '<mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells>');
const STRINGS = `<?xml version="1.0"?><sst xmlns="${NS}" count="1" uniqueCount="1"><si><t>Konto</t></si></sst>`;
const STYLES = `<?xml version="1.0"?><styleSheet xmlns="${NS}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
const WORKBOOK_PR = '<workbookPr date1904="0"/>';

type Damage = { readonly at: number; readonly kind: number; readonly len: number; readonly text: string };

function damage(xml: string, d: Damage): string {
  const at = d.at % (xml.length + 1);
  switch (d.kind) {
    case 0:
      return xml.slice(0, at);
    case 1:
      return xml.slice(0, at) + xml.slice(at + d.len);
    case 2:
      return xml.slice(0, at) + d.text + xml.slice(at);
    default:
      return xml.replace(/r="([A-Z]+)(\d+)"/, `r="$1${'9'.repeat(1 + (d.len % 12))}"`);
  }
}

const damages = fc.record({
  at: fc.nat(),
  kind: fc.integer({ min: 0, max: 3 }),
  len: fc.integer({ min: 1, max: 40 }),
  text: fc.constantFrom('<', '>', '"', "'", '&', '</c>', '<c r="', '<row>', '<v>', '</row>', '<!DOCTYPE x>', '<![CDATA[', '_x00', '&#xFFFFFF;', 'r=""', 's="99999"', 't="s"'),
});

async function outcome(bytes: Uint8Array): Promise<'read' | 'refused'> {
  try {
    await readWorkbookBuffer(bytes, { withFormats: true });
    return 'read';
  } catch (e) {
    if (e instanceof XlsxReadError && errorTexts(e).sv.length > 0 && errorTexts(e).en.length > 0) return 'refused';
    throw e;
  }
}

test('a damaged sheet part is read or refused with an XlsxReadError, nothing else', async () => {
  await fc.assert(
    fc.asyncProperty(damages, async (d) => {
      const bytes = rawXlsx({ store: true, sheets: [{ name: 'Blad1', xml: damage(SHEET, d) }], strings: STRINGS, styles: STYLES, workbookPr: WORKBOOK_PR });
      await outcome(bytes);
    }),
    { numRuns: 300, seed: 20250831 },
  );
});

test('a damaged workbook, shared-string or styles part likewise', async () => {
  await fc.assert(
    fc.asyncProperty(damages, fc.integer({ min: 0, max: 2 }), async (d, which) => {
      const parts = { strings: STRINGS, styles: STYLES };
      const book = { store: true, sheets: [{ name: 'Blad1', xml: SHEET }], ...parts, workbookPr: WORKBOOK_PR };
      const bytes =
        which === 0
          ? rawXlsx({ ...book, strings: damage(STRINGS, d) })
          : which === 1
            ? rawXlsx({ ...book, styles: damage(STYLES, d) })
            : rawXlsx({ ...book, extra: { 'xl/workbook.xml': damage(`<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${WORKBOOK_PR}<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`, d) } });
      await outcome(bytes);
    }),
    { numRuns: 300, seed: 20250901 },
  );
});

test('a reference beyond the last row or column of a sheet is damage', async () => {
  const bytes = rawXlsx({ sheets: [{ name: 'X', rows: '<row r="1"><c r="A99999999999"><v>1</v></c></row>' }] });
  const e = await readWorkbookBuffer(bytes).catch((x: unknown) => x);
  expect((e as XlsxReadError).code).toBe('corrupt');
  const wide = rawXlsx({ sheets: [{ name: 'X', rows: '<row r="1"><c r="XFE1"><v>1</v></c></row>' }] });
  expect(((await readWorkbookBuffer(wide).catch((x: unknown) => x)) as XlsxReadError).code).toBe('corrupt');
});

/**
 * Variance charts in the file path: the package writer adds a DrawingML drawing and chart parts
 * beside the report sheet, whose series refer to the report's own cells; it only appends to the
 * parts it shares with the user, and a refresh rewrites only its own chart parts.
 */
import { zipSync, strToU8 } from 'fflate';
import { buildReport } from '../../src/core/report/build-report';
import { defaultTemplate } from '../../src/core/report/default-template';
import { reportGrid } from '../../src/core/layout/report-grid';
import { withVarianceCharts } from '../../src/core/charts';
import type { ReportGrid } from '../../src/core/grid';
import { addGridsToWorkbook } from '../../src/io/xlsx/add-grids';
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';
import { lostElements, partText, unzipParts, xmlElements } from '../helpers/package-parts';
import { chartLedger as ledger } from '../helpers/chart-ledger';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';

function input(): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([n, t]) => [n, strToU8(t)])));
}

function grid(by?: string): ReportGrid {
  const report = buildReport(ledger, defaultTemplate(false), { forecast: 'linear', signs: 'costs-negative', unit: 'tkr', ...(by ? { by } : {}) });
  return withVarianceCharts(reportGrid(report, { lang: 'sv' }), report, 'sv');
}

/** Throws unless the text is one well-formed element tree (balanced, properly nested tags). */
function wellFormed(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  for (const m of xml.replace(/<\?[\s\S]*?\?>/g, '').matchAll(/<(\/?)([^\s/>]+)[^>]*?(\/?)>/g)) {
    if (m[1] === '/') {
      if (stack.pop() !== m[2]) throw new Error(`</${m[2]}> does not close its element`);
    } else {
      if (stack.length === 0) roots += 1;
      if (m[3] !== '/') stack.push(m[2]);
    }
  }
  if (stack.length > 0 || roots !== 1) throw new Error(`unbalanced: ${stack.join('/')} roots=${roots}`);
}

const refsOf = (xml: string): string[] => xmlElements(xml).filter((e) => e.path.endsWith('/c:f')).map((e) => e.text);

describe('variance charts in the package', () => {
  it('writes a drawing and a chart part whose references are the report cells (hand-checked)', async () => {
    const out = unzipParts(await addGridsToWorkbook(input(), [grid()], 'insert'));
    // Grid rows (0-based): 0–3 headings, 4–14 the lines (income … result), 15 blank, 16 forecast
    // note, 17 unverified note, 18 blank, 19 the data heading (sheet row 20), 20–26 the seven
    // charted lines (sheet rows 21–27): categories in A, Avvikelse perioden in B, prognos in C.
    const chart = partText(out, 'xl/charts/chart1.xml');
    expect(refsOf(chart)).toEqual([
      "'Rapport 2025-01'!$B$20", "'Rapport 2025-01'!$A$21:$A$27", "'Rapport 2025-01'!$B$21:$B$27",
      "'Rapport 2025-01'!$C$20", "'Rapport 2025-01'!$A$21:$A$27", "'Rapport 2025-01'!$C$21:$C$27",
    ]);
    const els = xmlElements(chart);
    const attr = (path: string, a = 'val'): string | undefined => els.find((e) => e.path.endsWith(path))?.attrs.get(a);
    expect([attr('c:barChart/c:barDir'), attr('c:barChart/c:grouping'), attr('c:catAx/c:scaling/c:orientation'), attr('c:valAx/c:numFmt', 'formatCode'), attr('c:valAx/c:numFmt', 'sourceLinked')]).toEqual([
      'bar', 'clustered', 'maxMin', '[>=500]#,##0,;[<=-500]-#,##0,;0,', '0',
    ]);
    expect(els.filter((e) => e.path.endsWith('c:title/c:tx/c:rich/a:p/a:r/a:t')).map((e) => e.text)).toEqual(['Avvikelse mot budget per rad']);
    expect(els.some((e) => e.path === 'c:chartSpace/c:chart/c:legend')).toBe(true);
    // What the references read: the data block's cells are formulas pointing at the table.
    const sheet = partText(out, 'xl/worksheets/sheet2.xml');
    expect(sheet).toContain('<c r="A21" s="');
    expect(/<c r="A21"[^>]*><f>A5<\/f><\/c>/.test(sheet)).toBe(true); // income, sheet row 5
    // Columns: A label, B Budget år, C Budget period, D Utfall, E Avvikelse perioden, F Prognos, G Avvikelse prognos.
    expect(/<c r="B21"[^>]*><f>E5<\/f><\/c>/.test(sheet)).toBe(true); // income's period deviation
    expect(/<c r="C27"[^>]*><f>G12<\/f><\/c>/.test(sheet)).toBe(true); // net (grid row 11, sheet row 12): forecast deviation
    for (const part of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/worksheets/_rels/sheet2.xml.rels', 'xl/worksheets/sheet2.xml', '[Content_Types].xml']) wellFormed(partText(out, part));
  });

  it('wires the parts: sheet → drawing → chart, content types appended, anchor beside the table', async () => {
    const before = unzipParts(input());
    const out = unzipParts(await addGridsToWorkbook(input(), [grid('Ansvar')], 'insert'));
    const sheet = partText(out, 'xl/worksheets/sheet2.xml');
    expect(sheet).toMatch(/<pageSetup [^>]*\/><drawing r:id="rId1"\/><\/worksheet>$/);
    expect(partText(out, 'xl/worksheets/_rels/sheet2.xml.rels')).toContain(`<Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`);
    const drawingRels = partText(out, 'xl/drawings/_rels/drawing1.xml.rels');
    expect(drawingRels).toContain(`<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/>`);
    expect(drawingRels).toContain(`<Relationship Id="rId2" Type="${REL}/chart" Target="../charts/chart2.xml"/>`);
    const drawing = xmlElements(partText(out, 'xl/drawings/drawing1.xml'));
    expect(drawing.filter((e) => e.path.endsWith('xdr:cNvPr')).map((e) => e.attrs.get('name'))).toEqual(['KR_Chart_KR_Rapport_2025_01_Ansvar_1', 'KR_Chart_KR_Rapport_2025_01_Ansvar_2']);
    // The table is 12 columns wide (A–L): the first chart starts at column O (index 14), row 1.
    expect(drawing.filter((e) => e.path.endsWith('xdr:from/xdr:col')).map((e) => e.text)).toEqual(['14', '14']);
    expect(drawing.filter((e) => e.path.endsWith('xdr:from/xdr:row')).map((e) => e.text)[0]).toBe('0');
    const types = partText(out, '[Content_Types].xml');
    for (const p of ['/xl/drawings/drawing1.xml', '/xl/charts/chart1.xml', '/xl/charts/chart2.xml']) expect(types).toContain(`<Override PartName="${p}"`);
    expect(lostElements(partText(before, '[Content_Types].xml'), types)).toEqual([]);
    // The block chart reads the summary rows of the breakdown, straight from the table.
    const g = grid('Ansvar');
    const r = (g.rowKeys ?? []).indexOf('summary:110') + 1;
    expect(refsOf(partText(out, 'xl/charts/chart2.xml'))[1]).toBe(`'Rapport 2025-01 Ansvar'!$A$${r}:$A$${r + 1}`);
    // The workbook still reads (our reader ignores drawings) and the data rows are in the block.
    const snap = await readWorkbookBuffer(await addGridsToWorkbook(input(), [grid()], 'insert'));
    expect(snap.sheets.map((s) => s.name)).toEqual(['Data', 'Rapport 2025-01']);
  });

  it('on refresh rewrites only its own chart parts and leaves the drawing and a chart of the user as they are', async () => {
    const once = unzipParts(await addGridsToWorkbook(input(), [grid()], 'insert'));
    // The user adds a chart of their own to the same drawing (as Excel would: one drawing per sheet).
    const userChart = '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea/></c:chart></c:chartSpace>';
    const drawing = partText(once, 'xl/drawings/drawing1.xml').replace(
      '</xdr:wsDr>',
      '<xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>40</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>55</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="9" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="' + REL + '" r:id="rId9"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>',
    );
    once.set('xl/drawings/drawing1.xml', strToU8(drawing));
    once.set('xl/charts/chart9.xml', strToU8(userChart));
    once.set('xl/drawings/_rels/drawing1.xml.rels', strToU8(partText(once, 'xl/drawings/_rels/drawing1.xml.rels').replace('</Relationships>', `<Relationship Id="rId9" Type="${REL}/chart" Target="../charts/chart9.xml"/></Relationships>`)));
    // Our chart part made stale, as if its ranges had moved.
    once.set('xl/charts/chart1.xml', strToU8(partText(once, 'xl/charts/chart1.xml').replace(/\$21:/g, '$99:')));
    const twice = unzipParts(await addGridsToWorkbook(zipSync(Object.fromEntries(once)), [grid()], 'refresh'));
    expect(refsOf(partText(twice, 'xl/charts/chart1.xml'))[1]).toBe("'Rapport 2025-01'!$A$21:$A$27");
    for (const p of ['xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart9.xml', 'xl/worksheets/_rels/sheet2.xml.rels']) expect([p, partText(twice, p)]).toEqual([p, partText(once, p)]);
    expect([...twice.keys()].filter((k) => k.includes('chart') || k.includes('drawing')).sort()).toEqual([...once.keys()].filter((k) => k.includes('chart') || k.includes('drawing')).sort());
    expect(partText(twice, 'xl/worksheets/sheet2.xml').match(/<drawing /g)).toHaveLength(1);
  });

  it('adds the charts on refresh of a report written without them, in schema order before the notes drawing', async () => {
    const report = buildReport(ledger, defaultTemplate(false), { forecast: 'linear', signs: 'costs-negative', unit: 'tkr' });
    const once = unzipParts(await addGridsToWorkbook(input(), [reportGrid(report, { lang: 'sv' })], 'insert'));
    expect([...once.keys()].some((k) => k.includes('drawing') || k.includes('chart'))).toBe(false);
    // The user's notes: a legacy drawing after pageSetup (its relationship as Excel writes it).
    const sheetBefore = partText(once, 'xl/worksheets/sheet2.xml').replace('</worksheet>', '<legacyDrawing r:id="rId1"/></worksheet>');
    once.set('xl/worksheets/sheet2.xml', strToU8(sheetBefore));
    once.set('xl/worksheets/_rels/sheet2.xml.rels', strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`));
    once.set('xl/drawings/vmlDrawing1.vml', strToU8('<xml/>'));
    const twice = unzipParts(await addGridsToWorkbook(zipSync(Object.fromEntries(once)), [grid()], 'refresh'));
    const sheet = partText(twice, 'xl/worksheets/sheet2.xml');
    expect(sheet).toMatch(/<drawing r:id="rId2"\/><legacyDrawing r:id="rId1"\/><\/worksheet>$/);
    const rels = partText(twice, 'xl/worksheets/_rels/sheet2.xml.rels');
    expect(lostElements(partText(once, 'xl/worksheets/_rels/sheet2.xml.rels'), rels)).toEqual([]);
    expect(rels).toContain(`<Relationship Id="rId2" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`);
    expect(partText(twice, 'xl/drawings/vmlDrawing1.vml')).toBe('<xml/>');
    expect(refsOf(partText(twice, 'xl/charts/chart1.xml'))[1]).toBe("'Rapport 2025-01'!$A$21:$A$27");
    wellFormed(sheet);
  });
});

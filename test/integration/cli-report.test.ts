import { existsSync, mkdtempSync, rmSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportCommand, defaultOut } from '../../src/cli/commands/report';
import { asMacroWorkbook, vbaProjectBytes } from '../helpers/xlsm-sample';
import { openPackage } from '../../src/io/xlsx/pkg/package';
import type { CliIo } from '../../src/cli/io';
import { readWorkbookFile } from '../../src/io/xlsx/read-file';
import * as ExcelJS from 'exceljs';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'kommunstyrelsen-2025.xlsx');

function capture(): { io: CliIo; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => void out.push(t), err: (t) => void err.push(t) }, out: () => out.join('\n'), err: () => err.join('\n') };
}

jest.setTimeout(60_000);

describe('kommunrapport report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kr-cli-report-'));
  const input = join(dir, 'ks.xlsx');
  beforeAll(() => copyFileSync(EXAMPLE, input));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints exactly the documented JSON shape, in kronor and the chosen convention', async () => {
    const c = capture();
    const code = await reportCommand.run([input, '--json', '--through', '2025-06', '--forecast', 'linear', '--unit', 'mnkr', '--out', join(dir, 'a.xlsx')], c.io);
    expect(code).toBe(0);
    const j = JSON.parse(c.out());
    expect(Object.keys(j)).toEqual(['year', 'through', 'unit', 'signs', 'forecastMethod', 'columns', 'lines', 'checks', 'issues', 'commentary']);
    expect([j.year, j.through, j.unit, j.signs, j.forecastMethod]).toEqual([2025, '2025-06', 'mnkr', 'costs-negative', 'linear']);
    expect(j.columns.map((c: { id: string }) => c.id)).toEqual([
      'budgetYear', 'budgetPeriod', 'actualPeriod', 'variancePeriod', 'forecastYear', 'varianceYear', 'actualPriorPeriod', 'changePeriod', 'actualPriorYear', 'utilisation',
    ]);
    for (const line of j.lines) expect(Object.keys(line)).toEqual(['id', 'label', 'type', 'level', 'values']);
    const personnel = j.lines.find((l: { id: string }) => l.id === 'personnel');
    expect(personnel.values.actualPeriod).toBeLessThan(-1_000_000); // kronor, costs negative
    expect(personnel.values.forecastYear).toBeCloseTo(personnel.values.actualPeriod * 2, 4); // linear, 12/6
    expect(j.checks.every((ch: { ok: boolean }) => ch.ok)).toBe(true);
  });

  it('carries the drafted commentary: topics, blocks, text in the --unit while the amounts stay kronor', async () => {
    const c = capture();
    const code = await reportCommand.run([input, '--json', '--through', '2025-06', '--unit', 'mnkr', '--by', 'Ansvar', '--out', join(dir, 'commentary.xlsx')], c.io);
    expect(code).toBe(0);
    const j = JSON.parse(c.out());
    const topics = j.commentary.map((p: { topic: string }) => p.topic);
    expect(topics.slice(0, 4)).toEqual(['net', 'income', 'costs', 'forecast']);
    for (const p of j.commentary) expect(Object.keys(p).filter((k) => k !== 'block')).toEqual(['topic', 'text']);
    // One paragraph per Ansvar block, about its net line.
    const blocks = j.commentary.filter((p: { block?: string }) => p.block !== undefined);
    expect(blocks.map((p: { block: string }) => p.block)).toEqual(j.breakdown.blocks.map((b: { key: string }) => b.key));
    expect(blocks[0].text).toMatch(/^Ansvar 1000: Avvikelse mellan budget och utfall för perioden, [+\u2212]?\d+,\d\u00a0mnkr\. Prognosavvikelse, /);
    // The net paragraph names the net in mnkr with one decimal: the JSON's own kronor, rounded.
    const net = j.lines.find((l: { id: string }) => l.id === 'net');
    const mnkr = (Math.round(Math.abs(net.values.actualPeriod) / 100_000) / 10).toFixed(1).replace('.', ',');
    expect(j.commentary[0].text.replace(/\u00a0/g, ' ')).toContain(`uppgår under perioden till ${mnkr.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} mnkr`);
  });

  it('adds a breakdown with --by and flips signs with --signs income-negative', async () => {
    const c = capture();
    await reportCommand.run([input, '--json', '--by', 'Ansvar', '--signs', 'income-negative', '--out', join(dir, 'b.xlsx')], c.io);
    const j = JSON.parse(c.out());
    expect(j.breakdown.dimension).toBe('Ansvar');
    expect(j.breakdown.blocks.map((b: { key: string }) => b.key)).toEqual(['1000', '1100', '1200', '1300', '1400', '1500']);
    const personnel = j.lines.find((l: { id: string }) => l.id === 'personnel');
    expect(personnel.values.actualPeriod).toBeGreaterThan(0);
  });

  it('prints the table in tkr with Swedish number display and writes <input>-rapport.xlsx by default', async () => {
    const c = capture();
    const code = await reportCommand.run([input], c.io);
    expect(code).toBe(0);
    expect(c.out()).toMatch(/Verksamhetens kostnader\s+-\d{1,3}\u00a0\d{3}/);
    expect(c.out()).toContain('Belopp i tkr');
    expect(c.out()).toContain('Kommentar (utkast från Kommunrapport');
    expect(c.out()).toMatch(/Verksamhetens nettokostnad uppgår under perioden till \d{1,3}(\u00a0\d{3})*\u00a0tkr/);
    const out = defaultOut(input);
    expect(out).toBe(join(dir, 'ks-rapport.xlsx'));
    const written = await readWorkbookFile(out);
    // The report, and the add-in's hidden forecast-history sheet (docs/followup.md).
    expect(written.sheets.map((s) => [s.name, s.visibility ?? 'visible'])).toEqual([
      ['Huvudbok', 'visible'],
      ['Rapport 2025-08', 'visible'],
      ['Prognoshistorik', 'hidden'],
    ]);
    expect(written.definedNames?.some((n) => n.name === 'KR_Rapport_2025_08')).toBe(true);
  });

  it('names the default copy of a macro workbook .xlsm, since its package stays macro-enabled', () => {
    expect(defaultOut(join(dir, 'ks.xlsm'))).toBe(join(dir, 'ks-rapport.xlsm'));
    expect(defaultOut(join(dir, 'KS.XLSM'))).toBe(join(dir, 'KS-rapport.xlsm'));
    expect(defaultOut(join(dir, 'ks.XLSX'))).toBe(join(dir, 'ks-rapport.xlsx'));
  });

  it('writes a macro workbook to an .xlsm copy with its macros, and says so; warns when --out names it .xlsx', async () => {
    const xlsm = join(dir, 'ks.xlsm');
    writeFileSync(xlsm, asMacroWorkbook(new Uint8Array(readFileSync(input))));
    const c = capture();
    expect(await reportCommand.run([xlsm], c.io)).toBe(0);
    expect(c.out()).toContain('Makrona (VBA-projektet) följde med oförändrade.');
    const written = openPackage(new Uint8Array(readFileSync(join(dir, 'ks-rapport.xlsm'))));
    expect(Buffer.from(written.data('xl/vbaProject.bin')).equals(vbaProjectBytes())).toBe(true);
    const d = capture();
    expect(await reportCommand.run([xlsm, '--out', join(dir, 'ks-makro.xlsx'), '--lang', 'en'], d.io)).toBe(0);
    expect(d.out()).toContain('Rename ks-makro.xlsx to end in .xlsm, or Excel will not open it.');
  });

  it('refuses to overwrite the input and rejects a bad period with exit code 2', async () => {
    const c = capture();
    expect(await reportCommand.run([input, '--out', input], c.io)).toBe(2);
    expect(c.err()).toContain('indatafilen');
    expect(await reportCommand.run([input, '--through', 'augusti'], c.io)).toBe(2);
    expect(await reportCommand.run([input, '--forecast', 'gissning'], c.io)).toBe(2);
    expect(await reportCommand.run([join(dir, 'saknas.xlsx')], c.io)).toBe(2);
  });

  it('accepts --period as the same as --through, the spelling the ledger messages give', async () => {
    const c = capture();
    expect(await reportCommand.run([input, '--json', '--period', '2025-06', '--out', join(dir, 'p.xlsx')], c.io)).toBe(0);
    expect(JSON.parse(c.out()).through).toBe('2025-06');
    const both = capture();
    expect(await reportCommand.run([input, '--json', '--period', '2025-06', '--through', '2025-06', '--out', join(dir, 'p.xlsx')], both.io)).toBe(0);
    const clash = capture();
    expect(await reportCommand.run([input, '--period', '2025-06', '--through', '2025-07'], clash.io)).toBe(2);
    expect(clash.err()).toContain('säger olika saker');
    const bad = capture();
    expect(await reportCommand.run([input, '--period', 'sommaren', '--lang', 'en'], bad.io)).toBe(2);
    expect(bad.err()).toBe('The period "sommaren" cannot be read. Write it as 2025-08.');
  });

  it('an output folder that cannot be made is the unwritable message with exit code 2, not a crash', async () => {
    // The input file itself stands where a folder would have to be created: ENOTDIR.
    const c = capture();
    const out = join(input, 'under-en-fil', 'r.xlsx');
    expect(await reportCommand.run([input, '--out', out], c.io)).toBe(2);
    expect(c.err()).toBe('Filen "r.xlsx" kunde inte sparas (ENOTDIR). Stäng filen om den är öppen i Excel, kontrollera att mappen finns och att du får skriva där, och försök igen.');
  });

  it('exits 1 and writes nothing for an unknown --by dimension', async () => {
    const c = capture();
    const out = join(dir, 'c.xlsx');
    expect(await reportCommand.run([input, '--by', 'Projekt', '--out', out, '--lang', 'en'], c.io)).toBe(1);
    expect(c.out()).toContain('has no dimension "Projekt"');
    expect(existsSync(out)).toBe(false);
  });
  it('says which comment a refresh could not write back, because its line is gone (Swedish and English)', async () => {
    const first = join(dir, 'kommentar-1.xlsx');
    expect(await reportCommand.run([input, '--out', first], capture().io)).toBe(0);
    // The user inserts a row of their own into the report block, with a comment, and widens the name.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(first) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Rapport 2025-08') as ExcelJS.Worksheet;
    let header = 0;
    let commentCol = 0;
    ws.eachRow((row, r) => row.eachCell((cell, c) => void (cell.value === 'Kommentar' && header === 0 ? ((header = r), (commentCol = c)) : undefined)));
    expect(commentCol).toBeGreaterThan(0);
    // Below the header and the first line: inside the block.
    ws.insertRow(header + 2, []);
    ws.getCell(header + 2, 1).value = 'Egen rad';
    ws.getCell(header + 2, commentCol).value = 'Min anteckning';
    const names = wb.definedNames.model as { name: string; ranges: string[] }[];
    wb.definedNames.model = names.map((n) => (n.name === 'KR_Rapport_2025_08' ? { ...n, ranges: n.ranges.map((r) => r.replace(/\$(\d+)$/, (_, row: string) => `$${Number(row) + 1}`)) } : n));
    const edited = join(dir, 'kommentar-2.xlsx');
    writeFileSync(edited, new Uint8Array(await wb.xlsx.writeBuffer()));
    const sv = capture();
    expect(await reportCommand.run([edited, '--out', join(dir, 'kommentar-3.xlsx')], sv.io)).toBe(0);
    expect(sv.err()).toContain("Kommentaren till 'Egen rad' hör till en rad som inte längre finns i rapporten: 'Min anteckning'. Den har inte skrivits tillbaka; kopiera den om du vill behålla den.");
    const en = capture();
    expect(await reportCommand.run([edited, '--out', join(dir, 'kommentar-4.xlsx'), '--lang', 'en', '--json'], en.io)).toBe(0);
    // On stderr: the --json output on stdout stays parseable.
    expect(JSON.parse(en.out()).year).toBe(2025);
    expect(en.err()).toContain("The comment on 'Egen rad' belongs to a line that is no longer in the report: 'Min anteckning'.");
  });
});

import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertCommand } from '../../src/cli/commands/convert';
import { reportCommand } from '../../src/cli/commands/report';
import { validateCommand } from '../../src/cli/commands/validate';
import type { CliIo } from '../../src/cli/io';
import { readWorkbookFile } from '../../src/io/xlsx/read-file';
import { readLedger } from '../../src/core/ledger';
import { readSie } from '../../src/core/sie';
import { runReport } from '../../src/core/report/run-report';
import { reportJson } from '../../src/core/report/report-json';
import { AMOUNT_KIND } from '../../src/core/ledger/types';
import { recalcSheetsToCsv } from '../helpers/libreoffice';
import { newWorkbookBytes } from '../../src/io/xlsx/new-workbook';

/** The CLI on SIE files: convert, validate, report; and a Kommun-Bas SIE file made from a ledger fixture. */
const SIE = join(__dirname, '..', 'fixtures', 'sie');
const CLEAN = join(__dirname, '..', 'fixtures', 'ledger', 'clean-long.xlsx');

function capture(): { io: CliIo; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => void out.push(t), err: (t) => void err.push(t) }, out: () => out.join('\n'), err: () => err.join('\n') };
}

jest.setTimeout(180_000);

describe('kommunrapport on SIE files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kr-cli-sie-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const copy = (name: string, as = name): string => {
    copyFileSync(join(SIE, name), join(dir, as));
    return join(dir, as);
  };

  it('convert writes a Huvudbok workbook LibreOffice opens, with the figures of the file', async () => {
    const input = copy('typ4.se');
    const out = join(dir, 'typ4.xlsx');
    const c = capture();
    expect(await convertCommand.run([input, '--out', out], c.io)).toBe(0);
    const csv = await recalcSheetsToCsv(out);
    const rows = Object.values(csv)[0];
    expect(rows[0]).toEqual(['Konto', 'Kontotext', 'Period', 'Kostnadsställe', 'Utfall', 'Budget']);
    // typ4.se lines 981–1027: 3010 in January 2012 is -3000.00 -35.00 -800.00 -5000.00 -427.50 = -9262.50
    expect(rows).toContainEqual(['3010', 'Försäljning material', '201201', '', '-9262.5', '']);
    // Every row of the sheet is a row of the reader's Huvudbok, nothing added or lost.
    const expected = readSie(new Uint8Array(readFileSync(join(SIE, 'typ4.se')))).snapshot!.sheets[0].values;
    expect(rows.filter((r) => r.some((v) => v !== '')).length).toBe(expected.length);
  });

  it.each(['periodsaldo_ovnbolag.se', 'objektsaldo_ovnbolag.se', 'magenta_bokföring_SIE4E.se', 'Sie4.si', 'SIE4_Exempelfil_med_underdim.SE', 'MAMUT_SIE1_EXPORT.SE'])(
    'convert of %s opens in LibreOffice with every cell of the ledger',
    async (name) => {
      const input = copy(name);
      const out = join(dir, `${name}.xlsx`);
      expect(await convertCommand.run([input, '--out', out], capture().io)).toBe(0);
      const rows = Object.values(await recalcSheetsToCsv(out))[0].filter((r) => r.some((v) => v !== ''));
      const expected = readSie(new Uint8Array(readFileSync(input))).snapshot!.sheets[0].values.map((r) => r.map((v) => (v === null ? '' : String(v))));
      expect(rows).toEqual(expected);
    },
  );

  it('convert output read back through the workbook reader gives the ledger the SIE reader gives', async () => {
    const input = copy('objektsaldo_ovnbolag.se');
    const out = join(dir, 'obj.xlsx');
    expect(await convertCommand.run([input, '--out', out], capture().io)).toBe(0);
    const direct = readSie(new Uint8Array(readFileSync(input)));
    const a = readLedger(direct.snapshot!, { roles: direct.roles }).ledger!;
    const b = readLedger(await readWorkbookFile(out), { roles: direct.roles }).ledger!;
    expect(b.size).toBe(a.size);
    expect(Array.from(b.amount)).toEqual(Array.from(a.amount));
    expect(Array.from(b.period)).toEqual(Array.from(a.period));
    expect(Object.keys(b.dimensions)).toEqual(Object.keys(a.dimensions));
  });

  it('convert --balance keeps the balance accounts too', async () => {
    const input = copy('typ4.se', 'typ4b.se');
    const out = join(dir, 'typ4b.xlsx');
    expect(await convertCommand.run([input, '--balance', '--out', out], capture().io)).toBe(0);
    const accounts = (await readWorkbookFile(out)).sheets[0].values.slice(1).map((r) => String(r[0]));
    expect(accounts.some((a) => a.startsWith('1'))).toBe(true);
    expect(accounts.some((a) => a.startsWith('3'))).toBe(true);
  });

  it('convert writes text from the file as text, never as a formula', async () => {
    const input = join(dir, 'hostile.se');
    const lines = ['#FLAGGA 0', '#RAR 0 20250101 20251231', '#KONTO 3010 "=HYPERLINK(\\"http://x\\";\\"klicka\\")"', '#KONTO 5010 "<b>&amp;</b>"', '#PSALDO 0 202501 3010 {} -1.00', '#PSALDO 0 202501 5010 {} 1.00'];
    writeFileSync(input, lines.join('\r\n'), 'latin1');
    const out = join(dir, 'hostile.xlsx');
    expect(await convertCommand.run([input, '--out', out], capture().io)).toBe(0);
    const sheet = (await readWorkbookFile(out)).sheets[0];
    expect(sheet.values[1][1]).toBe('=HYPERLINK("http://x";"klicka")');
    expect(sheet.values[2][1]).toBe('<b>&amp;</b>');
    expect((sheet.formulas ?? []).flat().filter((f) => f !== '')).toEqual([]);
  });

  it('report on an SIE file refuses --in-place (the report goes to a new workbook)', async () => {
    const c = capture();
    expect(await reportCommand.run([copy('typ4.se', 'inplace.se'), '--in-place'], c.io)).toBe(2);
    expect(c.err()).toContain('--out');
    expect(existsSync(join(dir, 'inplace-rapport.xlsx'))).toBe(false);
  });

  it('validate refuses an HTML page saved as .SE plainly (exit 2, no stack trace)', async () => {
    const c = capture();
    expect(await validateCommand.run([copy('BokSald.SE')], c.io)).toBe(2);
    expect(c.err()).toContain('ingen SIE-fil');
    expect(c.err()).not.toMatch(/at .*\.js:\d+/);
  });

  it('validate and report read an SIE file whatever its name says (content decides)', async () => {
    const renamed = copy('periodsaldo_ovnbolag.se', 'export.txt');
    const c = capture();
    expect(await validateCommand.run([renamed, '--lang', 'en'], c.io)).toBe(0);
    expect(c.out()).toContain("Ledger: sheet 'Huvudbok'");
    const out = join(dir, 'ps-rapport.xlsx');
    const r = capture();
    expect(await reportCommand.run([renamed, '--through', '2011-03', '--out', out], r.io)).toBe(0);
    expect(existsSync(out)).toBe(true);
    const sheets = (await readWorkbookFile(out)).sheets.map((s) => s.name);
    expect(sheets[0]).toBe('Huvudbok');
    expect(sheets.some((s) => s.startsWith('Rapport'))).toBe(true);
  });
});

describe('a Kommun-Bas SIE file made from the clean-long ledger fixture', () => {
  /** Writes the fixture's ledger as SIE type 3: #DIM 20 Ansvar, 21 Motpart, #PSALDO and #PBUDGET per row. */
  async function sieFromFixture(): Promise<string> {
    const ledger = readLedger(await readWorkbookFile(CLEAN)).ledger!;
    const dims = Object.keys(ledger.dimensions);
    const lines = ['#FLAGGA 0', '#FORMAT PC8', '#SIETYP 3', '#PROGRAM "test" 1', '#RAR 0 20250101 20251231', '#RAR -1 20240101 20241231'];
    dims.forEach((d, i) => lines.push(`#DIM ${20 + i} "${d}"`));
    ledger.accounts.forEach((a, i) => lines.push(`#KONTO ${a} "${ledger.accountTexts[i]}"`));
    for (let e = 0; e < ledger.size; e++) {
      const period = ledger.period[e];
      const year = Math.floor(period / 100) === 2025 ? 0 : -1;
      const objects = dims
        .map((d, i) => ({ dim: 20 + i, value: ledger.dimensions[d].values[ledger.dimensions[d].index[e]] }))
        .filter((o) => o.value !== '')
        .map((o) => `${o.dim} "${o.value}"`)
        .join(' ');
      const label = ledger.kind[e] === AMOUNT_KIND.budget ? '#PBUDGET' : '#PSALDO';
      lines.push(`${label} ${year} ${period} ${ledger.accounts[ledger.account[e]]} {${objects}} ${ledger.amount[e].toFixed(2)}`);
    }
    return lines.join('\r\n');
  }

  it('gives the same report as the workbook', async () => {
    const text = await sieFromFixture();
    const sie = readSie(new TextEncoder().encode(text));
    expect(sie.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    const fromSie = runReport(sie.snapshot!, { roles: sie.roles, year: 2025, throughMonth: 3 });
    const fromBook = runReport(await readWorkbookFile(CLEAN), { year: 2025, throughMonth: 3 });
    expect(fromSie.report).not.toBeNull();
    const a = reportJson(fromSie.report!, [], 'sv');
    expect(a).toEqual(reportJson(fromBook.report!, [], 'sv'));
    // Not two empty reports: the fixture's hand sum, actual 2025 jan–mar = 12 900 kr (its expected.json), is in there.
    const actual = a.lines.flatMap((l) => Object.entries(l.values).filter(([k, v]) => k.startsWith('actual') && v !== null && v !== 0));
    expect(actual.length).toBeGreaterThan(0);
    expect(fromSie.ledger!.size).toBe(fromBook.ledger!.size);
  });
});

describe('report structure for SIE files and others: --chart, #KPTYP, --template', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kr-cli-chart-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const input = join(dir, 'ps.se');
  beforeAll(() => copyFileSync(join(SIE, 'periodsaldo_ovnbolag.se'), input));

  /** Independent: #PSALDO year 0, January–March 2011, accounts whose first two digits are in [from, to]. */
  function psaldo(from: number, to: number): number {
    let ore = 0;
    for (const l of readFileSync(input, 'latin1').split(/\r?\n/)) {
      const x = /^#PSALDO 0 20110[1-3] (\d\d)\d* \{\} (-?)(\d+)\.(\d\d)/.exec(l);
      if (x && Number(x[1]) >= from && Number(x[1]) <= to) ore += (x[2] ? -1 : 1) * (Number(x[3]) * 100 + Number(x[4]));
    }
    return ore;
  }

  async function reportLines(args: string[]): Promise<{ code: number; json: { lines: { id: string; label: string; values: Record<string, number | null> }[]; issues: { code: string; message: { sv: string } }[] } }> {
    const c = capture();
    const code = await reportCommand.run([...args, '--json', '--unit', 'kr', '--through', '2011-03', '--out', join(dir, `r${Math.random()}.xlsx`)], c.io);
    return { code, json: JSON.parse(c.out()) };
  }

  it('#KPTYP EUBAS97 gives the BAS template for bolag; Nettoomsättning is the sum of groups 30–37', async () => {
    const { code, json } = await reportLines([input]);
    expect(code).toBe(0);
    const sales = json.lines.find((l) => l.label === 'Nettoomsättning')!;
    // costs-negative: income shows positive, so the bookkeeping sum is negated.
    expect(Math.round(sales.values.actualPeriod! * 100)).toBe(-psaldo(30, 37));
    const staff = json.lines.find((l) => l.label === 'Personalkostnader')!;
    expect(Math.round(staff.values.actualPeriod! * 100)).toBe(-psaldo(70, 76));
    expect(json.issues.find((i) => i.code === 'chart.chosen')!.message.sv).toContain('EUBAS97');
  });

  it('--chart kommunbas overrides the file and says so', async () => {
    const { json } = await reportLines([input, '--chart', 'kommunbas']);
    expect(json.lines.map((l) => l.label)).toContain('Verksamhetens intäkter');
    expect(json.issues.find((i) => i.code === 'chart.chosen')!.message.sv).toContain('--chart');
  });

  it('--template takes the Rapportstruktur sheet of another workbook', async () => {
    const structure = join(dir, 'struktur.xlsx');
    writeFileSync(
      structure,
      newWorkbookBytes([
        {
          name: 'Rapportstruktur',
          values: [
            ['Id', 'Rubrik', 'Typ', 'Konton', 'Summa av'],
            ['in', 'Alla intäkter', 'konton', '3', null],
            ['ut', 'Alla kostnader', 'konton', '4-8', null],
            ['res', 'Resultat', 'summa', null, 'in;ut'],
          ],
        },
      ]),
    );
    const { code, json } = await reportLines([input, '--template', structure]);
    expect(code).toBe(0);
    expect(json.lines.map((l) => l.label)).toEqual(['Alla intäkter', 'Alla kostnader', 'Resultat']);
    expect(Math.round(json.lines[0].values.actualPeriod! * 100)).toBe(-psaldo(30, 39));
  });

  it('--template naming a workbook without Rapportstruktur is a usage error that says so', async () => {
    const c = capture();
    const code = await reportCommand.run([input, '--template', join(SIE, '..', 'ledger', 'clean-long.xlsx')], c.io);
    expect(code).toBe(2);
    expect(c.err()).toContain('Rapportstruktur');
  });
});

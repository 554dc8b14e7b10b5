/**
 * Fidelity (issue 11): workbooks from four producers (openpyxl, xlsxwriter, LibreOffice,
 * hand-written parts; test/fixtures/fidelity/make-fidelity.js) carrying charts, a chartsheet,
 * images, notes, threaded comments, tables, data validation, conditional formats, a pivot table
 * with its cache, a slicer, hyperlinks, sheet protection, print areas, defined names of every
 * scope and macros go through the CLI's insert (`report --out`) and refresh (`report --in-place`
 * on the copy, after a Kommentar was typed into the report). Asserted on every file:
 *  (a) every part outside the five edited ones is byte-identical after unzipping (calcChain may go);
 *  (b) the edited parts keep every original element with its attributes (the writer only appends);
 *  (c) LibreOffice opens the inserted and the refreshed file and shows the report's values (hand-computed below);
 *  (d) the .xlsm stays an .xlsm with vbaProject.bin byte-identical;
 *  (e) refresh keeps the Kommentar typed into the report sheet.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseCsv } from '../helpers/libreoffice';
import type { CliRun } from '../helpers/run-cli';
import { describeRun, runCli, stackTraceSigns } from '../helpers/run-cli';
import type { Parts } from '../helpers/package-parts';
import { partText, sameBytes, sheetCellsOf, sheetParts, typeIntoCell, unzipParts, zipParts } from '../helpers/package-parts';
import { DROPPABLE, EDITED_PARTS, changedParts, lostInEditedParts } from '../helpers/fidelity-check';

// The generator is plain CommonJS (run by node directly); typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeFidelity } = require('../fixtures/fidelity/make-fidelity.js') as { makeFidelity(dir: string): { file: string; producer: string; path: string }[] };

jest.setTimeout(240_000);

/**
 * Every fixture's ledger (make_python.py, handmade.js): accounts 3110 Taxor och avgifter
 * (−1 200 utfall, −1 000 budget a month), 4010 Material (2 000 / 2 100), 5010 Löner
 * (40 000 / 41 000), 6110 Lokalhyra (5 000 / 5 000), ansvar 100, months 2025-01..03.
 * The default report (through March, costs negative, tkr shown but kronor stored):
 *   Personalkostnader utfall jan–mar  = −(3 × 40 000)           = −120 000
 *   Personalkostnader budget jan–mar  = −(3 × 41 000)           = −123 000
 *   Avvikelse perioden (utfall − budget) = −120 000 − (−123 000) =    3 000
 *   Årets resultat utfall = 3 × 1 200 − 3 × (2 000 + 40 000 + 5 000) = 3 600 − 141 000 = −137 400
 */
const REPORT_SHEET = 'Rapport 2025-03';
const PERSONNEL = 'Personalkostnader (inkl. PO)';
const RESULT = 'Årets resultat';
const COMMENT = 'Löneökningen beror på retroaktiv lön (kontrollerat 10 april).';
/** Small files, but CI has two cores shared with other suites: a generous limit, so a slow machine is not a failure. */
const SLOW = { timeoutMs: 90_000 };

type Outcome = {
  readonly id: string;
  readonly ext: string;
  readonly input: Parts;
  readonly insertRun: CliRun;
  readonly insertArgs: string[];
  readonly inserted: Parts | null;
  readonly typed: Parts | null;
  readonly refreshRun: CliRun | null;
  readonly refreshed: Parts | null;
  readonly insertedPath: string;
  readonly refreshedPath: string;
};

let dir = '';
let fixtures: { id: string; producer: string; path: string }[] = [];
const outcomes = new Map<string, Outcome>();
const csv: Record<string, string[][]> = {};
let csvError = '';

const idOf = (file: string): string => file.replace(/\.xlsx$/, '').replace(/\.xlsm$/, '-xlsm');

/** The report sheet's Kommentar column and the personnel row, read from the inserted sheet. */
function commentCell(parts: Parts): string {
  const cells = [...sheetCellsOf(parts, REPORT_SHEET).values()];
  const header = cells.find((c) => c.text === 'Kommentar');
  const label = cells.find((c) => c.text === PERSONNEL && c.ref.startsWith('A'));
  if (!header || !label) throw new Error(`the report sheet has no Kommentar header or no '${PERSONNEL}' row`);
  return `${/^[A-Z]+/.exec(header.ref)?.[0]}${/\d+$/.exec(label.ref)?.[0]}`;
}

async function runFixture(id: string, file: string): Promise<Outcome> {
  const ext = path.extname(file);
  const work = path.join(dir, 'work');
  const input = path.join(work, `${id}${ext}`);
  fs.copyFileSync(file, input);
  const out = path.join(work, `${id}-inserted${ext}`);
  const insertArgs = ['report', input, '--out', out];
  const insertRun = await runCli(insertArgs, SLOW);
  const base = { id, ext, input: unzipParts(fs.readFileSync(input)), insertRun, insertArgs, insertedPath: out, refreshedPath: path.join(work, `${id}-refreshed${ext}`) };
  if (insertRun.code !== 0 || !fs.existsSync(out)) return { ...base, inserted: null, typed: null, refreshRun: null, refreshed: null };
  const inserted = unzipParts(fs.readFileSync(out));
  // The user types a comment into the report, saves, and refreshes the report in place.
  const typed = new Map(inserted);
  const sheet = sheetParts(inserted).find((s) => s.name === REPORT_SHEET);
  // Without a report sheet or its Kommentar column nothing is typed, and (e) says why.
  const target = ((): string | null => {
    try {
      return commentCell(inserted);
    } catch {
      return null;
    }
  })();
  if (sheet && target) typed.set(sheet.part, new TextEncoder().encode(typeIntoCell(partText(inserted, sheet.part), target, COMMENT)));
  fs.writeFileSync(base.refreshedPath, zipParts(typed));
  const refreshRun = await runCli(['report', base.refreshedPath, '--in-place'], SLOW);
  const refreshed = refreshRun.code === 0 ? unzipParts(fs.readFileSync(base.refreshedPath)) : null;
  return { ...base, inserted, typed, refreshRun, refreshed };
}

/** One LibreOffice run converts every written file (inserted and refreshed), each sheet to its own CSV. */
function convertAll(files: string[], outDir: string): Promise<void> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-fid-profile-'));
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
  return new Promise<void>((resolve, reject) => {
    execFile('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', filter, '--outdir', outDir, ...files], { timeout: 180_000, killSignal: 'SIGKILL' }, (err, _o, stderr) => {
      fs.rmSync(profile, { recursive: true, force: true });
      if (err) reject(new Error(`soffice failed: ${err.message}\n${stderr}`));
      else resolve();
    });
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-fidelity-'));
  fs.mkdirSync(path.join(dir, 'work'));
  fixtures = makeFidelity(path.join(dir, 'in')).map((f) => ({ id: idOf(f.file), producer: f.producer, path: f.path }));
  for (const f of fixtures) outcomes.set(f.id, await runFixture(f.id, f.path));
  const done = [...outcomes.values()].flatMap((o) => [...(o.inserted ? [o.insertedPath] : []), ...(o.refreshed ? [o.refreshedPath] : [])]);
  if (done.length === 0) return;
  const csvDir = path.join(dir, 'csv');
  fs.mkdirSync(csvDir);
  try {
    await convertAll(done, csvDir);
    for (const f of fs.readdirSync(csvDir)) csv[f.slice(0, -4)] = parseCsv(fs.readFileSync(path.join(csvDir, f), 'utf8'));
  } catch (e) {
    csvError = String(e);
  }
}, 240_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const get = (id: string): Outcome => {
  const o = outcomes.get(id);
  if (!o) throw new Error(`fixture ${id} was not run`);
  return o;
};
const need = <T>(v: T | null, what: string): T => {
  if (v === null) throw new Error(`${what} is missing: an earlier step failed`);
  return v;
};

const IDS = ['openpyxl', 'xlsxwriter', 'libreoffice', 'handmade', 'handmade-xlsm'];

describe('the fixtures hold what the issue lists', () => {
  const has = (id: string, re: RegExp): boolean => [...get(id).input.keys()].some((n) => re.test(n));
  const xml = (id: string): string => [...get(id).input.keys()].filter((n) => n.endsWith('.xml')).map((n) => partText(get(id).input, n)).join('\n');

  it('five files from four producers', () => {
    expect(fixtures.map((f) => f.id)).toEqual(IDS);
    expect(new Set(fixtures.map((f) => f.producer)).size).toBe(4);
  });
  it.each([
    ['charts', /^xl\/charts\/chart\d+\.xml$/, ['openpyxl', 'xlsxwriter', 'libreoffice']],
    ['a chartsheet', /^xl\/chartsheets\/sheet\d+\.xml$/, ['openpyxl', 'xlsxwriter']],
    ['images', /^xl\/media\//, ['xlsxwriter', 'libreoffice']],
    ['notes and their VML', /^xl\/(comments\/)?comments?\d+\.xml$/, ['openpyxl', 'xlsxwriter', 'libreoffice', 'handmade']],
    ['threaded comments and persons', /^xl\/threadedComments\//, ['handmade', 'handmade-xlsm']],
    ['tables', /^xl\/tables\/table\d+\.xml$/, ['openpyxl', 'xlsxwriter', 'libreoffice']],
    ['a pivot table with its cache', /^xl\/pivotCache\/pivotCacheRecords1\.xml$/, ['handmade', 'handmade-xlsm']],
    ['a slicer', /^xl\/slicerCaches\//, ['handmade', 'handmade-xlsm']],
    ['external links', /^xl\/externalLinks\//, ['handmade']],
    ['custom XML', /^customXml\/item1\.xml$/, ['handmade']],
    ['macros', /^xl\/vbaProject\.bin$/, ['handmade-xlsm']],
  ] as const)('%s', (_what, re, ids) => {
    for (const id of ids) expect({ id, has: has(id, re) }).toEqual({ id, has: true });
  });
  it.each(['openpyxl', 'xlsxwriter', 'handmade'])('%s: data validation, conditional formats, hyperlinks, sheet protection, print area, defined names of every scope', (id) => {
    const all = xml(id);
    for (const re of [/<dataValidation\b/, /<conditionalFormatting\b/, /<hyperlink\b/, /<sheetProtection\b/, /_xlnm\.Print_Area/, /<definedName[^>]*localSheetId=/, /<definedName[^>]*>[^<]*0\.25</, /<definedName[^>]*>SUM\(/]) expect({ id, re: String(re), found: re.test(all) }).toEqual({ id, re: String(re), found: true });
    if (id !== 'xlsxwriter') expect(/<definedName[^>]*hidden="1"/.test(all)).toBe(true);
  });
});

describe.each(IDS)('%s', (id) => {
  it('insert: report --out exits 0 with no internal error text', () => {
    const o = get(id);
    expect({ code: o.insertRun.code, signs: stackTraceSigns(o.insertRun), run: describeRun(o.insertArgs, o.insertRun) }).toEqual({ code: 0, signs: [], run: expect.any(String) });
    expect(o.insertRun.output).not.toMatch(/Cannot (read|set) propert|undefined|TypeError/);
  });

  it('insert: (a) every part it does not own is byte-identical, (b) the edited parts only gained', () => {
    const o = get(id);
    const inserted = need(o.inserted, 'the inserted workbook');
    expect(changedParts(o.input, inserted)).toEqual([]);
    expect(lostInEditedParts(o.input, inserted)).toEqual({});
    expect(sheetParts(inserted).map((s) => s.name)).toEqual(expect.arrayContaining([...sheetParts(o.input).map((s) => s.name), REPORT_SHEET]));
  });

  it('refresh: report --in-place exits 0 and rewrites the report sheet, adding no second one', () => {
    const o = get(id);
    const run = need(o.refreshRun, 'the refresh run');
    expect({ code: run.code, signs: stackTraceSigns(run), run: describeRun(['report', o.refreshedPath, '--in-place'], run) }).toEqual({ code: 0, signs: [], run: expect.any(String) });
    expect(run.output).not.toMatch(/Cannot (read|set) propert|undefined|TypeError/);
    const refreshed = need(o.refreshed, 'the refreshed workbook');
    expect(sheetParts(refreshed).map((s) => s.name)).toEqual(sheetParts(need(o.inserted, 'the inserted workbook')).map((s) => s.name));
  });

  it('refresh: (a) against the original and (b) the edited parts only gained; nothing but the report sheet changed since insert', () => {
    const o = get(id);
    const refreshed = need(o.refreshed, 'the refreshed workbook');
    expect(changedParts(o.input, refreshed)).toEqual([]);
    expect(lostInEditedParts(o.input, refreshed)).toEqual({});
    const typed = need(o.typed, 'the typed-into copy');
    const own = new Set([...EDITED_PARTS, DROPPABLE, ...sheetParts(typed).filter((s) => s.name === REPORT_SHEET || s.name === 'KR_Metadata').map((s) => s.part)]);
    const moved = [...typed].filter(([name, bytes]) => !own.has(name) && !(refreshed.has(name) && sameBytes(bytes, refreshed.get(name) as Uint8Array))).map(([name]) => name);
    expect(moved).toEqual([]);
  });

  it('refresh: (e) keeps the Kommentar typed into the report sheet', () => {
    const o = get(id);
    const refreshed = need(o.refreshed, 'the refreshed workbook');
    const ref = commentCell(refreshed);
    expect(sheetCellsOf(refreshed, REPORT_SHEET).get(ref)?.text).toBe(COMMENT);
  });

  it.each([['inserted'], ['refreshed']] as const)('(c) LibreOffice opens the %s file and shows the report values', (step) => {
    const o = get(id);
    const file = step === 'inserted' ? (need(o.inserted, 'the inserted workbook'), o.insertedPath) : (need(o.refreshed, 'the refreshed workbook'), o.refreshedPath);
    expect(csvError).toBe('');
    const base = path.basename(file, o.ext);
    const rows = csv[`${base}-${REPORT_SHEET}`];
    expect({ sheets: Object.keys(csv).filter((k) => k.startsWith(`${base}-`)), found: rows !== undefined }).toEqual({ sheets: expect.any(Array), found: true });
    expect(rows[0][0]).toBe('Ekonomisk uppföljning');
    const header = rows.find((r) => r[0] === 'Belopp') ?? [];
    const col = (title: string): number => header.indexOf(title);
    const row = (label: string): string[] => rows.find((r) => r[0] === label) ?? [];
    const num = (label: string, title: string): number => Number(row(label)[col(title)]);
    expect(col('Utfall jan–mar 2025')).toBeGreaterThan(0);
    expect(num(PERSONNEL, 'Utfall jan–mar 2025')).toBe(-120000);
    expect(num(PERSONNEL, 'Budget jan–mar 2025')).toBe(-123000);
    expect(num(PERSONNEL, 'Avvikelse perioden')).toBe(3000);
    expect(num(RESULT, 'Utfall jan–mar 2025')).toBe(-137400);
    expect(row(PERSONNEL)[col('Kommentar')]).toBe(step === 'refreshed' ? COMMENT : '');
    // The user's own sheets still open: the ledger's first account.
    expect(csv[`${base}-Huvudbok`]?.[1]?.slice(0, 1)).toEqual(['3110']);
  });
});

describe('(d) macros', () => {
  it('an .xlsm stays macro-enabled with vbaProject.bin byte-identical after insert and refresh', () => {
    const o = get('handmade-xlsm');
    for (const parts of [need(o.inserted, 'the inserted workbook'), need(o.refreshed, 'the refreshed workbook')]) {
      expect(partText(parts, '[Content_Types].xml')).toMatch(/PartName="\/xl\/workbook\.xml" ContentType="application\/vnd\.ms-excel\.sheet\.macroEnabled\.main\+xml"/);
      expect(sameBytes(parts.get('xl/vbaProject.bin') ?? new Uint8Array(0), o.input.get('xl/vbaProject.bin') as Uint8Array)).toBe(true);
      expect(partText(parts, 'xl/_rels/workbook.xml.rels')).toMatch(/relationships\/vbaProject" Target="vbaProject\.bin"/);
    }
  });

  it('report on an .xlsm without --out writes an .xlsm beside it', async () => {
    const input = path.join(dir, 'work', 'makro.xlsm');
    fs.copyFileSync(path.join(dir, 'in', 'handmade.xlsm'), input);
    const run = await runCli(['report', input], SLOW);
    expect({ code: run.code, signs: stackTraceSigns(run) }).toEqual({ code: 0, signs: [] });
    expect(fs.readdirSync(path.join(dir, 'work')).filter((f) => f.startsWith('makro'))).toEqual(['makro-rapport.xlsm', 'makro.xlsm']);
  });
});

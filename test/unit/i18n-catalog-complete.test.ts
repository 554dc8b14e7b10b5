/**
 * One catalog: every issue code and every adapter error key has a Swedish and an English text,
 * built from its params, and only the edges (the pane, the CLI) turn codes into words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { catalog, errorCatalog, isIssueCode, messageFor, reasonCatalog } from '../../src/core/i18n/catalog';
import type { Catalog, Params } from '../../src/core/i18n/types';

/** Params that answer any name with a marker (a message must not print undefined for a param it reads). */
const anyParams = new Proxy({} as Params, { get: (_t, key) => (typeof key === 'string' ? `«${key}»` : undefined) });

/**
 * The params each message declares as required (its `sv` parameter's type, P<…> or an object
 * type), read from the source with the TypeScript checker: a message built from a param must
 * change when that param does, so one that ignores or misspells a declared param fails.
 */
function declaredParams(): Record<string, string[]> {
  const file = path.join(__dirname, '..', '..', 'src', 'core', 'i18n', 'catalog.ts');
  const program = ts.createProgram([file], { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(file)!;
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(sf)!);
  const out: Record<string, string[]> = {};
  for (const name of ['catalog', 'errorCatalog', 'reasonCatalog']) {
    const table = checker.getTypeOfSymbolAtLocation(exported.find((e) => e.name === name)!, sf);
    for (const code of table.getProperties()) {
      const sv = checker.getTypeOfSymbolAtLocation(code, sf).getProperty('sv')!;
      const param = checker.getTypeOfSymbolAtLocation(sv, sf).getCallSignatures()[0].getParameters()[0];
      const type = param ? checker.getTypeOfSymbolAtLocation(param, sf) : undefined;
      out[code.name] = type ? type.getProperties().filter((q) => !(q.flags & ts.SymbolFlags.Optional)).map((q) => q.name) : [];
    }
  }
  return out;
}

/**
 * Values a param is tried with: a marker and a number pair fit most messages; a param whose
 * words depend on which of a few values it holds is tried with those values (listed here).
 */
const ENUM_VALUES: Readonly<Record<string, readonly string[]>> = {
  reason: ['user', 'kptyp', 'accounts', 'default'], // chart.chosen: why the chart was chosen
  chart: ['bas', 'kommunbas'], // chart.chosen
  kind: ['budget', 'forecast'], // inconsistent-signs: the compared column
  reading: ['cells', 'total'], // sie.object-reading: which reading of the object rows was chosen
};
const tries = (key: string): readonly (readonly [string | number, string | number])[] => [
  [`«${key}»`, `«${key}-2»`],
  [1234, 5678],
  ...(ENUM_VALUES[key] ?? []).slice(1).map((v) => [ENUM_VALUES[key][0], v] as const),
];

describe('every code has both texts', () => {
  const all: Catalog = { ...catalog, ...errorCatalog, ...reasonCatalog };

  it.each(Object.keys(all))('%s: Swedish and English, different, built from its params', (code) => {
    const sv = all[code].sv(anyParams);
    const en = all[code].en(anyParams);
    for (const text of [sv, en]) {
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/undefined|\[object Object\]/);
    }
    expect(sv).not.toBe(en);
  });

  const declared = declaredParams();
  const withParams = Object.keys(all).filter((code) => (declared[code] ?? []).length > 0);

  it('finds the declared params of the messages (the check below has something to check)', () => {
    expect(Object.keys(declared).sort()).toEqual(Object.keys(all).sort());
    expect(declared['inconsistent-signs'].sort()).toEqual(['class', 'kind', 'reference', 'sum']); // year optional: carried, not said
    expect(withParams.length).toBeGreaterThan(50);
  });

  it.each(withParams)('%s: the text changes when any param it declares changes', (code) => {
    const m = all[code];
    // The place (a count above one shows a list's extra params), and one base per value of an
    // enum-like param, since a param may be said only in one of its branches (reading 'cells').
    const markers = { sheet: 'Blad', address: 'A1', count: 3, ...Object.fromEntries(declared[code].map((k) => [k, `«${k}»`])) } as Params;
    const bases = [markers, ...declared[code].flatMap((k) => (ENUM_VALUES[k] ?? []).map((v) => ({ ...markers, [k]: v })))];
    const ignored = declared[code].filter(
      (key) =>
        !bases.some((base) =>
          tries(key).some(([a, b]) => {
            const one = { ...base, [key]: a };
            const two = { ...base, [key]: b };
            // Both languages say every param (no param carries words of one language only).
            return m.sv(one) !== m.sv(two) && m.en(one) !== m.en(two);
          }),
        ),
    );
    expect(ignored).toEqual([]);
  });

  it('keeps the error keys apart from the issue codes', () => {
    const errors = Object.keys(errorCatalog);
    expect(errors.length).toBe(12 + 14); // excel.* 12 codes (metadata-damaged the tenth, metadata-sheet-taken the eleventh, refresh-not-done-formats the twelfth); xlsx.* 14 (9 read with metadata-damaged and settings-damaged, 6 write, too-large in both)
    expect(errors.filter((k) => !/^(excel|xlsx)\./.test(k))).toEqual([]);
    expect(errors.filter((k) => isIssueCode(k))).toEqual([]);
    expect(Object.keys(catalog).filter((k) => Object.prototype.hasOwnProperty.call(errorCatalog, k))).toEqual([]);
    // A skipped section's reason (followup.*) is neither an issue code nor an error key.
    const reasons = Object.keys(reasonCatalog);
    expect(reasons.filter((k) => !k.startsWith('followup.') || isIssueCode(k) || Object.prototype.hasOwnProperty.call(errorCatalog, k))).toEqual([]);
  });

  it('says how many accounts chose the total reading of SIE object rows, and nothing when none did', () => {
    // total: 4 accounts whose year sum equals #RES read as totals (core/sie/object-reading.ts votes).
    expect(messageFor('sie.object-reading', 'en', { line: 12, reading: 'total', total: 4, cells: 1 })).toMatch(/never both \(4 accounts agree with #RES that way\)\.$/);
    expect(messageFor('sie.object-reading', 'sv', { line: 12, reading: 'total', total: 0, cells: 0 })).toMatch(/aldrig båda\.$/);
  });

  it('renders an error key word for word', () => {
    expect(messageFor('xlsx.encrypted', 'sv', {})).toBe('Arbetsboken är lösenordsskyddad. Spara en kopia utan lösenord (Arkiv > Info > Skydda arbetsbok) och försök igen.');
    expect(messageFor('excel.sheet-not-found', 'en', { sheet: 'Huvudbok' })).toBe("Sheet 'Huvudbok' is not in the workbook. It may have been renamed or deleted; read the workbook again.");
    // 20 000 000 grouped by hand: 20 000 000 cells against the limit 5 000 000.
    expect(messageFor('excel.too-large', 'sv', { sheet: 'Huvudbok', address: 'A1:T1000000', cells: 20_000_000, limit: 5_000_000, scope: 'sheet' })).toMatch(
      /^Bladet 'Huvudbok' har det använda området A1:T1000000, 20 000 000 celler, fler än tillägget kan läsa på ett blad \(5 000 000\)\./,
    );
  });
});

/** src files, relative to src/, with their text. */
function sources(dir: string, base = dir): { file: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full, base);
    return /\.tsx?$/.test(name) ? [{ file: path.relative(base, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') }] : [];
  });
}

describe('messages are rendered only at the edges', () => {
  const src = sources(path.join(__dirname, '..', '..', 'src'));
  const EDGES = /^(cli|taskpane)\//;

  it('no module outside the pane, the CLI and the catalog renders a message', () => {
    const renders = /\b(messageFor|issueTexts?|errorTexts?|reasonTexts?)\(/;
    const offenders = src.filter((s) => !EDGES.test(s.file) && !s.file.startsWith('core/i18n/') && renders.test(s.text)).map((s) => s.file);
    expect(offenders).toEqual([]);
  });

  it('the renderer is imported only by the pane and the CLI', () => {
    const imports = /from '[./]*(core\/)?i18n\/render'|import \{[^}]*\bmessageFor\b[^}]*\} from/;
    const offenders = src.filter((s) => !EDGES.test(s.file) && !s.file.startsWith('core/i18n/') && imports.test(s.text)).map((s) => s.file);
    expect(offenders).toEqual([]);
  });

  /**
   * Words core may still write itself: headings and fixed labels of the grids it lays out (the
   * same kind of text as a column heading of a report). Each file is listed with what it holds;
   * a message (what went wrong, why a section was skipped, what to do) is never one of them.
   */
  const LAYOUT_WORDS: Readonly<Record<string, string>> = {
    'core/goals/labels.ts': 'the goal grid: status words and the direction labels (Högre/Lägre är bättre)',
    'core/personnel/labels.ts': 'the sick-leave grid: its row labels (Kvinnor, Män, age bands, day bands)',
    'core/assignments/vocabulary.ts': 'the assignment grid: its status words (Ej påbörjad, Påbörjad, Slutförd)',
    'core/investments/grid.ts': 'the investment grid: its title',
    'core/commentary/commentary-grid.ts': 'the commentary block: its heading row',
    'core/followup/contents.ts': 'the contents sheet: section titles, column headings and the word Överhoppat/Skipped before a rendered reason',
  };

  it('core writes no Swedish/English text pair outside the catalog but the listed grid words', () => {
    // A text pair: an `sv:` key holding a string literal ({ sv: '…', en: '…' }, or a Record<Lang, string>).
    const pair = /\bsv:\s*['"`]/;
    const offenders = src.filter((s) => s.file.startsWith('core/') && !s.file.startsWith('core/i18n/') && pair.test(s.text) && !(s.file in LAYOUT_WORDS)).map((s) => s.file);
    expect(offenders).toEqual([]);
    // The list holds only files that still have such words (a file cleaned up leaves the list).
    const stale = Object.keys(LAYOUT_WORDS).filter((f) => !src.some((s) => s.file === f && pair.test(s.text)));
    expect(stale).toEqual([]);
  });

  it('an Issue carries no rendered message, and the adapters keep no text tables', () => {
    const issue = src.find((s) => s.file === 'core/issue.ts')!.text;
    expect(issue).not.toMatch(/\bmessage\s*:/);
    // A Swedish/English message function (sv: (p) => …) or a `messages` field in an adapter.
    const tables = src.filter((s) => s.file.startsWith('io/') && /\bsv: \(|\bmessages\s*[:=]|readonly messages\b/.test(s.text)).map((s) => s.file);
    expect(tables).toEqual([]);
  });
});

/**
 * One catalog: every issue code and every adapter error key has a Swedish and an English text,
 * built from its params, and only the edges (the pane, the CLI) turn codes into words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { catalog, errorCatalog, isIssueCode, messageFor } from '../../src/core/i18n/catalog';
import type { Catalog, Params } from '../../src/core/i18n/types';

/** Params that answer any name with a marker, so a message shows which ones it reads. */
const anyParams = new Proxy({} as Params, { get: (_t, key) => (typeof key === 'string' ? `«${key}»` : undefined) });

describe('every code has both texts', () => {
  const all: Catalog = { ...catalog, ...errorCatalog };

  it.each(Object.keys(all))('%s: Swedish and English, different, built from its params', (code) => {
    const sv = all[code].sv(anyParams);
    const en = all[code].en(anyParams);
    for (const text of [sv, en]) {
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/undefined|\[object Object\]/);
    }
    expect(sv).not.toBe(en);
  });

  it('keeps the error keys apart from the issue codes', () => {
    const errors = Object.keys(errorCatalog);
    expect(errors.length).toBe(12 + 14); // excel.* 12 codes (metadata-damaged the tenth, metadata-sheet-taken the eleventh, refresh-not-done-formats the twelfth); xlsx.* 14 (9 read with metadata-damaged and settings-damaged, 6 write, too-large in both)
    expect(errors.filter((k) => !/^(excel|xlsx)\./.test(k))).toEqual([]);
    expect(errors.filter((k) => isIssueCode(k))).toEqual([]);
    expect(Object.keys(catalog).filter((k) => Object.prototype.hasOwnProperty.call(errorCatalog, k))).toEqual([]);
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
    const renders = /\b(messageFor|issueTexts?|errorTexts?)\(/;
    const offenders = src.filter((s) => !EDGES.test(s.file) && !s.file.startsWith('core/i18n/') && renders.test(s.text)).map((s) => s.file);
    expect(offenders).toEqual([]);
  });

  it('the renderer is imported only by the pane and the CLI', () => {
    const imports = /from '[./]*(core\/)?i18n\/render'|import \{[^}]*\bmessageFor\b[^}]*\} from/;
    const offenders = src.filter((s) => !EDGES.test(s.file) && !s.file.startsWith('core/i18n/') && imports.test(s.text)).map((s) => s.file);
    expect(offenders).toEqual([]);
  });

  it('an Issue carries no rendered message, and the adapters keep no text tables', () => {
    const issue = src.find((s) => s.file === 'core/issue.ts')!.text;
    expect(issue).not.toMatch(/\bmessage\s*:/);
    // A Swedish/English message function (sv: (p) => …) or a `messages` field in an adapter.
    const tables = src.filter((s) => s.file.startsWith('io/') && /\bsv: \(|\bmessages\s*[:=]|readonly messages\b/.test(s.text)).map((s) => s.file);
    expect(tables).toEqual([]);
  });
});

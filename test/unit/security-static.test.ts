/**
 * Static security checks on the sources, the manifest and (when `npm run build` has made it;
 * scripts/test.js always does before jest) the production bundle in dist/:
 *  (a) no eval / new Function anywhere we ship;
 *  (b) the task pane page carries a strict Content-Security-Policy and loads office.js only
 *      from Microsoft's CDN;
 *  (c) the manifest asks for ReadWriteDocument and nothing more;
 *  (d) no network endpoints besides office.js: every URL and network API in the bundle is on
 *      the reviewed list below, with the reason it is harmless.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function files(dir: string, ext: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, ext) : ext.test(e.name) ? [p] : [];
  });
}

const distBuilt = fs.existsSync(path.join(DIST, 'taskpane.html'));
const bundles = files(DIST, /\.js$/);
/** The dist checks need the production build (scripts/test.js makes it; locally: npx webpack --mode production). */
function requireDist(): void {
  if (!distBuilt) throw new Error('dist/taskpane.html is missing: build first (npx webpack --mode production)');
}
const distIt = (name: string, fn: () => void): void => it(name, () => {
  requireDist();
  fn();
});

describe('(a) no dynamic code', () => {
  const sources = files(path.join(ROOT, 'src'), /\.(ts|tsx|js)$/);

  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it.each(sources.map((f) => [path.relative(ROOT, f)]))('%s uses neither eval( nor new Function', (rel) => {
    const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
    const hits = text.split('\n').flatMap((line, i) => (/\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*['"`]/.test(line) ? [`${rel}:${i + 1}: ${line.trim()}`] : []));
    expect(hits).toEqual([]);
  });

  distIt('the production bundle uses neither eval( nor new Function', () => {
    const hits = bundles.flatMap((f) => {
      const text = fs.readFileSync(f, 'utf8');
      const found: string[] = [];
      for (const re of [/\beval\s*\(/g, /new\s+Function\s*\(/g, /\bFunction\s*\(\s*["'`]/g]) {
        for (const m of text.matchAll(re)) found.push(`${path.relative(ROOT, f)} @${m.index}: …${text.slice(Math.max(0, (m.index ?? 0) - 60), (m.index ?? 0) + 60)}…`);
      }
      return found;
    });
    expect(hits).toEqual([]);
  });
});

/** Directives of a CSP string: name → sources. */
function parseCsp(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

function cspOf(html: string): string | null {
  const m = /<meta[^>]+http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html);
  if (!m) return null;
  const c = /content=(["'])(.*?)\1/i.exec(m[0]);
  return c ? c[2].replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"') : null;
}

describe('(b) Content-Security-Policy of the task pane pages', () => {
  const pages = files(DIST, /\.html$/).filter((f) => !/support\.html$/.test(f));

  distIt('every page has a strict CSP', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const f of pages) checkCsp(path.relative(ROOT, f));
  });

  function checkCsp(rel: string): void {
    const html = fs.readFileSync(path.join(ROOT, rel), 'utf8');
    const csp = cspOf(html);
    expect(csp).not.toBeNull();
    const d = parseCsp(csp ?? '');
    const script = d.get('script-src') ?? d.get('default-src') ?? [];
    expect({ rel, script: script.length > 0 }).toEqual({ rel, script: true });
    expect(script.filter((s) => /unsafe-inline|unsafe-eval|unsafe-hashes|^\*$|^https?:$|^data:$|^blob:$/.test(s))).toEqual([]);
    // Scripts only from our own origin and Microsoft's office.js CDN.
    expect(script.filter((s) => s !== "'self'" && s !== 'https://appsforoffice.microsoft.com' && !/^'(nonce|sha256)-/.test(s))).toEqual([]);
    const connect = d.get('connect-src') ?? d.get('default-src') ?? [];
    expect(connect.length).toBeGreaterThan(0);
    expect(connect.filter((s) => s !== "'self'" && s !== "'none'")).toEqual([]);
    expect({ rel, objectSrc: d.get('object-src') }).toEqual({ rel, objectSrc: ["'none'"] });
  }

  distIt('every page loads scripts only from itself, and office.js only from the Microsoft CDN', () => {
    for (const f of pages) checkScripts(path.relative(ROOT, f));
  });

  function checkScripts(rel: string): void {
    const html = fs.readFileSync(path.join(ROOT, rel), 'utf8');
    const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/gi)].map((m) => m[1]);
    const external = srcs.filter((s) => /^(https?:)?\/\//i.test(s));
    expect(external.filter((s) => s !== OFFICE_JS)).toEqual([]);
    // No inline script bodies: everything inline would be blocked by the CSP anyway.
    const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1].trim()).filter((b) => b !== '');
    expect({ rel, inline }).toEqual({ rel, inline: [] });
  }

  it('the page template in src/ loads office.js from the Microsoft CDN', () => {
    const html = fs.readFileSync(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8');
    const config = fs.readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8');
    expect(html.includes(OFFICE_JS) || (/officeJs/.test(html) && config.includes(OFFICE_JS))).toBe(true);
    expect(/Content-Security-Policy/i.test(html)).toBe(true);
  });
});

describe('(c) manifest permissions', () => {
  const manifests = [path.join(ROOT, 'manifest.xml'), path.join(DIST, 'manifest.xml')].filter((f) => fs.existsSync(f));

  it.each(manifests.map((f) => [path.relative(ROOT, f)]))('%s asks for ReadWriteDocument and nothing more', (rel) => {
    const xml = fs.readFileSync(path.join(ROOT, rel), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    const perms = [...xml.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1]);
    expect(perms).toEqual(['ReadWriteDocument']);
    // No extra app domains (which would widen where the pane may navigate).
    expect([...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1])).toEqual([]);
  });
});

/**
 * Every absolute URL that may appear in the shipped JavaScript, with why it is no network call.
 * A new URL fails the test until someone reviews it and adds it here with a reason.
 */
const REVIEWED_URLS: readonly [RegExp, string][] = [
  [/^https:\/\/appsforoffice\.microsoft\.com\//, 'office.js from the Microsoft CDN (store requirement), loaded by the page, not by our code'],
  [/^http:\/\/www\.w3\.org\//, 'XML/SVG/XHTML/MathML namespace names (React DOM, exceljs): identifiers, never fetched'],
  [/^https?:\/\/schemas\.openxmlformats\.org\//, 'OOXML namespace and relationship-type names written into .xlsx parts by exceljs: identifiers'],
  [/^https?:\/\/schemas\.microsoft\.com\//, 'Office namespace names in .xlsx parts (exceljs): identifiers'],
  [/^http:\/\/purl\.org\/dc\//, 'Dublin Core namespace names in docProps/core.xml (exceljs): identifiers'],
  [/^http:\/\/purl\.oclc\.org\/ooxml\//, 'Strict OOXML (ISO 29500) namespace names the package writer gives parts it adds to a Strict workbook: identifiers, never fetched'],
  [/^https:\/\/(reactjs\.org|react\.dev)\/(docs\/error-decoder\.html|errors\/)/, "React's minified-error help link, shown in a message text, never fetched"],
  [/^https:\/\/fb\.me\//, 'React warning help links (text only)'],
  [/^https:\/\/github\.com\/(exceljs|Stuk\/jszip|nodeca\/pako|microsoft\/fluentui)/, 'library help links in error texts'],
  [/^https:\/\/aka\.ms\//, 'Fluent UI / Office help links in warning texts'],
  [/^https:\/\/kommunrapport\.example\.se\//, 'our own production base URL (manifest rewrite), same origin'],
  [/^https:\/\/github\.com\/zloirock\/core-js$/, "core-js's version record in the exceljs chunk (`source:` of its shared-store metadata object): data, never fetched"],
  [/^https:\/\/github\.com\/zloirock\/core-js\/blob\/v3\.33\.0\/LICENSE$/, "core-js's version record in the exceljs chunk (`license:` of the same object): data, never fetched"],
  [/^https:\/\/github\.com\/crypto-browserify\/crypto-browserify$/, 'exceljs chunk, crypto-browserify: text of the "createCredentials is not implemented" error'],
  [/^https:\/\/github\.com\/indutny\/elliptic$/, "exceljs chunk: `homepage` of elliptic's package.json, bundled as a data object by browserify"],
  [/^https:\/\/github\.com\/indutny\/elliptic\/issues$/, "exceljs chunk: `bugs.url` of elliptic's package.json, bundled as a data object by browserify"],
  [/^https:\/\/github\.com\/uuidjs\/uuid#getrandomvalues-not-supported$/, 'exceljs chunk, uuid: text of the "crypto.getRandomValues() not supported" error'],
  [/^https:\/\/stuk\.github\.io\/jszip\/documentation\/howto\/read_zip\.html$/, 'exceljs chunk, JSZip: text of the "Can\'t find end of central directory" error'],
];

const NETWORK_APIS: readonly [RegExp, string][] = [
  [/\bfetch\s*\(/g, 'fetch('],
  [/\bXMLHttpRequest\b/g, 'XMLHttpRequest'],
  [/\bWebSocket\b/g, 'WebSocket'],
  [/\bsendBeacon\b/g, 'navigator.sendBeacon'],
  [/\bEventSource\b/g, 'EventSource'],
  [/\bimportScripts\b/g, 'importScripts'],
];

/**
 * Network API names that may appear in the bundle, with where and why. Keyed by API; each
 * entry names a library that merely tests for the API's existence or uses it on data the user
 * picked (never a remote URL).
 */
const REVIEWED_API_USES: Readonly<Record<string, string>> = {
  importScripts:
    "exceljs chunk only: core-js's task scheduler and the setImmediate polyfill read `global.importScripts` to tell a worker from a page (`!a.importScripts`, `!e.importScripts`), feature detection that never calls it. Webpack's own use (publicPath auto-detection) is gone: output.publicPath is set.",
};

describe('(d) no network calls besides office.js', () => {
  distIt('every absolute URL in the bundle is on the reviewed list', () => {
    const unknown = new Set<string>();
    for (const f of bundles) {
      const text = fs.readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\b(?:https?|wss?):\/\/[^\s"'`<>)\\]+/g)) {
        if (!REVIEWED_URLS.some(([re]) => re.test(m[0]))) unknown.add(`${path.basename(f)}: ${m[0]}`);
      }
    }
    expect([...unknown].sort()).toEqual([]);
  });

  distIt('no network API is used in the bundle unless reviewed', () => {
    const found = new Set<string>();
    for (const f of bundles) {
      const text = fs.readFileSync(f, 'utf8');
      for (const [re, name] of NETWORK_APIS) {
        for (const m of text.matchAll(re)) {
          if (REVIEWED_API_USES[name] === undefined) found.add(`${path.basename(f)}: ${name} …${text.slice(Math.max(0, (m.index ?? 0) - 50), (m.index ?? 0) + 50)}…`);
        }
      }
    }
    expect([...found].sort()).toEqual([]);
  });

  it('no source file under src/ opens a network connection', () => {
    const hits = files(path.join(ROOT, 'src'), /\.(ts|tsx)$/).flatMap((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return NETWORK_APIS.filter(([re]) => new RegExp(re.source).test(text)).map(([, name]) => `${path.relative(ROOT, f)}: ${name}`);
    });
    expect(hits).toEqual([]);
  });
});

/**
 * Figure 5, task pane: the gzipped bytes of the JavaScript taskpane.html loads before its
 * first render (our bundles as the browser requested them; office.js from Microsoft's CDN is
 * served from the local @microsoft/office-js copy and listed apart, it is not ours), and the
 * time from navigation start to the "Öppna arbetsbok" button being visible, in headless
 * Debian Chromium (never a downloaded browser), each run in a fresh context (cold cache).
 * dist/ is rebuilt first when src/ has changed since it was built.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { median, round } from '../measure';

/** The repository root, from bench/.build/bench/figures/. */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const DIST = path.join(ROOT, 'dist');
const OFFICE_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const BUTTON_TEXT = 'Öppna arbetsbok';

export type TaskpaneFigure = {
  readonly gzipBytes: number;
  readonly firstRenderMs: number;
  readonly rawBytes: number;
  readonly scripts: readonly { readonly file: string; readonly bytes: number; readonly gzipBytes: number }[];
  readonly officeJsGzipBytes: number;
  readonly runs: readonly number[];
  readonly domContentLoadedMs: number;
  readonly built: 'existing dist/' | 'built now (webpack --mode production)';
  /** When dist/taskpane.html was built. */
  readonly distBuiltAt: string;
};

const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json', '.xml': 'application/xml' };

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Records, in the page, when the button first has a box, and the next animation frame (its paint). */
const PROBE = `(() => {
  window.__kr = { seen: null, painted: null };
  const check = () => {
    if (window.__kr.seen !== null) return;
    for (const b of document.querySelectorAll('button')) {
      if ((b.textContent || '').includes(${JSON.stringify(BUTTON_TEXT)})) {
        const r = b.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) {
          window.__kr.seen = performance.now();
          requestAnimationFrame(() => { window.__kr.painted = performance.now(); });
          return;
        }
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

type Run = { ms: number; dcl: number; scripts: string[] };

async function oneRun(browser: Browser, base: string): Promise<Run> {
  const context = await browser.newContext();
  try {
    const scripts: string[] = [];
    await context.route('**/*', async (route) => {
      const u = new URL(route.request().url());
      if (u.origin === base) return await route.continue();
      if (u.hostname === 'appsforoffice.microsoft.com') {
        const local = path.join(OFFICE_DIST, path.basename(u.pathname));
        if (fs.existsSync(local)) return await route.fulfill({ path: local, contentType: 'text/javascript' });
      }
      return await route.abort();
    });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${base}/taskpane.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __kr: { painted: number | null } }).__kr.painted !== null, undefined, { timeout: 30_000 });
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { painted: (window as unknown as { __kr: { painted: number } }).__kr.painted, dcl: nav ? nav.domContentLoadedEventEnd : -1 };
    });
    return { ms: t.painted, dcl: t.dcl, scripts };
  } finally {
    await context.close();
  }
}

function gz(file: string): { bytes: number; gzipBytes: number } {
  const data = fs.readFileSync(file);
  return { bytes: data.length, gzipBytes: zlib.gzipSync(data, { level: 9 }).length };
}

/** The newest modification time of any file under dir. */
function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Measures what the sources say now: builds dist/ when it is missing or older than src/. */
function ensureDist(): TaskpaneFigure['built'] {
  const html = path.join(DIST, 'taskpane.html');
  if (fs.existsSync(html) && fs.statSync(html).mtimeMs >= newest(path.join(ROOT, 'src'))) return 'existing dist/';
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'webpack'), ['--mode', 'production', '--config-name', 'taskpane'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0 || !fs.existsSync(html)) throw new Error('webpack --mode production did not produce dist/taskpane.html');
  // webpack leaves an unchanged file unwritten: mark the build time so the next run knows.
  const now = new Date();
  fs.utimesSync(html, now, now);
  return 'built now (webpack --mode production)';
}

export async function taskpaneFigure(_rows: number, runs: number): Promise<TaskpaneFigure> {
  const built = ensureDist();
  const server = await serve(DIST);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const first = await oneRun(browser, base);
    const timed: Run[] = [];
    for (let r = 0; r < runs; r += 1) timed.push(await oneRun(browser, base));
    const ours = [...new Set(first.scripts.filter((u) => u.startsWith(base)))].map((u) => path.join(DIST, new URL(u).pathname));
    const scripts = ours.map((f) => ({ file: path.relative(DIST, f), ...gz(f) }));
    const officeJs = path.join(OFFICE_DIST, 'office.js');
    return {
      gzipBytes: scripts.reduce((n, s) => n + s.gzipBytes, 0),
      firstRenderMs: round(median(timed.map((t) => t.ms))),
      rawBytes: scripts.reduce((n, s) => n + s.bytes, 0),
      scripts,
      officeJsGzipBytes: fs.existsSync(officeJs) ? gz(officeJs).gzipBytes : 0,
      runs: timed.map((t) => round(t.ms)),
      domContentLoadedMs: round(median(timed.map((t) => t.dcl))),
      built,
      distBuiltAt: fs.statSync(path.join(DIST, 'taskpane.html')).mtime.toISOString(),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const root = path.resolve(__dirname, '..', '..', '..');
export const shots = path.join(root, 'test-artifacts', 'screenshots');

/** Debian's Chromium, never a downloaded one; no network services of its own. */
export async function launch(): Promise<Browser> {
  return await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export type PageProblems = { readonly errors: string[]; readonly csp: string[] };

/**
 * A 360×800 task-pane-sized page. Microsoft's CDN is unreachable here, as on a machine without
 * network: the office.js request fails at once and the pane must start standalone.
 */
export async function panePage(context: BrowserContext): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { errors: [], csp: [] };
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort('internetdisconnected'));
  page.on('pageerror', (e) => problems.errors.push(e.message));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) problems.csp.push(m.text());
  });
  return { page, problems };
}

export async function newContext(browser: Browser, options: { bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  return await browser.newContext({ viewport: { width: 360, height: 800 }, acceptDownloads: true, locale: 'sv-SE', bypassCSP: options.bypassCSP ?? false });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

/** The scripts taskpane.html loads itself (the initial chunks), gzipped, in bytes. */
export function initialChunksGzip(dist: string): { file: string; gzip: number }[] {
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src))
    .map((file) => ({ file, gzip: zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length }));
}

/**
 * Runs axe-core in the page; returns the serious and critical violations. Tabster's focus
 * "dummy" elements (Fluent's arrow-key navigation) are excluded: they are focusable and
 * aria-hidden by design, a known axe false positive (microsoft/tabster#288). Nothing else is.
 */
export async function axeScan(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run({ include: [['body']], exclude: [['[data-tabster-dummy]']] } as unknown as Document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { axeScan, initialChunksGzip, launch, newContext, panePage, root, screenshot } from './helpers/browser';
import { compareExampleReport, EXAMPLE_BLOCK, loadXlsx, personnelByHand, sheetOfBlock } from './helpers/report-cells';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve-dist.js') as { serve(o: object): Promise<{ url: string; close(): Promise<void> }> };

/**
 * The built task pane (dist/, made by scripts/test.js before jest) in real Chromium, outside
 * Excel: open the example workbook, walk Data → Rapport, insert, download, and check the
 * downloaded report cell by cell against the figures worked out by hand from the example's raw
 * rows (test/fixtures/report/example-figures.ts).
 */
const dist = path.join(root, 'dist');
const example = path.join(root, 'examples', 'kommunstyrelsen-2025.xlsx');
jest.setTimeout(240_000);

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) throw new Error('dist/ is missing: run "npm run build" (scripts/test.js does) before the e2e tests');
  server = await serve({ root: dist });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('runs standalone on a file: open, check, insert, download the same cells the engine computes', async () => {
  const context = await newContext(browser);
  const { page, problems } = await panePage(context);
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForFunction(() => document.documentElement.dataset.krReadyMs !== undefined);
  const readyMs = await page.evaluate(() => document.documentElement.dataset.krReadyMs);
  const sizes = initialChunksGzip(dist);
  process.stdout.write(`e2e measure: first render ${readyMs} ms; initial JS gzip ${sizes.map((s) => `${s.file}=${s.gzip}`).join(', ')} total ${sizes.reduce((a, s) => a + s.gzip, 0)} bytes\n`);
  expect(await page.evaluate(() => document.documentElement.dataset.krHost)).toBe('standalone');
  await screenshot(page, '01-standalone-start');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Öppna arbetsbok' }).click();
  await (await chooser).setFiles(example);
  const insert = page.getByRole('button', { name: 'Infoga rapport' });
  await insert.waitFor({ timeout: 120_000 });
  await page.getByText('Bladet Huvudbok', { exact: false }).first().waitFor();
  await screenshot(page, '02-data-step');
  await page.getByRole('region', { name: /Rapportens rader/ }).scrollIntoViewIfNeeded();
  await screenshot(page, '03-report-step');

  await insert.click();
  const success = page.getByText(/Rapporten finns nu på bladet/);
  await success.waitFor({ timeout: 120_000 });
  const sheetName = /Rapporten finns nu på bladet (.+?)\.(?:Ladda|$)/.exec((await success.textContent()) ?? '')?.[1] ?? '';
  await screenshot(page, '04-inserted');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner arbetsbok' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('kommunstyrelsen-2025-rapport.xlsx');
  const saved = path.join(root, 'test-artifacts', 'e2e-standalone-download.xlsx');
  await download.saveAs(saved);

  const original = fs.readFileSync(example);
  expect(sheetName).toBe(EXAMPLE_BLOCK.sheetName);
  const book = await loadXlsx(fs.readFileSync(saved));
  const sheet = sheetOfBlock(book, EXAMPLE_BLOCK);
  expect(sheet).toBeDefined();
  const { compared, mismatches } = compareExampleReport(sheet!);
  expect(mismatches).toEqual([]);
  expect(compared).toBe(13 * 9);

  // One number tallied here from the raw rows as well: personnel costs jan–aug 2025 (the example's last month).
  const personnelRow = sheet!.getColumn(1).values.findIndex((v) => typeof v === 'string' && v.startsWith('Personalkostnader'));
  expect(personnelRow).toBeGreaterThan(0);
  expect(sheet!.getCell(personnelRow, 4).value).toBeCloseTo(personnelByHand(await loadXlsx(original), 2025, 8), 2);
  // The source sheet is untouched.
  expect(book.getWorksheet('Huvudbok')!.rowCount).toBe((await loadXlsx(original)).getWorksheet('Huvudbok')!.rowCount);

  expect(problems.errors).toEqual([]);
  expect(problems.csp).toEqual([]);
  await context.close();
});

it('has no serious or critical accessibility violations (axe) before and after inserting', async () => {
  // axe is injected as a script, which the page's CSP would (rightly) refuse.
  const context = await newContext(browser, { bypassCSP: true });
  const { page } = await panePage(context);
  await page.goto(`${server.url}taskpane.html`);
  const open = page.getByRole('button', { name: 'Öppna arbetsbok' });
  await open.waitFor();
  expect(await axeScan(page)).toEqual([]);
  const chooser = page.waitForEvent('filechooser');
  await open.click();
  await (await chooser).setFiles(example);
  await page.getByRole('button', { name: 'Infoga rapport' }).click({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Ladda ner arbetsbok' }).waitFor({ timeout: 120_000 });
  expect(await axeScan(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Mål' }).click();
  await screenshot(page, '05-goals-tab');
  expect(await axeScan(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Uppdrag' }).click();
  await screenshot(page, '05-assignments-tab');
  expect(await axeScan(page)).toEqual([]);
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('tab', { name: 'Report' }).click();
  await page.getByRole('button', { name: 'Download workbook' }).waitFor();
  await page.getByRole('button', { name: 'Open another workbook' }).waitFor();
  await screenshot(page, '06-english');
  await context.close();
});

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeScan, launch, newContext, panePage, root, screenshot } from './helpers/browser';
import { compareBlock, loadXlsx, sheetOfBlock } from './helpers/report-cells';
import { createFilePort } from '../../src/io/xlsx/file-port';
import { engine } from '../../src/taskpane/engine';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve-dist.js') as { serve(o: object): Promise<{ url: string; close(): Promise<void> }> };

/**
 * Mål and Uppdrag in the simulated Excel: the goal statuses the pane shows for Alingsås KS 2023
 * (the goal table without its Bedömning column) are the published assessments, and the tables
 * inserted into the simulated workbook equal the engine's grids run in Node.
 */
const fixtures = path.join(root, 'test', 'fixtures', 'goals');
const expected = JSON.parse(fs.readFileSync(path.join(fixtures, 'alingsas-ks-2023-expected.json'), 'utf8')) as { goals: { published: string }[] };
jest.setTimeout(240_000);

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  for (const f of ['dist/taskpane.html', 'test-artifacts/sim/sim.html']) {
    if (!fs.existsSync(path.join(root, f))) throw new Error(`${f} is missing: run "npm run build" (scripts/test.js does) first`);
  }
  server = await serve({ root: path.join(root, 'dist'), mounts: { '/sim/': path.join(root, 'test-artifacts', 'sim'), '/fixtures/': fixtures } });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The date the assignments are judged at, fixed on both sides: the pane's clock and the Node run. */
const AS_OF = '2023-08-31';

async function openSim(file: string): Promise<{ page: Page; errors: string[] }> {
  // CSP is checked by the other e2e tests; here axe is injected to scan the coloured statuses.
  const context = await newContext(browser, { bypassCSP: true });
  const { page, problems } = await panePage(context);
  // The pane reads today's date once (index.tsx): fix it, so the overdue items are the same every year.
  await page.clock.setFixedTime(new Date(`${AS_OF}T12:00:00`));
  await page.goto(`${server.url}sim/sim.html?workbook=/fixtures/${file}`);
  await page.waitForFunction(() => document.documentElement.dataset.krHost === 'excel', undefined, { timeout: 120_000 });
  return { page, errors: problems.errors };
}

async function simulatedBook(page: Page) {
  const base64 = await page.evaluate(async () => await (window as unknown as { __krSim: { xlsxBase64(): Promise<string> } }).__krSim.xlsxBase64());
  return await loadXlsx(Buffer.from(base64, 'base64'));
}

async function snapshotInNode(file: string) {
  return await (await createFilePort(new Uint8Array(fs.readFileSync(path.join(fixtures, file))), file)).snapshot({ withFormats: true });
}

it('shows the published goal assessments and inserts the goal table', async () => {
  const file = 'alingsas-ks-2023-mal-utan-bedomning.xlsx';
  const { page, errors } = await openSim(file);
  await page.getByRole('tab', { name: 'Mål' }).click();
  const list = page.getByRole('list', { name: 'Målens status' });
  await list.waitFor({ timeout: 120_000 });
  const badges = await list.locator('li .fui-Badge').allTextContents();
  expect(badges).toEqual(expected.goals.map((g) => g.published));
  await screenshot(page, '12-excel-goals');
  expect(await axeScan(page)).toEqual([]);

  await page.getByRole('button', { name: 'Infoga måltabell' }).click();
  const done = page.getByText(/Måltabellen finns nu på bladet /);
  await done.waitFor({ timeout: 120_000 });
  const grid = engine.goals(await snapshotInNode(file), '2023-09-30', 'sv').grids[0];
  expect(await done.textContent()).toContain(grid.sheetName);
  const sheet = sheetOfBlock(await simulatedBook(page), grid);
  expect(sheet?.name).toBe(grid.sheetName);
  const { compared, mismatches } = compareBlock(sheet!, grid);
  expect(mismatches).toEqual([]);
  expect(compared).toBeGreaterThan(20);
  expect(errors).toEqual([]);
});

it('counts the assignments by status and inserts the summary', async () => {
  const file = 'uppdrag-2023.xlsx';
  const { page, errors } = await openSim(file);
  await page.getByRole('tab', { name: 'Uppdrag' }).click();
  await page.getByRole('list', { name: 'Uppdragens status' }).waitFor({ timeout: 120_000 });
  await screenshot(page, '13-excel-assignments');
  expect(await axeScan(page)).toEqual([]);
  await page.getByRole('button', { name: 'Infoga uppdragssammanställning' }).click();
  const done = page.getByText(/Sammanställningen finns nu på bladen? /);
  await done.waitFor({ timeout: 120_000 });
  const grids = engine.assignments(await snapshotInNode(file), AS_OF, 'sv').grids;
  expect(grids.length).toBeGreaterThan(0);
  // The success names every sheet written, not just the first.
  const text = (await done.textContent()) ?? '';
  for (const grid of grids) expect(text).toContain(grid.sheetName);
  const book = await simulatedBook(page);
  // The source sheet "Uppdrag" stays as it was; each block is on a sheet of its own name, not a renamed "(2)".
  expect(book.getWorksheet('Uppdrag')).toBeDefined();
  for (const grid of grids) {
    const sheet = sheetOfBlock(book, grid);
    expect(sheet?.name).toBe(grid.sheetName);
    expect(compareBlock(sheet!, grid).mismatches).toEqual([]);
  }
  // By hand from assignments-data.js at 2023-08-31: the one item past its end date, not finished and
  // still "Enligt plan" is item 5 (språkkrav, 2023-06-30); item 8 (energieffektivitet, 2024-06-30)
  // and item 1 (2023-12-31) are not yet due, so they are listed nowhere.
  const texts: string[] = [];
  for (const grid of grids) sheetOfBlock(book, grid)!.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value))));
  expect(texts.filter((t) => t.startsWith('Införa språkkrav')).length).toBe(1);
  expect(texts.some((t) => t.startsWith('Ta fram en handlingsplan för ökad energieffektivitet'))).toBe(false);
  expect(texts.some((t) => t.startsWith('Ta fram en kommunkoncernövergripande handlingsplan'))).toBe(false);
  expect(errors).toEqual([]);
});

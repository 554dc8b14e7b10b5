import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, newContext, panePage, root, screenshot } from './helpers/browser';
import { compareExampleReport, EXAMPLE_BLOCK, loadXlsx, sheetOfBlock } from './helpers/report-cells';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve-dist.js') as { serve(o: object): Promise<{ url: string; close(): Promise<void> }> };

/**
 * The shipped bundle inside a simulated Excel: test-artifacts/sim/sim.html (built by the test-only
 * webpack configuration) sets a stub `Office` reporting host Excel and helper E's Office.js
 * simulator as `window.Excel`, then loads dist's taskpane bundle. Keyboard only, the same steps
 * insert the report into the simulated workbook, whose cells must equal the figures worked out
 * by hand from the example's raw rows (test/fixtures/report/example-figures.ts).
 */
jest.setTimeout(240_000);

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  for (const f of ['dist/taskpane.html', 'test-artifacts/sim/sim.html']) {
    if (!fs.existsSync(path.join(root, f))) throw new Error(`${f} is missing: run "npm run build" (scripts/test.js does) first`);
  }
  server = await serve({ root: path.join(root, 'dist'), mounts: { '/sim/': path.join(root, 'test-artifacts', 'sim'), '/examples/': path.join(root, 'examples') } });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Presses Tab until the focused element is the named button (keyboard-only reachability). */
async function tabTo(page: Page, name: string, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.tagName}|${el.getAttribute('aria-label') ?? el.textContent ?? ''}` : '';
    });
    if (focused === `BUTTON|${name}`) return;
  }
  throw new Error(`"${name}" was not reachable with Tab`);
}

it('inserts the report into the simulated Excel workbook with the keyboard alone', async () => {
  const context = await newContext(browser);
  const { page, problems } = await panePage(context);
  await page.goto(`${server.url}sim/sim.html?workbook=/examples/kommunstyrelsen-2025.xlsx`);
  await page.waitForFunction(() => document.documentElement.dataset.krHost === 'excel', undefined, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Infoga rapport' }).waitFor({ timeout: 120_000 });
  await screenshot(page, '10-excel-data');

  await tabTo(page, 'Infoga rapport');
  await page.keyboard.press('Enter');
  const success = page.getByText(/Rapporten finns nu på bladet/);
  await success.waitFor({ timeout: 120_000 });
  await screenshot(page, '11-excel-inserted');
  // Inside Excel there is nothing to download, and the report can now be updated in place.
  expect(await page.getByRole('button', { name: 'Ladda ner arbetsbok' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Uppdatera rapport' }).waitFor();

  const base64 = await page.evaluate(async () => {
    const sim = (window as unknown as { __krSim: { xlsxBase64(): Promise<string> } }).__krSim;
    return await sim.xlsxBase64();
  });
  const book = await loadXlsx(Buffer.from(base64, 'base64'));
  const sheet = sheetOfBlock(book, EXAMPLE_BLOCK);
  expect(sheet).toBeDefined();
  const { compared, mismatches } = compareExampleReport(sheet!);
  expect(mismatches).toEqual([]);
  expect(compared).toBe(13 * 9);
  // The options shown in the pane were saved to the document's settings, field by field.
  const shown = async (name: string): Promise<string> => ((await page.getByRole('combobox', { name }).textContent()) ?? '').trim();
  expect(await shown('Till och med månad')).toBe('augusti 2025');
  expect(await shown('Prognosmetod')).toBe('Utfall + återstående budget');
  expect(await shown('Enhet')).toBe('tkr');
  expect(await shown('Teckenkonvention')).toBe('Kostnader negativa, intäkter positiva');
  const saved = await page.evaluate(() => (window as unknown as { __krSim: { settings: Map<string, unknown> } }).__krSim.settings.get('kommunrapport'));
  expect((saved as Record<string, unknown>)['kommunrapport.report']).toMatchObject({
    through: 202508,
    forecast: 'remaining-budget',
    unit: 'tkr',
    signs: 'costs-negative',
  });

  expect(problems.errors).toEqual([]);
  expect(problems.csp).toEqual([]);
  await context.close();
});

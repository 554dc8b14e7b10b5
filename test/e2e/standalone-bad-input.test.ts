import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, newContext, panePage, root, screenshot } from './helpers/browser';
import { createFilePort } from '../../src/io/xlsx/file-port';
import { isXlsxReadError } from '../../src/io/xlsx/errors';
import { validateWorkbook } from '../../src/core/validate';
import { errorTexts } from '../../src/core/i18n/render';
import { said } from '../helpers/issue-text';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve-dist.js') as { serve(o: object): Promise<{ url: string; close(): Promise<void> }> };

/**
 * Issue #8: for a broken or hostile workbook the task pane shows the same message the CLI prints.
 * Both come from the same code: an unreadable file's XlsxReadError text, or the validation
 * issues' text. The expected text is computed in Node with that code on the same bytes, and the
 * page, opened in real Chromium outside Excel, must show it.
 */
const dist = path.join(root, 'dist');
const bad = path.join(root, 'test', 'fixtures', 'bad');
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

/** What the CLI would say first about the file: its read error, or its validation errors. */
async function expectedMessages(file: string): Promise<string[]> {
  const bytes = new Uint8Array(fs.readFileSync(path.join(bad, file)));
  try {
    const port = await createFilePort(bytes, file);
    const { issues } = validateWorkbook(await port.snapshot(), {});
    return issues.filter((i) => i.severity === 'error').map((i) => said(i).sv);
  } catch (e) {
    if (!isXlsxReadError(e)) throw e;
    return [errorTexts(e).sv];
  }
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

it.each(['encrypted.xlsx', 'legacy.xls', 'text-renamed.xlsx', 'truncated.xlsx', 'zero-bytes.xlsx', 'missing-account-column.xlsx', 'amounts-as-words.xlsx', 'excel-errors.xlsx'])(
  '%s: the pane shows the same message as the CLI, and no report button',
  async (file) => {
    const expected = await expectedMessages(file);
    expect(expected.length).toBeGreaterThan(0);
    const context = await newContext(browser);
    const { page, problems } = await panePage(context);
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForFunction(() => document.documentElement.dataset.krReadyMs !== undefined);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Öppna arbetsbok' }).click();
    await (await chooser).setFiles(path.join(bad, file));
    const first = squash(expected[0]);
    await page.waitForFunction((text) => document.body.innerText.replace(/\s+/g, ' ').includes(text), first, { timeout: 120_000 });
    const shown = squash(await page.locator('body').innerText());
    for (const m of expected) expect(shown).toContain(squash(m));
    // An error blocks the report: nothing to insert from a workbook the engine cannot trust.
    const insert = page.getByRole('button', { name: 'Infoga rapport' });
    if ((await insert.count()) > 0) expect(await insert.isDisabled()).toBe(true);
    expect(problems.errors).toEqual([]);
    await screenshot(page, `bad-${file.replace(/\W+/g, '-')}`);
    await context.close();
  },
);

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExcelPort } from '../../src/io/excel';
import { huvudbokGrid, readSie } from '../../src/core/sie';
import { readLedger } from '../../src/core/ledger';
import { createSimulator } from '../fakes/office-sim';
import { ledgerWorkbook } from '../fakes/office-sim/fixtures';
import { createFilePort } from '../../src/io/xlsx/file-port';
import { readWorkbookBuffer } from '../../src/io/xlsx/read-buffer';

/**
 * The pane's Importera SIE-fil in Excel: the Huvudbok grid written through the Office.js adapter
 * (over the simulator, with its payload limits) lands on a sheet of its own, beside an existing
 * Huvudbok, and reads back as the same ledger the SIE reader made.
 */
jest.setTimeout(120_000);

it('writes an SIE ledger into the open workbook in bounded syncs and reads back the same ledger', async () => {
  const sim = createSimulator(ledgerWorkbook(10));
  let n = 0;
  const port = createExcelPort(sim.run, { supports: () => true, tempSheetName: () => `KR tmp ${(n += 1)}` });
  const sie = readSie(new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'sie', 'objektsaldo_ovnbolag.se'))));
  const written = await port.writeGrid(huvudbokGrid(sie.snapshot!.sheets[0]), 'insert');
  expect(written.sheet).not.toBe('Huvudbok'); // the workbook's own Huvudbok is left alone
  expect(sim.stats.maxRequestBytes).toBeLessThanOrEqual(5_000_000);
  const snap = await port.snapshot({ sheets: [written.sheet] });
  const back = readLedger(snap, { sheet: written.sheet, roles: sie.roles }).ledger!;
  const direct = readLedger(sie.snapshot!, { roles: sie.roles }).ledger!;
  expect(back.size).toBe(direct.size);
  expect(Array.from(back.amount)).toEqual(Array.from(direct.amount));
  expect(back.accountTexts).toEqual(direct.accountTexts);
});

it('the same import through the file adapter (standalone page): a new sheet beside the user\'s, same ledger, saved in the file', async () => {
  const clean = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'ledger', 'clean-long.xlsx')));
  const port = await createFilePort(clean, 'clean-long.xlsx');
  const sie = readSie(new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'sie', 'typ4.se'))));
  const written = await port.writeGrid(huvudbokGrid(sie.snapshot!.sheets[0]), 'insert');
  expect(written.sheet).not.toBe('Huvudbok');
  const saved = await readWorkbookBuffer(await port.bytes());
  const back = readLedger(saved, { sheet: written.sheet, roles: sie.roles }).ledger!;
  const direct = readLedger(sie.snapshot!, { roles: sie.roles }).ledger!;
  expect(Array.from(back.amount)).toEqual(Array.from(direct.amount));
  expect(saved.sheets.find((s) => s.name === 'Huvudbok')!.values).toEqual((await readWorkbookBuffer(clean)).sheets.find((s) => s.name === 'Huvudbok')!.values);
});

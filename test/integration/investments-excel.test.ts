/**
 * The investment table and the detail tables in the Excel host (Office.js adapter on the
 * simulator): inserted on sheets of their own with their live formulas, and a refresh of the
 * investment table keeps the controller's Kommentar cells with their lines when rows move.
 */
import type * as ExcelJS from 'exceljs';
import { createExcelPort } from '../../src/io/excel';
import { runInvestments } from '../../src/core/investments/run';
import { buildReport } from '../../src/core/report/build-report';
import { readTemplate } from '../../src/core/report/read-template';
import { detailGrid } from '../../src/core/layout/detail-grid';
import type { Breakdown, Report } from '../../src/core/report/report-types';
import type { Template } from '../../src/core/report/template';
import { createSimulator } from '../fakes/office-sim';
import { ledgerWorkbook } from '../fakes/office-sim/fixtures';
import { alingsasWorkbook } from '../fixtures/investments/alingsas';
import { buildLedger } from '../helpers/ledger-builder';
import { alingsasEntries, alingsasStructure } from '../fixtures/report/alingsas';

/** A fresh temporary sheet name per call: an atomic refresh stages on two temporary sheets at once. */
let temps = 0;
const nextTempName = (): string => `KR tmp ${(temps += 1)}`;

function excelPort() {
  const wb = ledgerWorkbook(5);
  const sim = createSimulator(wb);
  return { wb, port: createExcelPort(sim.run, { supports: () => true, tempSheetName: nextTempName }) };
}

const formulaOf = (cell: ExcelJS.Cell): string | undefined => (cell.formula ? `=${cell.formula}` : undefined);

it('inserts the investment table and refreshes it keeping comments by line when project rows come in between', async () => {
  const { wb, port } = excelPort();
  const first = runInvestments(alingsasWorkbook(), { unit: 'tkr' }).grids[0];
  await port.writeGrid(first, 'insert');
  const ws = wb.getWorksheet('Investeringar 2023-08') as ExcelJS.Worksheet;
  // Rows 5 Expansionsinvestering, 6 Markinköp, 7 Expansionsinvestering - Exploatering; H is Kommentar.
  expect(ws.getCell('A7').value).toBe('Expansionsinvestering - Exploatering');
  expect(formulaOf(ws.getCell('B5'))).toBe('=SUM(B6:B7)');
  ws.getCell('H7').value = 'Kavlås senareläggs';
  ws.getCell('H6').value = 'Strategiskt markköp i juni';
  const withProjects = runInvestments(alingsasWorkbook(), { unit: 'tkr', projects: 'show' }).grids[0];
  expect(withProjects.name).toBe(first.name);
  await port.writeGrid(withProjects, 'refresh');
  // Now: 6 Markinköp, 7–8 its projects 1001 and 1002, 9 Exploatering.
  expect(ws.getCell('A7').value).toBe('1001 Strategiska markförvärv');
  expect(ws.getCell('H6').value).toBe('Strategiskt markköp i juni');
  expect(ws.getCell('A9').value).toBe('Expansionsinvestering - Exploatering');
  expect(ws.getCell('H9').value).toBe('Kavlås senareläggs');
  expect(ws.getCell('H7').value).toBeNull();
  expect(formulaOf(ws.getCell('B6'))).toBe('=SUM(B7:B8)');
});

it('inserts both detail tables with their SUMs', async () => {
  const { wb, port } = excelPort();
  const template = readTemplate({ sheets: [alingsasStructure()] }).template as Template;
  const entries = alingsasEntries().map((e) => ({ ...e, dims: { Ansvar: ['100', '200', '300'][Number(e.account) % 3] } }));
  for (const by of ['Ansvar', 'Konto']) {
    const report = buildReport(buildLedger(entries), template, { forecast: 'manual', signs: 'costs-negative', unit: 'tkr', by }) as Report & { breakdown: Breakdown };
    await port.writeGrid(detailGrid(report, { lang: 'sv' }), 'insert');
  }
  const ansvar = wb.getWorksheet('Rapport 2023-08 Ansvar tabell') as ExcelJS.Worksheet;
  expect(ansvar.getCell('A8').value).toBe('Totalt: Verksamhetens nettokostnader');
  expect(formulaOf(ansvar.getCell('B8'))).toBe('=SUM(B5:B7)');
  const konto = wb.getWorksheet('Rapport 2023-08 Konto tabell') as ExcelJS.Worksheet;
  expect(konto.getCell('A5').value).toBe('Verksamhetens intäkter');
  // Income's six accounts in the account-level Alingsås fixture sit in rows 6–11.
  expect(formulaOf(konto.getCell('B5'))).toBe('=SUM(B6:B11)');
  expect(konto.getCell('A6').value).toBe('3110 Taxor och avgifter');
});

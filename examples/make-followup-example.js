#!/usr/bin/env node
'use strict';
/**
 * Writes examples/uppfoljning-2025.xlsx: the Kommunstyrelsen example ledger (copied from
 * kommunstyrelsen-2025.xlsx, run make-example.js first) plus every other section of a
 * delårsrapport, as a controller keeps them in one workbook: an investment ledger (projects in
 * categories, Jan–Aug 2025 and 2024), a goal table, an assignment list, sick leave per group
 * (2024 and 2025, hours) and activity measures over three years. Made-up but realistic figures,
 * fixed, so the file is the same on every run: node examples/make-followup-example.js
 * `kommunrapport package examples/uppfoljning-2025.xlsx` inserts the whole follow-up from it.
 */
const path = require('node:path');
const ExcelJS = require('exceljs');

const bold = (row) => {
  row.font = { bold: true };
  return row;
};

function copyLedger(from, to) {
  const src = from.getWorksheet('Huvudbok');
  const ws = to.addWorksheet('Huvudbok');
  src.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const t = ws.getCell(r, c);
      t.value = cell.value;
      t.numFmt = cell.numFmt;
    });
  });
  [9, 9, 34, 9, 9, 9, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** Investments: one row per project, month and Typ (Utfall per month; Budget and Prognos for the year). */
function investments(wb) {
  const ws = wb.addWorksheet('Investeringar');
  ws.addRow(['Investeringsredovisning Kommunstyrelsen, utdrag 2025-09-05']).font = { bold: true, size: 13 };
  ws.addRow([]);
  bold(ws.addRow(['Projekt', 'Projektnamn', 'Investeringstyp', 'Period', 'Utfall', 'Budget', 'Prognos']));
  // [code, name, category, annual budget 2025, forecast 2025, monthly outcome 2025, monthly outcome 2024]
  const projects = [
    ['4101', 'Markinköp Norra', 'Expansionsinvestering', 2000000, 2600000, 320000, 40000],
    ['4102', 'Exploatering Stadsskogen', 'Expansionsinvestering', 6500000, 5200000, 410000, 520000],
    ['4201', 'Inventarier kommunhuset', 'Reinvestering', 400000, 400000, 30000, 12000],
    ['4202', 'IT-infrastruktur', 'Reinvestering', 3200000, 3000000, 260000, 190000],
    ['4203', 'Fastighetsunderhåll', 'Reinvestering', 2450000, 2700000, 240000, 110000],
  ];
  for (const [code, name, cat, budget, forecast, month25, month24] of projects) {
    for (let m = 1; m <= 12; m++) ws.addRow([code, name, cat, 202400 + m, month24, null, null]);
    for (let m = 1; m <= 8; m++) ws.addRow([code, name, cat, 202500 + m, month25, m === 1 ? budget : null, m === 1 ? forecast : null]);
  }
  ws.getColumn(2).width = 28;
  ws.getColumn(3).width = 22;
}

function goals(wb) {
  const ws = wb.addWorksheet('Mål');
  ws.addRow(['Måluppföljning Kommunstyrelsen 2025']).font = { bold: true, size: 13 };
  ws.addRow([]);
  bold(ws.addRow(['Mål', 'Indikator', 'Enhet', 'Riktning', 'Mål 2025', 'Utfall 2025', 'Utfall 2024']));
  ws.addRow(['Företagsklimatet ska förbättras', 'Nöjd-Kund-Index företag (NKI)', 'NKI', 'Högre är bättre', 72, 73, 70]);
  ws.addRow([null, 'Handläggningstid bygglov, dagar (median)', 'dagar', 'Lägre är bättre', 28, 31, 35]);
  ws.addRow(['Invånarna ska ha inflytande', 'Andel invånare som upplever insyn och inflytande (%)', '%', 'Högre är bättre', 45, 41, 38]);
  ws.addRow(['Kommunen ska vara en attraktiv arbetsgivare', 'Hållbart medarbetarengagemang (HME)', 'index', 'Högre är bättre', 80, 81, 79]);
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 50;
}

function assignments(wb) {
  const ws = wb.addWorksheet('Uppdrag');
  ws.addRow(['Uppdrag och initiativ 2025']).font = { bold: true, size: 13 };
  ws.addRow([]);
  bold(ws.addRow(['Typ', 'Uppdrag', 'Ansvarig', 'Slutdatum', 'Status', 'Plan', 'Kommentar']));
  const d = (iso) => new Date(`${iso}T00:00:00Z`);
  ws.addRow(['Uppdrag', 'Ta fram en lokalförsörjningsplan', 'Kommundirektör', d('2025-12-31'), 'Påbörjad', 'Enligt plan', null]);
  ws.addRow(['Uppdrag', 'Utreda gemensam växel med grannkommunerna', 'Ekonomichef', d('2025-06-30'), 'Påbörjad', 'Avvikelse från plan', 'Väntar på grannkommunernas beslut.']);
  ws.addRow(['Uppdrag', 'Införa e-arkiv', 'IT-chef', d('2025-04-30'), 'Slutförd', 'Enligt plan', null]);
  ws.addRow(['Nämndinitiativ', 'Se över taxan för planavgifter', 'Planchef', d('2025-10-31'), 'Ej påbörjad', 'Enligt plan', null]);
  ws.getColumn(2).width = 46;
  ws.getColumn(4).numFmt = 'yyyy-mm-dd';
}

function sickLeave(wb) {
  const ws = wb.addWorksheet('Sjukfrånvaro');
  ws.addRow(['Sjukfrånvaro januari–juli, timmar']).font = { bold: true, size: 13 };
  ws.addRow([]);
  bold(ws.addRow(['Grupp', 'År', 'Sjukfrånvaro timmar', 'Dag 1–14', 'Dag 15–59', 'Dag 60–', 'Tillgänglig ordinarie arbetstid', 'Antal anställda']));
  const rows = [
    ['Totalt', 2024, 6120, 2610, 680, 2830, 168000, 152],
    ['Kvinnor', 2024, 4010, null, null, null, 104000, 94],
    ['Män', 2024, 2110, null, null, null, 64000, 58],
    ['29 år eller yngre', 2024, 690, null, null, null, 21000, 19],
    ['30–49 år', 2024, 3150, null, null, null, 84000, 76],
    ['50 år eller äldre', 2024, 2280, null, null, null, 63000, 57],
    ['Totalt', 2025, 5880, 2440, 910, 2530, 171000, 155],
    ['Kvinnor', 2025, 3760, null, null, null, 106000, 96],
    ['Män', 2025, 2120, null, null, null, 65000, 59],
    ['29 år eller yngre', 2025, 540, null, null, null, 17000, 9],
    ['30–49 år', 2025, 3220, null, null, null, 90000, 81],
    ['50 år eller äldre', 2025, 2120, null, null, null, 64000, 65],
  ];
  for (const r of rows) ws.addRow(r);
  ws.getColumn(1).width = 20;
}

function measures(wb) {
  const ws = wb.addWorksheet('Verksamhetsmått');
  ws.addRow(['Verksamhetsmått Kommunstyrelsen']).font = { bold: true, size: 13 };
  ws.addRow([]);
  bold(ws.addRow(['Mått', 'Enhet', 2023, 2024, 2025]));
  ws.addRow(['Antagna detaljplaner', 'st', 4, 6, 5]);
  ws.addRow(['Bygglovsärenden', 'st', 812, 790, null]);
  ws.addRow(['varav beviljade', 'st', 700, 702, null]);
  ws.addRow(['Samtal till kontaktcenter', 'antal', 41200, 43900, 45100]);
  ws.addRow(['varav besvarade inom 3 minuter', 'antal', 33000, 36500, 38900]);
  ws.getColumn(1).width = 36;
}

async function main() {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(path.join(__dirname, 'kommunstyrelsen-2025.xlsx'));
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2025, 8, 5));
  wb.modified = new Date(Date.UTC(2025, 8, 5));
  copyLedger(source, wb);
  investments(wb);
  goals(wb);
  assignments(wb);
  sickLeave(wb);
  measures(wb);
  const out = path.join(__dirname, 'uppfoljning-2025.xlsx');
  await wb.xlsx.writeFile(out);
  process.stdout.write(`Wrote ${out}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e.stack}\n`);
  process.exit(1);
});

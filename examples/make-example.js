#!/usr/bin/env node
'use strict';
/**
 * Writes examples/kommunstyrelsen-2025.xlsx: a realistic ledger export for a kommunstyrelse,
 * the way a finance system prints it: a title and a date above the header, then one row per
 * ansvar × konto × motpart × period × Typ (Utfall / Budget), in kronor with bookkeeping signs
 * (income negative, costs positive). 2024 in full and 2025 through August; budget per month for
 * both years. Seeded, so the content is the same on every run: node examples/make-example.js
 */
const path = require('node:path');
const ExcelJS = require('exceljs');

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20250905);

const ANSVAR = [
  ['1000', 1.0], // Kommunledning
  ['1100', 0.8], // Ekonomiavdelning
  ['1200', 0.7], // HR-avdelning
  ['1300', 1.4], // IT-avdelning
  ['1400', 0.4], // Kommunikation
  ['1500', 0.9], // Planenhet
];

const INTERN = '190';
const EXTERN = ['840', '860', '890'];

/** [konto, kontotext, annual budget kr for scale 1 (bookkeeping sign), motpart kind, ansvar that use it or null for all, profile] */
const ACCOUNTS = [
  ['3110', 'Planavgifter', -2400000, 'e', ['1500'], 'even'],
  ['3150', 'Bygglovsavgifter', -1800000, 'e', ['1500'], 'spring'],
  ['3410', 'Hyresintäkter lokaler', -350000, 'e', ['1000'], 'even'],
  ['3510', 'Statsbidrag', -1200000, 'e', ['1000', '1200'], 'lumpy'],
  ['3520', 'Bidrag från regionen', -600000, 'e', ['1400'], 'lumpy'],
  ['3610', 'Försäljning av tjänster, interna', -9000000, 'i', ['1100', '1200', '1300'], 'even'],
  ['3620', 'Intern debitering IT-tjänster', -14000000, 'i', ['1300'], 'even'],
  ['3690', 'Försäljning av tjänster, externa', -500000, 'e', ['1300', '1100'], 'even'],
  ['4010', 'Förbrukningsmaterial', 180000, 'e', null, 'even'],
  ['4510', 'Köp av huvudverksamhet', 900000, 'e', ['1000'], 'even'],
  ['4610', 'Konsulttjänster', 1500000, 'e', null, 'even'],
  ['4620', 'IT-tjänster', 2600000, 'e', ['1300', '1100'], 'even'],
  ['4630', 'Städtjänster', 420000, 'e', null, 'even'],
  ['5010', 'Månadslön', 11000000, 'e', null, 'salary'],
  ['5020', 'Timlön', 700000, 'e', null, 'summer'],
  ['5050', 'Arvoden förtroendevalda', 1600000, 'e', ['1000'], 'salary'],
  ['5110', 'Semesterlön', 1100000, 'e', null, 'summer'],
  ['5410', 'Sociala avgifter', 3900000, 'e', null, 'salary'],
  ['5510', 'Pensionskostnader', 1300000, 'e', null, 'even'],
  ['5610', 'Friskvård och personalvård', 120000, 'e', null, 'even'],
  ['5710', 'Utbildning personal', 300000, 'e', null, 'spring'],
  ['6110', 'Lokalhyra intern', 1900000, 'i', null, 'even'],
  ['6120', 'Lokalhyra extern', 450000, 'e', ['1000', '1300'], 'even'],
  ['6210', 'El och uppvärmning', 150000, 'e', ['1000'], 'winter'],
  ['6410', 'Kontorsmaterial', 110000, 'e', null, 'even'],
  ['6420', 'Trycksaker och annonser', 260000, 'e', ['1400', '1500'], 'lumpy'],
  ['6510', 'Telefoni', 140000, 'e', null, 'even'],
  ['6520', 'Tele- och IT-kommunikation', 900000, 'e', ['1300'], 'even'],
  ['6550', 'Hyra och leasing av IT-inventarier', 2300000, 'e', ['1300'], 'even'],
  ['6910', 'Försäkringspremier', 240000, 'e', ['1000'], 'lumpy'],
  ['6960', 'Kurser och konferenser', 230000, 'e', null, 'spring'],
  ['7010', 'Bidrag till föreningar', 800000, 'e', ['1000'], 'lumpy'],
  ['7050', 'Partistöd', 1100000, 'e', ['1000'], 'lumpy'],
  ['7690', 'Övriga kostnader', 90000, 'e', null, 'even'],
  ['7810', 'Avskrivningar inventarier', 700000, 'e', ['1300', '1000'], 'even'],
  ['8010', 'Kommunbidrag', 0, 'i', null, 'even'],
  ['8410', 'Ränteintäkter', -40000, 'e', ['1000'], 'lumpy'],
  ['8510', 'Räntekostnader', 25000, 'e', ['1000'], 'even'],
  ['8520', 'Bankavgifter', 12000, 'e', ['1100'], 'even'],
];

const PROFILES = {
  even: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  salary: [1, 1, 1, 1, 1, 1.02, 0.97, 0.98, 1, 1, 1, 1.02],
  summer: [0.6, 0.6, 0.7, 0.8, 0.9, 1.6, 2.4, 1.8, 0.8, 0.6, 0.6, 0.6],
  spring: [0.6, 1.3, 1.6, 1.5, 1.2, 0.8, 0.2, 0.3, 1.3, 1.3, 1.2, 0.7],
  winter: [1.7, 1.6, 1.4, 1.0, 0.7, 0.4, 0.3, 0.3, 0.6, 1.0, 1.4, 1.6],
  lumpy: [2.5, 0.2, 0.3, 2.0, 0.2, 0.5, 0.1, 0.2, 2.8, 0.3, 0.4, 2.5],
};

const round = (x) => Math.round(x * 100) / 100;
const noise = (spread) => 1 + (rand() * 2 - 1) * spread;

function monthlySplit(total, profile) {
  const w = PROFILES[profile];
  const sum = w.reduce((a, b) => a + b, 0);
  const parts = w.map((x) => round((total * x) / sum));
  parts[11] = round(total - parts.slice(0, 11).reduce((a, b) => a + b, 0));
  return parts;
}

function rows() {
  const out = [];
  for (const [ansvar, scale] of ANSVAR) {
    // Budgeted net cost per month, in öre (exact), which the Kommunbidrag covers month by month.
    const net = { 2024: new Array(12).fill(0), 2025: new Array(12).fill(0) };
    const push = (konto, text, motpart, year, month, typ, amount) => out.push([ansvar, konto, text, motpart, year * 100 + month, typ, amount]);
    for (const [konto, text, base, mk, only, profile] of ACCOUNTS) {
      if (konto === '8010' || (only && !only.includes(ansvar))) continue;
      const motpart = mk === 'i' ? INTERN : EXTERN[Number(konto) % EXTERN.length];
      for (const year of [2024, 2025]) {
        const budget = round(base * scale * (year === 2024 ? 0.96 : 1) * noise(0.08));
        const budgetMonths = monthlySplit(budget, 'even');
        // Outcome drifts from budget per account: vacancies below, consultants above.
        const drift = konto === '5010' || konto === '5410' ? 0.94 : konto === '4610' ? 1.12 : konto.startsWith('3') && konto !== '3620' && konto !== '3610' ? 0.92 : noise(0.06);
        const actualMonths = monthlySplit(budget * drift, profile);
        const months = year === 2025 ? 8 : 12;
        for (let m = 1; m <= 12; m++) {
          push(konto, text, motpart, year, m, 'Budget', budgetMonths[m - 1]);
          net[year][m - 1] += Math.round(budgetMonths[m - 1] * 100);
        }
        for (let m = 1; m <= months; m++) push(konto, text, motpart, year, m, 'Utfall', round(actualMonths[m - 1] * noise(0.04)));
      }
    }
    // Kommunbidrag: the net cost of the ansvar's budget, booked monthly as internal income.
    for (const year of [2024, 2025]) {
      const parts = net[year].map((ore) => -ore / 100);
      for (let m = 1; m <= 12; m++) push('8010', 'Kommunbidrag', INTERN, year, m, 'Budget', parts[m - 1]);
      for (let m = 1; m <= (year === 2025 ? 8 : 12); m++) push('8010', 'Kommunbidrag', INTERN, year, m, 'Utfall', parts[m - 1]);
    }
  }
  return out;
}

async function main() {
  const wb = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2025, 8, 5, 8, 0, 0));
  wb.creator = 'Kommunrapport exempel';
  wb.created = fixed;
  wb.modified = fixed;
  const ws = wb.addWorksheet('Huvudbok');
  ws.addRow(['Huvudbok Kommunstyrelsen 2024–2025 (utdrag ur ekonomisystemet)']).font = { bold: true, size: 13 };
  ws.addRow(['Utskriven 2025-09-05, belopp i kronor']);
  ws.addRow([]);
  const header = ws.addRow(['Ansvar', 'Konto', 'Kontotext', 'Motpart', 'Period', 'Typ', 'Belopp']);
  header.font = { bold: true };
  for (const r of rows()) ws.addRow(r);
  ws.getColumn(7).numFmt = '#,##0.00;-#,##0.00';
  [9, 9, 34, 9, 9, 9, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  const out = path.join(__dirname, 'kommunstyrelsen-2025.xlsx');
  await wb.xlsx.writeFile(out);
  process.stdout.write(`Wrote ${out} (${ws.rowCount - 4} ledger rows)\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});

import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { normalizeLabel } from '../text/normalize';
import { roleOfHeader } from '../ledger/headers';
import { HEADER_SEARCH_ROWS } from '../ledger/find-table';

/**
 * The investment ledger's columns: the project (Projekt, Projektnr, Projektnummer,
 * Investeringsprojekt) with its text (Projektnamn, Benämning), an optional category
 * (Investeringstyp, Kategori, Investeringsområde), Ursprunglig budget and Ombudgetering /
 * Tilläggsbudget, and the ledger reader's own roles for period, type and amounts. A finder of its
 * own, so the drift reader's header detection is unchanged.
 */
export type InvestmentRole =
  | 'project'
  | 'projectName'
  | 'category'
  | 'originalBudget'
  | 'budgetChange'
  | 'period'
  | 'year'
  | 'amountType'
  | 'actual'
  | 'actualPrior'
  | 'budget'
  | 'budgetYear'
  | 'forecast';

export type InvestmentColumnCell = { readonly col: number; readonly header: string; readonly role: InvestmentRole };

const OWN: Readonly<Record<string, InvestmentRole>> = {};
function add(role: InvestmentRole, labels: readonly string[]): void {
  for (const l of labels) (OWN as Record<string, InvestmentRole>)[l] = role;
}
add('project', ['projekt', 'projektnr', 'projekt nr', 'projektnummer', 'investeringsprojekt', 'proj', 'projektkod', 'projekt id', 'projektid', 'project', 'project no']);
add('projectName', ['projektnamn', 'projekt namn', 'projektbenamning', 'projekttext', 'benamning', 'beskrivning', 'project name']);
add('category', ['investeringstyp', 'kategori', 'investeringsomrade', 'investeringskategori', 'typ av investering', 'category']);
add('originalBudget', ['ursprunglig budget', 'ursprunglig arsbudget', 'budget ursprunglig', 'ursprungsbudget', 'original budget']);
add('budgetChange', ['ombudgetering', 'ombudgeterat', 'tillaggsbudget', 'tillaggsanslag', 'ombudgetering fran fg ar', 'budget carried over']);
add('budgetYear', ['total budget', 'totalbudget', 'budget totalt', 'reviderad budget', 'aktuell budget', 'budget']);
add('actual', ['delarsbokslut', 'utfall hittills']);

const AMOUNTS: readonly InvestmentRole[] = ['actual', 'actualPrior', 'budget', 'budgetYear', 'forecast', 'originalBudget', 'budgetChange'];

/** The role of one header text, or null; "Ursprunglig budget 2023" and "Delårsbokslut 2022" by their first words. */
function investmentRole(text: unknown): InvestmentRole | null {
  if (typeof text !== 'string') return null;
  const label = normalizeLabel(text);
  if (label === '') return null;
  if (Object.prototype.hasOwnProperty.call(OWN, label)) return OWN[label];
  const first = label.split(' ')[0];
  if (first === 'ursprunglig' || first === 'ursprungsbudget') return 'originalBudget';
  if (first === 'ombudgetering' || first === 'tillaggsbudget') return 'budgetChange';
  if (label.startsWith('total budget') || first === 'totalbudget') return 'budgetYear';
  if (first === 'delarsbokslut') return 'actual';
  const found = roleOfHeader(text);
  if (!found) return null;
  switch (found.role) {
    case 'period':
    case 'year':
    case 'amountType':
    case 'actual':
    case 'actualPrior':
    case 'budget':
    case 'budgetYear':
    case 'forecast':
      return found.role;
    default:
      return null; // Konto, Ansvar and the like: not needed for the investment table
  }
}

function yearIn(header: string): number | null {
  const m = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(header);
  return m ? Number(m[1]) : null;
}

/** "Utfall 2023" beside "Utfall 2022" (or Delårsbokslut 2023/2022): the earlier is the prior year. */
function splitYears(cells: InvestmentColumnCell[]): InvestmentColumnCell[] {
  const actuals = cells.filter((c) => c.role === 'actual');
  const years = actuals.map((c) => yearIn(c.header));
  if (actuals.length !== 2 || years.some((y) => y === null) || years[0] === years[1]) return cells;
  const earlier = Math.min(...(years as number[]));
  return cells.map((c) => (c.role === 'actual' && yearIn(c.header) === earlier ? { ...c, role: 'actualPrior' } : c));
}

function investmentCells(sheet: SheetSnapshot, row: number): InvestmentColumnCell[] {
  const values = sheet.values[row - sheet.originRow];
  if (!values) return [];
  const out: InvestmentColumnCell[] = [];
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    const role = investmentRole(v);
    if (role) out.push({ col: c + sheet.originCol, header: String(v).trim(), role });
  }
  // Benämning beside a Projektnamn column is some other text (an account's): the specific one wins.
  const names = out.filter((c) => c.role === 'projectName');
  const specific = names.find((c) => normalizeLabel(c.header).startsWith('projekt'));
  return splitYears(specific ? out.filter((c) => c.role !== 'projectName' || c === specific) : out);
}

export type InvestmentTable = { readonly sheet: SheetSnapshot; readonly headerRow: number; readonly cells: readonly InvestmentColumnCell[]; readonly score: number };

function score(cells: readonly InvestmentColumnCell[]): number {
  const roles = new Set(cells.map((c) => c.role));
  if (!roles.has('project') || !cells.some((c) => AMOUNTS.includes(c.role))) return 0;
  return roles.size + 10;
}

/** Sheets never read as the investment ledger: the structure sheets and tables this add-in wrote. */
function isOwnInvestmentSheet(name: string): boolean {
  const n = normalizeLabel(name);
  return n === 'investeringsstruktur' || n === 'rapportstruktur' || name.startsWith('Rapport ') || /^Investeringar \d{4}-\d{2}/.test(name);
}

/** The best header row (first 50 rows) of the named sheet, or of every sheet but the add-in's own. */
export function findInvestmentTable(snapshot: WorkbookSnapshot, sheetName?: string): InvestmentTable | null {
  const sheets = sheetName !== undefined ? snapshot.sheets.filter((s) => normalizeLabel(s.name) === normalizeLabel(sheetName)) : snapshot.sheets.filter((s) => !isOwnInvestmentSheet(s.name));
  let best: InvestmentTable | null = null;
  for (const sheet of sheets) {
    const last = Math.min(sheet.originRow + sheet.values.length, HEADER_SEARCH_ROWS);
    for (let row = sheet.originRow; row < last; row++) {
      const cells = investmentCells(sheet, row);
      const s = score(cells);
      if (s > 0 && (!best || s > best.score)) best = { sheet, headerRow: row, cells, score: s };
    }
  }
  return best;
}

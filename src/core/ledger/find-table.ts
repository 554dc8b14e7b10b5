import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { normalizeLabel } from '../text/normalize';
import type { ColumnRole } from './types';
import { AMOUNT_ROLES, dimensionName, roleOfHeader } from './headers';

/** Header-row search: the first 50 rows of every sheet except the add-in's own. */
export const HEADER_SEARCH_ROWS = 50;

export type RoleOverrides = Readonly<Record<string, ColumnRole | 'ignore'>>;

export type HeaderCell = {
  readonly col: number;
  readonly header: string;
  readonly role: ColumnRole;
  readonly dimension?: string;
};

export type TableCandidate = {
  readonly sheet: SheetSnapshot;
  /** 0-based sheet row of the header. */
  readonly headerRow: number;
  readonly cells: readonly HeaderCell[];
  readonly score: number;
};

/** Sheets the ledger is never read from: the structure sheet and reports this add-in wrote. */
export function isOwnSheet(name: string): boolean {
  return normalizeLabel(name) === 'rapportstruktur' || name.startsWith('Rapport ');
}

function overrideFor(header: string, roles: RoleOverrides | undefined): ColumnRole | 'ignore' | undefined {
  if (!roles) return undefined;
  if (Object.prototype.hasOwnProperty.call(roles, header)) return roles[header];
  const label = normalizeLabel(header);
  for (const [k, v] of Object.entries(roles)) if (normalizeLabel(k) === label) return v;
  return undefined;
}

/** The recognised header cells of one sheet row (0-based sheet row). */
export function headerCells(sheet: SheetSnapshot, row: number, roles?: RoleOverrides): HeaderCell[] {
  const values = sheet.values[row - sheet.originRow];
  if (!values) return [];
  const out: HeaderCell[] = [];
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (typeof v !== 'string' || v.trim() === '') continue;
    const header = v.trim();
    const forced = overrideFor(header, roles);
    if (forced === 'ignore') continue;
    const col = c + sheet.originCol;
    if (forced !== undefined) {
      out.push(forced === 'dimension' ? { col, header, role: forced, dimension: dimensionName(header) } : { col, header, role: forced });
      continue;
    }
    const found = roleOfHeader(header);
    if (found) out.push({ col, header, role: found.role, ...(found.dimension ? { dimension: found.dimension } : {}) });
  }
  return out;
}

/** Distinct roles found, with the account and an amount weighing most; 0 when it is no header. */
export function headerScore(cells: readonly HeaderCell[]): number {
  const roles = new Set(cells.map((c) => (c.role === 'dimension' ? `d:${c.dimension}` : c.role)));
  const hasAccount = roles.has('account');
  const hasAmount = cells.some((c) => AMOUNT_ROLES.includes(c.role));
  if (roles.size < 2 || (!hasAccount && !hasAmount)) return 0;
  return roles.size + (hasAccount ? 10 : 0) + (hasAmount ? 5 : 0);
}

/** The best header row of one sheet, or null. */
export function detectHeader(sheet: SheetSnapshot, roles?: RoleOverrides): TableCandidate | null {
  let best: TableCandidate | null = null;
  const last = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < last; i++) {
    const row = sheet.originRow + i;
    if (row >= HEADER_SEARCH_ROWS) break;
    const cells = headerCells(sheet, row, roles);
    const score = headerScore(cells);
    if (score > 0 && (!best || score > best.score)) best = { sheet, headerRow: row, cells, score };
  }
  return best;
}

export type FindResult =
  | { readonly kind: 'found'; readonly table: TableCandidate }
  | { readonly kind: 'no-sheet'; readonly sheets: readonly string[] }
  | { readonly kind: 'none'; readonly searched: readonly string[] };

/** The ledger table of the workbook: the named sheet, or the best-scoring sheet. */
export function findTable(snapshot: WorkbookSnapshot, sheetName?: string, roles?: RoleOverrides): FindResult {
  if (sheetName !== undefined) {
    const sheet =
      snapshot.sheets.find((s) => s.name === sheetName) ?? snapshot.sheets.find((s) => normalizeLabel(s.name) === normalizeLabel(sheetName));
    if (!sheet) return { kind: 'no-sheet', sheets: snapshot.sheets.map((s) => s.name) };
    const t = detectHeader(sheet, roles);
    return t ? { kind: 'found', table: t } : { kind: 'none', searched: [sheet.name] };
  }
  let best: TableCandidate | null = null;
  const searched: string[] = [];
  for (const sheet of snapshot.sheets) {
    if (isOwnSheet(sheet.name)) continue;
    searched.push(sheet.name);
    const t = detectHeader(sheet, roles);
    if (t && (!best || t.score > best.score)) best = t;
  }
  return best ? { kind: 'found', table: best } : { kind: 'none', searched };
}

import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { isCellError } from '../snapshot';
import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import { cellA1 } from '../address';
import { normalizeLabel } from '../text/normalize';
import { parseProjectRule } from './project-rule';
import type { InvestmentStructure, StructureLine } from './structure';
import { STRUCTURE_SHEET } from './structure';

/**
 * Reads an `Investeringsstruktur` sheet: header `Id | Rubrik | Typ | Projekt | Summa av`
 * (optional `Nivå`) in the first 20 rows, one line per row below. Typ `rad` takes projects
 * (`4001-4003; 4120`), `summa` adds other ids. Null structure when there is no such sheet.
 * Unknown ids and cycles are checked by plan.ts.
 */
type Field = 'id' | 'label' | 'type' | 'projects' | 'sumOf' | 'level';

const HEADERS: Record<Field, readonly string[]> = {
  id: ['id'],
  label: ['rubrik', 'benamning', 'text', 'label'],
  type: ['typ', 'type'],
  projects: ['projekt', 'projektnr', 'projekten', 'projects', 'project'],
  sumOf: ['summa av', 'sum of', 'summa'],
  level: ['niva', 'level'],
};

const TYPES: Record<string, 'rad' | 'summa'> = {
  rad: 'rad', line: 'rad', projekt: 'rad', konton: 'rad', summa: 'summa', sum: 'summa', total: 'summa', grupp: 'summa', group: 'summa',
};

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined || isCellError(v)) return '';
  return String(v).trim();
}

function findHeader(sheet: SheetSnapshot): { row: number; cols: Partial<Record<Field, number>> } | null {
  for (let r = 0; r < Math.min(20, sheet.values.length); r++) {
    const cols: Partial<Record<Field, number>> = {};
    (sheet.values[r] ?? []).forEach((v, c) => {
      const n = normalizeLabel(v);
      for (const f of Object.keys(HEADERS) as Field[]) if (cols[f] === undefined && HEADERS[f].includes(n)) cols[f] = c;
    });
    if (cols.id !== undefined && cols.label !== undefined && cols.type !== undefined) return { row: r, cols };
  }
  return null;
}

export type StructureRead = { readonly structure: InvestmentStructure | null; readonly issues: Issue[] };

export function readStructure(snapshot: WorkbookSnapshot): StructureRead {
  const sheet = snapshot.sheets.find((s) => normalizeLabel(s.name) === normalizeLabel(STRUCTURE_SHEET));
  if (!sheet) return { structure: null, issues: [] };
  const issues: Issue[] = [];
  const header = findHeader(sheet);
  if (!header) {
    issues.push(makeIssue('investments.structure.no-header', 'error', {}, { sheet: sheet.name, address: cellA1(sheet.originRow, sheet.originCol) }));
    return { structure: null, issues };
  }
  const lines: StructureLine[] = [];
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const sheetRow = sheet.originRow + r;
    const at = (f: Field): string | undefined => (header.cols[f] === undefined ? undefined : cellA1(sheetRow, sheet.originCol + (header.cols[f] as number)));
    const get = (f: Field): string => (header.cols[f] === undefined ? '' : text(row[header.cols[f] as number]));
    const id = get('id');
    const label = get('label');
    if (id === '' && label === '' && get('projects') === '') continue;
    const where = { sheet: sheet.name };
    if (id === '') {
      issues.push(makeIssue('report.template.missing-id', 'error', { label }, { ...where, address: at('id') }));
      continue;
    }
    const kind = TYPES[normalizeLabel(get('type'))];
    if (!kind) {
      issues.push(makeIssue('investments.structure.bad-type', 'error', { id, value: get('type') }, { ...where, address: at('type') }));
      continue;
    }
    const levelText = get('level');
    let level: number | undefined;
    if (levelText !== '') {
      const n = Number(levelText);
      if (Number.isInteger(n) && n >= 0 && n <= 9) level = n;
      else issues.push(makeIssue('report.template.bad-level', 'warning', { id, value: levelText }, { ...where, address: at('level') }));
    }
    const sumOf = kind === 'summa' ? get('sumOf').split(/[;,]/).map((s) => s.trim()).filter((s) => s !== '') : [];
    lines.push({
      id,
      label: label || id,
      kind,
      rule: parseProjectRule(kind === 'rad' ? get('projects') : ''),
      sumOf,
      ...(level !== undefined ? { level } : {}),
      source: { sheet: sheet.name, row: sheetRow, cells: { id: at('id'), type: at('type'), projects: at('projects'), sumOf: at('sumOf'), level: at('level') } },
    });
  }
  if (lines.length === 0) {
    issues.push(makeIssue('investments.structure.empty', 'error', {}, { sheet: sheet.name, address: cellA1(sheet.originRow + header.row, sheet.originCol) }));
    return { structure: null, issues };
  }
  return { structure: { origin: 'sheet', lines }, issues };
}

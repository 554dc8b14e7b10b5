import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { isCellError } from '../snapshot';
import type { Issue } from '../issue';
import { makeIssue } from '../issue';
import { cellA1 } from '../address';
import { normalizeLabel } from '../text/normalize';
import type { LineType, MotpartFilter, Template, TemplateLine } from './template';
import { NO_ACCOUNTS } from './template';
import { parseAccountRule } from './account-rule';

/**
 * Reads a `Rapportstruktur` sheet: header `Id | Rubrik | Typ | Konton | Motpart | Summa av`
 * (optional `Nivå`) anywhere in the first 20 rows, one line per row below it. Returns
 * template null when the workbook has no such sheet (the caller uses the default).
 * Structural checks (unknown ids, cycles) are in check-template.ts.
 */
export const TEMPLATE_SHEET = 'Rapportstruktur';

type Field = 'id' | 'label' | 'type' | 'accounts' | 'motpart' | 'sumOf' | 'level';

const HEADERS: Record<Field, readonly string[]> = {
  id: ['id'],
  label: ['rubrik', 'label', 'benamning', 'text'],
  type: ['typ', 'type'],
  accounts: ['konton', 'konto', 'accounts'],
  motpart: ['motpart', 'counterparty'],
  sumOf: ['summa av', 'sum of', 'summa'],
  level: ['niva', 'level'],
};

const TYPES: Record<string, LineType> = {
  konton: 'konton', konto: 'konton', accounts: 'konton', varav: 'varav', 'of which': 'varav', summa: 'summa', sum: 'summa', total: 'summa',
};
const MOTPART: Record<string, MotpartFilter> = {
  '': 'all', alla: 'all', all: 'all', intern: 'intern', interna: 'intern', internal: 'intern', extern: 'extern', externa: 'extern', external: 'extern',
};

export type TemplateRead = { readonly template: Template | null; readonly issues: Issue[] };

function text(v: CellValue): string {
  if (v === null || v === undefined || isCellError(v)) return '';
  return String(v).trim();
}

function findHeader(sheet: SheetSnapshot): { row: number; cols: Partial<Record<Field, number>> } | null {
  for (let r = 0; r < Math.min(20, sheet.values.length); r++) {
    const cols: Partial<Record<Field, number>> = {};
    sheet.values[r].forEach((v, c) => {
      const n = normalizeLabel(v);
      for (const f of Object.keys(HEADERS) as Field[]) if (cols[f] === undefined && HEADERS[f].includes(n)) cols[f] = c;
    });
    if (cols.id !== undefined && cols.label !== undefined && cols.type !== undefined) return { row: r, cols };
  }
  return null;
}

export function readTemplate(snapshot: WorkbookSnapshot): TemplateRead {
  const sheet = snapshot.sheets.find((s) => normalizeLabel(s.name) === normalizeLabel(TEMPLATE_SHEET));
  if (!sheet) return { template: null, issues: [] };
  const issues: Issue[] = [];
  const header = findHeader(sheet);
  if (!header) {
    issues.push(makeIssue('report.template.no-header', 'error', {}, { sheet: sheet.name, address: cellA1(sheet.originRow, sheet.originCol) }));
    return { template: null, issues };
  }
  const lines: TemplateLine[] = [];
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    const sheetRow = sheet.originRow + r;
    const at = (f: Field): string | undefined => (header.cols[f] === undefined ? undefined : cellA1(sheetRow, sheet.originCol + (header.cols[f] as number)));
    const get = (f: Field): string => (header.cols[f] === undefined ? '' : text(row[header.cols[f] as number] ?? null));
    const id = get('id');
    const label = get('label');
    if (id === '' && label === '' && get('accounts') === '') continue;
    const where = { sheet: sheet.name };
    if (id === '') {
      issues.push(makeIssue('report.template.missing-id', 'error', { label }, { ...where, address: at('id') }));
      continue;
    }
    const type = TYPES[normalizeLabel(get('type'))];
    if (!type) {
      issues.push(makeIssue('report.template.bad-type', 'error', { id, value: get('type') }, { ...where, address: at('type') }));
      continue;
    }
    const motpart = MOTPART[normalizeLabel(get('motpart'))];
    if (!motpart) issues.push(makeIssue('report.template.bad-motpart', 'warning', { id, value: get('motpart') }, { ...where, address: at('motpart') }));
    const parsed = parseAccountRule(type === 'summa' ? '' : get('accounts'));
    if (parsed.bad.length > 0) {
      issues.push(makeIssue('report.template.bad-range', 'error', { id, value: parsed.bad.join('; ') }, { ...where, address: at('accounts') }));
    }
    const levelText = get('level');
    let level = type === 'varav' ? 1 : 0;
    if (levelText !== '') {
      const n = Number(levelText);
      if (Number.isInteger(n) && n >= 0 && n <= 5) level = n;
      else issues.push(makeIssue('report.template.bad-level', 'warning', { id, value: levelText }, { ...where, address: at('level') }));
    }
    const sumOf = type === 'summa' ? get('sumOf').split(/[;,]/).map((s) => s.trim()).filter((s) => s !== '') : [];
    lines.push({
      id,
      label: { sv: label || id, en: label || id },
      type,
      accounts: type === 'summa' ? NO_ACCOUNTS : parsed.rule,
      motpart: motpart ?? 'all',
      sumOf,
      level,
      source: { sheet: sheet.name, row: sheetRow, cells: { id: at('id'), type: at('type'), accounts: at('accounts'), sumOf: at('sumOf'), level: at('level') } },
    });
  }
  if (lines.length === 0) {
    issues.push(makeIssue('report.template.empty', 'error', {}, { sheet: sheet.name, address: cellA1(sheet.originRow + header.row, sheet.originCol) }));
    return { template: null, issues };
  }
  return { template: { origin: sheet.name, lines }, issues };
}

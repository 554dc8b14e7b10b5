import type { ColumnRole } from './types';
import { normalizeLabel } from '../text/normalize';

/**
 * Which role a header text plays (DOMAIN.md §1), matched case-, accent- and
 * punctuation-insensitively: "Kontonr." = "kontonr", "Årsbudget" = "arsbudget".
 */
export type HeaderRole = { readonly role: ColumnRole; readonly dimension?: string };

const EXACT: Readonly<Record<string, ColumnRole>> = {};
function add(role: ColumnRole, labels: readonly string[]): void {
  for (const l of labels) (EXACT as Record<string, ColumnRole>)[l] = role;
}
add('account', ['konto', 'kto', 'kontonr', 'konto nr', 'kontonummer', 'slag', 'kostnadsslag', 'account', 'account no', 'account number', 'kontokod']);
add('accountText', ['kontotext', 'kontonamn', 'benamning', 'account name', 'kontobenamning', 'konto text', 'konto namn', 'kostnadsslagstext', 'account text']);
add('period', ['period', 'manad', 'bokforingsperiod', 'per', 'aaaamm', 'yyyymm', 'arman', 'ar man', 'ar manad', 'redovisningsperiod', 'month']);
add('year', ['ar', 'year', 'rakenskapsar', 'bokforingsar']);
add('actual', ['utfall', 'belopp', 'saldo', 'redovisat', 'actual', 'amount', 'utfall kr', 'belopp kr', 'utfall period', 'utfall perioden']);
add('budget', ['budget', 'periodbudget', 'budget period', 'budget perioden', 'budget kr']);
add('budgetYear', ['arsbudget', 'budget helar', 'helarsbudget', 'budget ar', 'budget helt ar', 'annual budget', 'full year budget']);
add('forecast', ['prognos', 'prognos helar', 'forecast', 'helarsprognos', 'arsprognos', 'prognos ar']);
add('amountType', ['typ', 'beloppstyp', 'belopps typ', 'version', 'type', 'amount type']);

const DIMENSIONS: Readonly<Record<string, string>> = {
  ansvar: 'Ansvar', ansv: 'Ansvar', ansvarskod: 'Ansvar', ansvarsomrade: 'Ansvar',
  verksamhet: 'Verksamhet', vht: 'Verksamhet', verksamhetskod: 'Verksamhet',
  aktivitet: 'Aktivitet', akt: 'Aktivitet',
  projekt: 'Projekt', proj: 'Projekt',
  objekt: 'Objekt', obj: 'Objekt',
  motpart: 'Motpart', mp: 'Motpart', motpartskod: 'Motpart',
  kostnadsstalle: 'Kostnadsställe', kst: 'Kostnadsställe',
  forvaltning: 'Förvaltning', forv: 'Förvaltning',
  namnd: 'Nämnd',
};

/** The canonical Swedish dimension names, for a header given as a dimension by the user. */
export const DIMENSION_NAMES: readonly string[] = [...new Set(Object.values(DIMENSIONS))];

const PRIOR_WORDS = ['fg', 'foreg', 'foregaende', 'fjol', 'fjolaret', 'fgar', 'prior', 'previous', 'last'];

function hasWord(label: string, words: readonly string[]): boolean {
  const tokens = label.split(' ');
  return tokens.some((t) => words.includes(t));
}

/** Aggregated-listing headers: "Utfall jan–aug", "Utfall ack", "Utfall fg år ack", "Budget helår 2025". */
function byPrefix(label: string): ColumnRole | null {
  const first = label.split(' ')[0];
  if (first === 'utfall' || first === 'redovisat' || first === 'ack' || first === 'ackumulerat') {
    if (first === 'ack' && !label.includes('utfall')) return null;
    return hasWord(label, PRIOR_WORDS) || label.includes('fg ar') ? 'actualPrior' : 'actual';
  }
  if (first === 'budget' || first === 'arsbudget') {
    const rest = label.split(' ').slice(1);
    if (first === 'arsbudget' || hasWord(label, ['helar', 'ar', 'arsbudget', 'helt'])) return 'budgetYear';
    if (rest.length > 0 && rest.every((t) => /^\d{4}$/.test(t))) return 'budgetYear'; // Budget 2025
    if (rest.length > 0) return 'budget'; // Budget ack, Budget jan–aug, Budget perioden
    return null;
  }
  if (first === 'prognos' || first === 'helarsprognos' || first === 'arsprognos') return 'forecast';
  return null;
}

export function roleOfHeader(text: unknown): HeaderRole | null {
  if (typeof text !== 'string') return null;
  const label = normalizeLabel(text);
  if (label === '') return null;
  const exact = EXACT[label];
  if (exact !== undefined && Object.prototype.hasOwnProperty.call(EXACT, label)) return { role: exact };
  if (Object.prototype.hasOwnProperty.call(DIMENSIONS, label)) return { role: 'dimension', dimension: DIMENSIONS[label] };
  const pre = byPrefix(label);
  return pre ? { role: pre } : null;
}

/** The canonical dimension name for a header, or the header itself when it is not a known one. */
export function dimensionName(header: string): string {
  const label = normalizeLabel(header);
  return Object.prototype.hasOwnProperty.call(DIMENSIONS, label) ? DIMENSIONS[label] : header.trim();
}

export const AMOUNT_ROLES: readonly ColumnRole[] = ['actual', 'budget', 'budgetYear', 'forecast', 'amount', 'actualPrior'];

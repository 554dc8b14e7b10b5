import type { Lang } from '../i18n/types';
import { normalizeLabel } from '../text/normalize';
import type { AssignmentStatus, PlanFlag } from './types';

export type AssignmentRole = 'type' | 'title' | 'responsible' | 'decided' | 'end' | 'status' | 'plan' | 'comment';

const HEADERS: readonly [RegExp, AssignmentRole][] = [
  [/^(typ|type|kategori|category|slag)$/, 'type'],
  [/^(uppdrag|titel|title|rubrik|beskrivning|uppdragsbeskrivning|assignment|initiativ|namn)$/, 'title'],
  [/^(ansvarig|ansvar|responsible|ansvarig forvaltning|ansvarig enhet|owner)$/, 'responsible'],
  [/^(beslutsdatum|beslutad|beslut|beslutat|decision date|decided)$/, 'decided'],
  [/^(slutdatum|klart senast|deadline|end date|due date|slutdatum klart|ska vara klart|fardigdatum)$/, 'end'],
  [/^(status|lage|state)$/, 'status'],
  [/^(prognos|plan|prognos plan|enligt plan|plan prognos|forecast|tidplan|prognos tidplan)$/, 'plan'],
  [/^(kommentar|comment|kommentar avvikelse|orsak|anledning|reason|comments|kommentarer)$/, 'comment'],
];

export function classifyAssignmentHeader(text: string): AssignmentRole | null {
  const n = normalizeLabel(text);
  for (const [re, role] of HEADERS) if (re.test(n)) return role;
  return null;
}

const STATUS: readonly [RegExp, AssignmentStatus][] = [
  [/^(ej paborjad|ej paborjat|inte paborjad|inte paborjat|not started|ej startad)$/, 'NOT_STARTED'],
  [/^(paborjad|paborjat|pagaende|pagar|startad|under arbete|started|in progress|ongoing)$/, 'STARTED'],
  [/^(slutford|slutfort|fardig|fardigt|klar|klart|avslutad|avslutat|genomford|genomfort|finished|done|completed)$/, 'DONE'],
];

export function readStatus(text: string): AssignmentStatus | null {
  const n = normalizeLabel(text);
  return STATUS.find(([re]) => re.test(n))?.[1] ?? null;
}

export function readPlan(text: string): PlanFlag | null {
  const n = normalizeLabel(text);
  if (n === '') return 'unspecified';
  if (/^(enligt plan|on plan|on track|according to plan|ja|yes)$/.test(n)) return 'on-plan';
  if (/^(avvikelse fran plan|avvikelse|avviker|avviker fran plan|deviating|deviation|off plan|not on plan|nej|no)$/.test(n)) return 'deviating';
  return null;
}

/** "uppdrag" → "Uppdrag", "nämndinitiativ" → "Nämndinitiativ"; other types kept as written. */
export function canonicalType(text: string): string {
  const n = normalizeLabel(text);
  if (n === '' || n === 'uppdrag') return 'Uppdrag';
  if (n === 'namndinitiativ') return 'Nämndinitiativ';
  return text.trim();
}

export const STATUS_LABEL: Readonly<Record<AssignmentStatus, Readonly<Record<Lang, string>>>> = {
  NOT_STARTED: { sv: 'Ej påbörjad', en: 'Not started' },
  STARTED: { sv: 'Påbörjad', en: 'Started' },
  DONE: { sv: 'Slutförd', en: 'Finished' },
};

export const STATUS_ORDER: readonly AssignmentStatus[] = ['NOT_STARTED', 'STARTED', 'DONE'];

export function statusLabel(s: AssignmentStatus | { readonly text: string }, lang: Lang): string {
  return typeof s === 'string' ? STATUS_LABEL[s][lang] : s.text;
}

/** A Swedish status label, as the summary holds it, in `lang` (unknown text passes through). */
export function translateStatus(sv: string, lang: Lang): string {
  const known = STATUS_ORDER.find((s) => STATUS_LABEL[s].sv === sv);
  return known ? STATUS_LABEL[known][lang] : sv;
}

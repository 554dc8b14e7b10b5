import type { Lang } from '../i18n/types';
import type { InvestmentLedger } from './types';
import type { ProjectRule } from './project-rule';
import type { InvestmentStructure, StructureLine } from './structure';

/**
 * The structure when the workbook has no Investeringsstruktur sheet: one line per category
 * (the ledger's Investeringstyp / Kategori / Investeringsområde column) with its projects
 * beneath, or else one line per project; a total at the end either way.
 */
const TOTAL_ID = 'total';
export const TEXT = {
  sv: { total: 'Summa investeringar', noCategory: '(utan kategori)' },
  en: { total: 'Total investments', noCategory: '(no category)' },
} as const;

function codesRule(codes: readonly string[]): ProjectRule {
  return { text: codes.join('; '), ranges: [], codes: new Set(codes.map((c) => c.toLowerCase())), excludeRanges: [], excludeCodes: new Set() };
}

export function defaultStructure(ledger: InvestmentLedger, lang: Lang): InvestmentStructure {
  const lines: StructureLine[] = [];
  if (ledger.categoryHeader !== undefined) {
    const byCategory = new Map<string, string[]>();
    for (const p of ledger.projects) {
      const list = byCategory.get(p.category) ?? [];
      list.push(p.code);
      byCategory.set(p.category, list);
    }
    for (const [category, codes] of byCategory) {
      lines.push({ id: `kategori:${category}`, label: category || TEXT[lang].noCategory, kind: 'rad', rule: codesRule(codes), sumOf: [], showProjects: true });
    }
  } else {
    for (const p of ledger.projects) {
      lines.push({ id: p.code, label: p.name ? `${p.code} ${p.name}` : p.code, kind: 'rad', rule: codesRule([p.code]), sumOf: [] });
    }
  }
  const parts = lines.map((l) => l.id);
  lines.push({ id: TOTAL_ID, label: TEXT[lang].total, kind: 'summa', rule: codesRule([]), sumOf: parts });
  return { origin: ledger.categoryHeader !== undefined ? 'category' : 'projects', lines };
}

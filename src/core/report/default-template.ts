import type { MotpartFilter, Template, TemplateLine } from './template';
import { NO_ACCOUNTS } from './template';
import { rule } from './account-rule';

/**
 * The default template (DOMAIN.md §3), by Kommun-Bas 13 classes.
 *
 * Without a Motpart dimension, Verksamhetens intäkter is one line over class 3; with one, it is
 * the sum of Externa intäkter and Interna intäkter (motpart starting 1–4 is internal). The split
 * needs Motpart: guessing it from account numbers would be a silent wrong number.
 *
 * Kommunbidrag: a nämnd receives it as an internal income, and where it lands in class 3 it would
 * also count as Verksamhetens intäkter. The default therefore maps Kommunbidrag to groups 80 and
 * 82 (skatteintäkter, generella statsbidrag och utjämning: the money the allocation comes from)
 * and keeps class 3 for the nämnd's own income. This is not verified for every kommun: one that
 * books it on a class 3 account writes e.g. Kommunbidrag = 3990 and Verksamhetens intäkter =
 * 3;!3990 in a Rapportstruktur sheet.
 *
 * Lokalhyror as group 61 is marked unverified (DOMAIN.md §2).
 */
function konton(id: string, sv: string, en: string, accounts: string, level: number, motpart: MotpartFilter = 'all'): TemplateLine {
  return { id, label: { sv, en }, type: 'konton', accounts: rule(accounts), motpart, sumOf: [], level };
}

function varav(id: string, sv: string, en: string, accounts: string, level: number, motpart: MotpartFilter = 'all'): TemplateLine {
  return { id, label: { sv, en }, type: 'varav', accounts: rule(accounts), motpart, sumOf: [], level };
}

function summa(id: string, sv: string, en: string, sumOf: readonly string[], level = 0): TemplateLine {
  return { id, label: { sv, en }, type: 'summa', accounts: NO_ACCOUNTS, motpart: 'all', sumOf, level };
}

export const KOMMUNBIDRAG_ACCOUNTS = '80;82';

export function defaultTemplate(hasMotpart: boolean): Template {
  const income: TemplateLine[] = hasMotpart
    ? [
        summa('income', 'Verksamhetens intäkter', 'Operating income', ['income.external', 'income.internal']),
        konton('income.external', 'Externa intäkter', 'External income', '3', 1, 'extern'),
        varav('income.grants', 'varav statsbidrag', 'of which government grants', '35', 2, 'extern'),
        varav('income.fees', 'varav taxor och avgifter', 'of which fees and charges', '31', 2, 'extern'),
        konton('income.internal', 'Interna intäkter', 'Internal income', '3', 1, 'intern'),
      ]
    : [
        konton('income', 'Verksamhetens intäkter', 'Operating income', '3', 0),
        varav('income.grants', 'varav statsbidrag', 'of which government grants', '35', 1),
        varav('income.fees', 'varav taxor och avgifter', 'of which fees and charges', '31', 1),
      ];
  const lines: TemplateLine[] = [
    ...income,
    konton('personnel', 'Personalkostnader (inkl. PO)', 'Personnel costs (incl. payroll overheads)', '5', 0),
    { ...konton('premises', 'Lokalhyror', 'Premises rent', '61', 0), note: 'unverified' },
    konton('other', 'Övriga kostnader', 'Other costs', '4;6;7;!61', 0),
    summa('costs', 'Verksamhetens kostnader', 'Operating costs', ['personnel', 'premises', 'other']),
    summa('net', 'Verksamhetens nettokostnad', 'Net operating cost', ['income', 'costs']),
    { ...konton('allocation', 'Kommunbidrag', 'Municipal allocation', KOMMUNBIDRAG_ACCOUNTS, 0), note: 'unverified' },
    konton('financial', 'Finansnetto', 'Net financial items', '84;85', 0),
    summa('result', 'Årets resultat', 'Result for the year', ['net', 'allocation', 'financial']),
  ];
  return { origin: 'default', lines };
}

import type { Template, TemplateLine } from './template';
import { NO_ACCOUNTS } from './template';
import { rule } from './account-rule';

/**
 * The template for a company ledger on the BAS chart (a kommunkoncern's bolag; SIE files with
 * #KPTYP BAS95, BAS96, EUBAS97, BAS20xx or NE2007): the result statement by kind of cost
 * (kostnadsslagsindelad resultaträkning) with BAS account groups as data, like the Kommun-Bas
 * default. Övriga rörelsekostnader (79) go with Övriga externa kostnader, and
 * Bokslutsdispositioner and Skatt (88–89) follow Resultat efter finansiella poster so that every
 * result account is placed once.
 */
function konton(id: string, sv: string, en: string, accounts: string): TemplateLine {
  return { id, label: { sv, en }, type: 'konton', accounts: rule(accounts), motpart: 'all', sumOf: [], level: 0 };
}

function summa(id: string, sv: string, en: string, sumOf: readonly string[]): TemplateLine {
  return { id, label: { sv, en }, type: 'summa', accounts: NO_ACCOUNTS, motpart: 'all', sumOf, level: 0 };
}

const BAS_TEMPLATE_ORIGIN = 'BAS';

export function basTemplate(): Template {
  return {
    origin: BAS_TEMPLATE_ORIGIN,
    lines: [
      konton('sales', 'Nettoomsättning', 'Net sales', '30-37'),
      konton('other-income', 'Övriga rörelseintäkter', 'Other operating income', '38-39'),
      summa('income', 'Rörelsens intäkter', 'Operating income', ['sales', 'other-income']),
      konton('goods', 'Råvaror och förnödenheter / Handelsvaror', 'Raw materials and consumables / Goods for resale', '4'),
      konton('external', 'Övriga externa kostnader', 'Other external costs', '5;6;79'),
      konton('personnel', 'Personalkostnader', 'Personnel costs', '70-76'),
      konton('depreciation', 'Avskrivningar', 'Depreciation', '77-78'),
      summa('costs', 'Rörelsens kostnader', 'Operating costs', ['goods', 'external', 'personnel', 'depreciation']),
      summa('operating', 'Rörelseresultat', 'Operating result', ['income', 'costs']),
      konton('financial', 'Finansiella poster', 'Financial items', '80-87'),
      summa('net', 'Resultat efter finansiella poster', 'Result after financial items', ['operating', 'financial']),
      konton('appropriations', 'Bokslutsdispositioner och skatt', 'Appropriations and tax', '88-89'),
      summa('result', 'Årets resultat', 'Result for the year', ['net', 'appropriations']),
    ],
  };
}

import type { Issue } from '../issue';
import { makeIssue } from '../issue';

/**
 * Which chart of accounts a ledger is on, so the report uses the matching structure: BAS for a
 * company (a kommunkoncern's bolag), Kommun-Bas for a nämnd. Asked for by the user, else told by
 * an SIE file's #KPTYP (BAS95, BAS96, EUBAS97, BAS20xx, NE2007 are company charts), else read
 * from the account names: salaries in class 7 and premises in class 5 is a company chart
 * (in Kommun-Bas personnel is class 5). The choice and its reason are an info issue.
 */
export type Chart = 'kommunbas' | 'bas';
export const CHARTS: readonly Chart[] = ['kommunbas', 'bas'];

export type ChartReason = 'user' | 'kptyp' | 'accounts' | 'default';
export type ChartChoice = { readonly chart: Chart; readonly reason: ChartReason; readonly kptyp?: string };

const COMPANY_KPTYP = /^(BAS9[56]|EUBAS97|BAS20\d\d|NE2007|K[1-4]|BAS)$/i;
const SALARY = /l[öo]n|pension|arvode|sociala avgifter|personal/i;

/** Accounts and their names (code → name). */
export function chooseChart(kptyp: string | undefined, accounts: ReadonlyMap<string, string>, asked?: Chart): ChartChoice {
  if (asked) return { chart: asked, reason: 'user' };
  const k = (kptyp ?? '').trim();
  if (k !== '' && COMPANY_KPTYP.test(k)) return { chart: 'bas', reason: 'kptyp', kptyp: k };
  let class7 = 0;
  let class5 = 0;
  for (const [code, name] of accounts) {
    if (!SALARY.test(name)) continue;
    if (/^7[0-6]/.test(code)) class7++;
    else if (/^5[0-6]/.test(code)) class5++;
  }
  if (class7 > 0 && class7 > class5) return { chart: 'bas', reason: 'accounts' };
  return { chart: 'kommunbas', reason: k !== '' ? 'kptyp' : 'default', ...(k !== '' ? { kptyp: k } : {}) };
}

export function chartIssue(choice: ChartChoice): Issue {
  return makeIssue('chart.chosen', 'info', { chart: choice.chart, reason: choice.reason, kptyp: choice.kptyp });
}

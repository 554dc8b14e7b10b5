/**
 * The report structure a command uses when it does not come from the input workbook itself:
 * `--template <workbook>` takes the Rapportstruktur sheet of another workbook (one structure
 * for every nämnd's ledger and every SIE file); `--chart kommunbas|bas` picks a built-in one;
 * an SIE file's chart (#KPTYP, its account names) picks one by itself. Undefined template:
 * the input's own Rapportstruktur sheet or the Kommun-Bas default, as before.
 */
import type { CliIo } from './io';
import { EXIT } from './io';
import type { FlagSpec } from './args';
import type { Lang } from '../core/i18n/types';
import type { Issue } from '../core/issue';
import type { Template } from '../core/report/template';
import { readTemplate } from '../core/report/read-template';
import type { Chart } from '../core/report/chart-choice';
import { CHARTS, chartIssue, chooseChart } from '../core/report/chart-choice';
import { basTemplate } from '../core/report/bas-template';
import { loadSnapshot } from './command-kit';
import { formatIssues } from './format-issues';
import type { LedgerInput } from './ledger-input';

export const STRUCTURE_FLAGS: readonly FlagSpec[] = [
  { name: 'chart', kind: 'value', allowed: CHARTS },
  { name: 'template', kind: 'value', placeholder: 'struktur.xlsx' },
];

export type Structure = { readonly template?: Template; readonly issues: readonly Issue[] };

export async function structureFor(input: LedgerInput, flags: Readonly<Record<string, string | true>>, lang: Lang, io: CliIo): Promise<Structure | number> {
  if (typeof flags.template === 'string') {
    const other = await loadSnapshot(flags.template, lang, io);
    if (typeof other === 'number') return other;
    const read = readTemplate(other);
    if (read.template === null) {
      io.err(
        read.issues.length > 0
          ? `${flags.template}: ${formatIssues(read.issues, lang)}`
          : lang === 'sv'
            ? `Arbetsboken ${flags.template} har inget blad Rapportstruktur att hämta strukturen från.`
            : `The workbook ${flags.template} has no Rapportstruktur sheet to take the structure from.`,
      );
      return EXIT.usage;
    }
    return { template: { ...read.template, origin: read.template.origin }, issues: read.issues };
  }
  const asked = typeof flags.chart === 'string' ? (flags.chart as Chart) : undefined;
  if (!asked && !input.sie) return { issues: [] };
  const names = new Map<string, string>();
  if (input.sie) for (const [code, a] of input.sie.file.accounts) names.set(code, a.name);
  const choice = chooseChart(input.sie?.file.meta.chart, names, asked);
  return { ...(choice.chart === 'bas' ? { template: basTemplate() } : {}), issues: [chartIssue(choice)] };
}

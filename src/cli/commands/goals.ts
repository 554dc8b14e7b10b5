import type { Command } from '../io';
import { EXIT } from '../io';
import type { ArgSpec } from '../args';
import { FLAG, loadWorkbook, parseOrExit, writeCopy } from '../command-kit';
import { formatIssues, issuesJson } from '../format-issues';
import type { Issue } from '../../core/issue';
import { hasErrors } from '../../core/issue';
import type { Lang } from '../../core/i18n/types';
import { parseSwedishNumber, formatSwedishNumber } from '../../core/text/number';
import { DEFAULT_THRESHOLD, GOAL_STATUS_LABEL, INDICATOR_STATUS_LABEL, goalGrid, goalReportJson, judgeGoals, readGoalTable } from '../../core/goals';
import type { GoalReport, GoalValue } from '../../core/goals';

/** kommunrapport goals <fil.xlsx> [--threshold 0.85] [--year ÅÅÅÅ] [--sheet NAMN] [--json] [--out UT.xlsx] [--lang sv|en] */
const spec: ArgSpec = {
  command: 'goals',
  positional: 1,
  flags: [
    { name: 'threshold', kind: 'value', placeholder: '0.85' },
    { name: 'year', kind: 'value', placeholder: '2023' },
    FLAG.sheet,
    FLAG.json,
    FLAG.out,
  ],
};

const USAGE = {
  sv: 'Användning: kommunrapport goals <fil.xlsx> [--threshold 0.85] [--year ÅÅÅÅ] [--sheet NAMN] [--json] [--out UT.xlsx] [--lang sv|en]\nBedömer målindikatorerna mot målvärdena och varje mål som helt, i hög grad, delvis eller ej uppfyllt.\n  --threshold  andelen av målvärdet som räknas som "nära" (0–1, standard 0,85)\n  --year       målåret (annars året i rubriken "Mål <år>")\n  --sheet      bladet med måltabellen (annars hittas det automatiskt)\n  --json       skriv resultatet som JSON\n  --out        spara en kopia av arbetsboken med måltabellen på ett nytt blad (originalet ändras inte)\nSlutkod: 0 inga fel, 1 fel i arbetsboken, 2 felaktigt kommando eller oläslig fil.',
  en: 'Usage: kommunrapport goals <file.xlsx> [--threshold 0.85] [--year YYYY] [--sheet NAME] [--json] [--out OUT.xlsx] [--lang sv|en]\nJudges the goal indicators against their targets and each goal as fully, largely, partly or not met.\n  --threshold  the share of the target that counts as "near" (0–1, default 0.85)\n  --year       the target year (else the year in the "Mål <year>" header)\n  --sheet      the sheet with the goal table (found automatically otherwise)\n  --json       print the result as JSON\n  --out        save a copy of the workbook with the goal table on a new sheet (the original is not changed)\nExit code: 0 no errors, 1 errors in the workbook, 2 bad command or unreadable file.',
};

function shown(v: GoalValue, lang: Lang): string {
  if (v.kind === 'missing') return '–';
  const decimals = Math.min(2, (String(v.value).split('.')[1] ?? '').length);
  const n = lang === 'sv' ? formatSwedishNumber(v.value, decimals) : v.value.toFixed(decimals);
  const s = v.percent ? `${n} %` : n;
  return v.preliminary ? `(${s})` : s;
}

function fmt(x: number | null, lang: Lang, decimals = 1): string {
  if (x === null) return '–';
  return lang === 'sv' ? formatSwedishNumber(x, decimals) : x.toFixed(decimals);
}

/** The report as readable text: each goal with its status, its indicators below, then the summary. */
export function printGoals(report: GoalReport, lang: Lang): string {
  const sv = lang === 'sv';
  const out = [`${sv ? 'Måluppföljning' : 'Goal follow-up'}${report.year !== null ? ` ${report.year}` : ''} (θ = ${fmt(report.threshold, lang, 2)})`, ''];
  let area: string | null = null;
  for (const g of report.goals) {
    if (g.area && g.area !== area) out.push(g.area);
    area = g.area;
    const rule = g.differs ? ` (${sv ? 'enligt regeln' : 'by the rule'}: ${GOAL_STATUS_LABEL[g.ruleStatus][lang]})` : '';
    out.push(`  ${g.goal}`, `    => ${GOAL_STATUS_LABEL[g.status][lang].toUpperCase()}${g.manual ? (sv ? ' (manuell bedömning)' : ' (manual assessment)') : ''}${rule}`);
    for (const i of g.indicators) {
      const ratio = i.ratio === null ? '–' : `${Math.round(i.ratio * 100)} %`;
      const y = report.year;
      out.push(
        `    - ${i.row.indicator}`,
        `      ${sv ? 'mål' : 'target'} ${shown(i.row.target, lang)}  ${sv ? 'utfall' : 'outcome'} ${shown(i.row.outcome, lang)}  ${y !== null ? y - 1 : sv ? 'fg år' : 'last year'} ${shown(i.row.previous, lang)}  ${sv ? 'kvot' : 'ratio'} ${ratio}  [${INDICATOR_STATUS_LABEL[i.status][lang]}]`,
      );
    }
  }
  const c = report.summary.counts;
  const counts = (Object.keys(c) as (keyof typeof c)[]).map((s) => `${GOAL_STATUS_LABEL[s][lang]} ${c[s]}`).join(', ');
  out.push('', `${sv ? 'Sammanställning' : 'Summary'}: ${counts}.`, `${sv ? 'Median' : 'Median'} ${fmt(report.summary.median, lang)}, ${sv ? 'medelvärde' : 'mean'} ${fmt(report.summary.mean, lang, 2)} (1 = ${GOAL_STATUS_LABEL.HELT[lang].toLowerCase()}, 3 = ${GOAL_STATUS_LABEL.EJ[lang].toLowerCase()}).`);
  return out.join('\n');
}

export const goalsCommand: Command = {
  name: 'goals',
  summary: { sv: 'bedöm målindikatorer och mål (helt/i hög grad/delvis/ej uppfyllt)', en: 'judge goal indicators and goals (fully/largely/partly/not met)' },
  run: async (args, io) => {
    const parsed = parseOrExit(args, spec, USAGE, io);
    if (typeof parsed === 'number') return parsed;
    const { lang, flags } = parsed;
    const sv = lang === 'sv';
    const threshold = typeof flags.threshold === 'string' ? parseSwedishNumber(flags.threshold) : DEFAULT_THRESHOLD;
    if (threshold === null || !(threshold > 0 && threshold <= 1)) {
      io.err(sv ? `Tröskeln "${flags.threshold}" ska vara ett tal större än 0 och högst 1, t.ex. --threshold 0.85.` : `The threshold "${flags.threshold}" must be a number above 0 and at most 1, e.g. --threshold 0.85.`);
      return EXIT.usage;
    }
    if (typeof flags.year === 'string' && !/^(19|20)\d\d$/.test(flags.year)) {
      io.err(sv ? `Året "${flags.year}" ska skrivas med fyra siffror, t.ex. --year 2023.` : `The year "${flags.year}" must have four digits, e.g. --year 2023.`);
      return EXIT.usage;
    }
    const file = parsed.positional[0];
    // With number formats, so that percentages are read as such.
    const workbook = await loadWorkbook(file, lang, io, { withFormats: true });
    if (typeof workbook === 'number') return workbook;
    const { snapshot } = workbook;
    const read = readGoalTable(snapshot, {
      ...(typeof flags.sheet === 'string' ? { sheet: flags.sheet } : {}),
      ...(typeof flags.year === 'string' ? { year: Number(flags.year) } : {}),
    });
    const report = read.table ? judgeGoals(read.table, { threshold }) : null;
    const issues: Issue[] = [...read.issues, ...(report?.issues ?? [])];
    if (flags.json === true) {
      io.out(JSON.stringify({ ...(report ? goalReportJson(report) : { year: null, goals: [], summary: null }), issues: issuesJson(issues) }, null, 2));
    } else {
      if (report) io.out(printGoals(report, lang));
      if (issues.length) io.out(`\n${formatIssues(issues, lang)}`);
    }
    if (report && typeof flags.out === 'string') {
      const failed = await writeCopy(workbook, [goalGrid(report, { lang })], flags.out, lang, io);
      if (failed !== null) return failed;
      if (flags.json !== true) io.out(sv ? `\nMåltabellen sparades i ${flags.out}.` : `\nThe goal table was saved in ${flags.out}.`);
    }
    return hasErrors(issues) ? EXIT.issues : EXIT.ok;
  },
};

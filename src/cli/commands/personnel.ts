import type { Command } from '../io';
import { EXIT } from '../io';
import type { ArgSpec } from '../args';
import { FLAG, loadWorkbook, parseOrExit, writeCopy } from '../command-kit';
import { formatIssues, issuesJson } from '../format-issues';
import type { Issue } from '../../core/issue';
import { hasErrors } from '../../core/issue';
import type { Lang } from '../../core/i18n/types';
import { formatSwedishNumber } from '../../core/text/number';
import { DEFAULT_MIN_GROUP, SICK_ROW_LABEL, readSickTable, sickLeaveGrid, sickLeaveJson, sickLeaveReport } from '../../core/personnel';
import type { SickFigure, SickLeaveReport } from '../../core/personnel';

/** kommunrapport personnel <fil.xlsx> [--year ÅÅÅÅ] [--min-group 10] [--sheet NAMN] [--json] [--out UT.xlsx] */
const spec: ArgSpec = {
  command: 'personnel',
  positional: 1,
  flags: [{ name: 'year', kind: 'value', placeholder: '2023' }, { name: 'min-group', kind: 'value', placeholder: '10' }, FLAG.sheet, FLAG.json, FLAG.out],
};

const USAGE = {
  sv: 'Användning: kommunrapport personnel <fil.xlsx> [--year ÅÅÅÅ] [--min-group 10] [--sheet NAMN] [--json] [--out UT.xlsx] [--lang sv|en]\nSjukfrånvaro som de sju obligatoriska nyckeltalen (totalt, kvinnor, män, tre åldersgrupper, andel långtidssjukfrånvaro) och Dag 1–14/15–59/60–, beräknat från timmar, med föregående år och differensen.\n  --year       rapportåret (annars det senaste året i tabellen; krävs inte)\n  --min-group  grupper med färre anställda redovisas inte (standard 10, enligt lag)\n  --sheet      bladet med sjukfrånvaron (annars hittas det automatiskt)\n  --json       skriv resultatet som JSON (andelar 0–1, oavrundade)\n  --out        spara en kopia av arbetsboken med tabellen på ett nytt blad (originalet ändras inte)\nSlutkod: 0 inga fel, 1 fel i arbetsboken, 2 felaktigt kommando eller oläslig fil.',
  en: 'Usage: kommunrapport personnel <file.xlsx> [--year YYYY] [--min-group 10] [--sheet NAME] [--json] [--out OUT.xlsx] [--lang sv|en]\nSick leave as the seven mandatory figures (total, women, men, three age groups, long-term share) and days 1–14/15–59/60+, computed from hours, with last year and the difference.\n  --year       the report year (else the latest year in the table)\n  --min-group  groups with fewer employees are not reported (default 10, as the law says)\n  --sheet      the sheet with the sick leave (found automatically otherwise)\n  --json       print the result as JSON (shares 0–1, unrounded)\n  --out        save a copy of the workbook with the table on a new sheet (the original is not changed)\nExit code: 0 no errors, 1 errors in the workbook, 2 bad command or unreadable file.',
};

function pct(x: number, decimals: number, lang: Lang): string {
  const v = x * 100;
  return `${lang === 'sv' ? formatSwedishNumber(v, decimals) : v.toFixed(decimals)} %`;
}

function shown(f: SickFigure, lang: Lang): string {
  if (f.kind === 'value') return pct(f.value, 1, lang);
  return f.kind === 'suppressed' ? '–*' : '–';
}

/** The table as text: one line per figure, the years side by side, the difference in percentage points. */
export function printSickLeave(report: SickLeaveReport, lang: Lang): string {
  const sv = lang === 'sv';
  const head = [sv ? 'Sjukfrånvaro' : 'Sick leave', ...report.years.map(String), ...(report.years.length === 2 ? [sv ? 'Differens' : 'Difference'] : [])];
  const lines = report.rows.map((r) => [SICK_ROW_LABEL[r.id][lang], ...r.figures.map((f) => shown(f, lang)), ...(report.years.length === 2 ? [r.difference === null ? '' : pct(r.difference, 2, lang)] : [])]);
  const width = Math.max(...[head, ...lines].map((l) => l[0].length));
  const out = [head, ...lines].map((l) => [l[0].padEnd(width), ...l.slice(1).map((c) => c.padStart(10))].join('  '));
  if (report.rows.some((r) => r.figures.some((f) => f.kind === 'suppressed'))) {
    out.push(sv ? `* Redovisas inte: färre än ${report.minGroupSize} anställda i gruppen.` : `* Not reported: fewer than ${report.minGroupSize} employees in the group.`);
  }
  return out.join('\n');
}

export const personnelCommand: Command = {
  name: 'personnel',
  summary: { sv: 'sjukfrånvaro: de sju obligatoriska nyckeltalen, från timmar', en: 'sick leave: the seven mandatory figures, from hours' },
  run: async (args, io) => {
    const parsed = parseOrExit(args, spec, USAGE, io);
    if (typeof parsed === 'number') return parsed;
    const { lang, flags } = parsed;
    const sv = lang === 'sv';
    if (typeof flags.year === 'string' && !/^(19|20)\d\d$/.test(flags.year)) {
      io.err(sv ? `Året "${flags.year}" ska skrivas med fyra siffror, t.ex. --year 2023.` : `The year "${flags.year}" must have four digits, e.g. --year 2023.`);
      return EXIT.usage;
    }
    const minGroup = typeof flags['min-group'] === 'string' ? Number(flags['min-group']) : DEFAULT_MIN_GROUP;
    if (!Number.isInteger(minGroup) || minGroup < 1) {
      io.err(sv ? `--min-group "${flags['min-group']}" ska vara ett heltal från 1, t.ex. --min-group 10.` : `--min-group "${flags['min-group']}" must be a whole number from 1, e.g. --min-group 10.`);
      return EXIT.usage;
    }
    const file = parsed.positional[0];
    const workbook = await loadWorkbook(file, lang, io);
    if (typeof workbook === 'number') return workbook;
    const { snapshot } = workbook;
    const year = typeof flags.year === 'string' ? Number(flags.year) : undefined;
    const read = readSickTable(snapshot, { ...(typeof flags.sheet === 'string' ? { sheet: flags.sheet } : {}), ...(year !== undefined ? { year } : {}) });
    const report = read.table ? sickLeaveReport(read.table, { minGroupSize: minGroup, ...(year !== undefined ? { year } : {}) }) : null;
    const issues: Issue[] = [...read.issues];
    if (flags.json === true) {
      io.out(JSON.stringify({ ...(report ? sickLeaveJson(report) : { years: [], rows: [] }), issues: issuesJson(issues) }, null, 2));
    } else {
      if (report) io.out(printSickLeave(report, lang));
      if (issues.length) io.out(`\n${formatIssues(issues, lang)}`);
    }
    if (report && typeof flags.out === 'string') {
      const failed = await writeCopy(workbook, [sickLeaveGrid(report, { lang })], flags.out, lang, io);
      if (failed !== null) return failed;
      if (flags.json !== true) io.out(sv ? `\nSjukfrånvarotabellen sparades i ${flags.out}.` : `\nThe sick-leave table was saved in ${flags.out}.`);
    }
    return hasErrors(issues) ? EXIT.issues : EXIT.ok;
  },
};

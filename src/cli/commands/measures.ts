import type { Command } from '../io';
import { EXIT } from '../io';
import type { ArgSpec } from '../args';
import { FLAG, loadWorkbook, parseOrExit, writeCopy } from '../command-kit';
import { formatIssues, issuesJson } from '../format-issues';
import type { Issue } from '../../core/issue';
import { hasErrors } from '../../core/issue';
import type { Lang } from '../../core/i18n/types';
import { formatSwedishNumber } from '../../core/text/number';
import { measureGrid, measureReport, measureReportJson, readMeasureTable } from '../../core/measures';
import type { MeasureReport } from '../../core/measures';

/** kommunrapport measures <fil.xlsx> [--sum] [--sheet NAMN] [--json] [--out UT.xlsx] */
const spec: ArgSpec = { command: 'measures', positional: 1, flags: [{ name: 'sum', kind: 'boolean' }, FLAG.sheet, FLAG.json, FLAG.out] };

const USAGE = {
  sv: 'Användning: kommunrapport measures <fil.xlsx> [--sum] [--sheet NAMN] [--json] [--out UT.xlsx] [--lang sv|en]\nVerksamhetsmått över flera år (ett år per kolumn, eller kolumnerna Mått, År, Värde) med förändringen mot föregående år. Tomma celler förblir tomma; "varav"-rader visas indragna.\n  --sum    lägg till en summarad över måtten (inte "varav"-raderna); ingen summa annars\n  --sheet  bladet med måtten (annars hittas det automatiskt)\n  --json   skriv resultatet som JSON\n  --out    spara en kopia av arbetsboken med tabellen på ett nytt blad (originalet ändras inte)\nSlutkod: 0 inga fel, 1 fel i arbetsboken, 2 felaktigt kommando eller oläslig fil.',
  en: 'Usage: kommunrapport measures <file.xlsx> [--sum] [--sheet NAME] [--json] [--out OUT.xlsx] [--lang sv|en]\nActivity measures over several years (one year per column, or the columns Measure, Year, Value) with the change against last year. Empty cells stay empty; "varav" rows are indented.\n  --sum    add a total row over the measures (not the "varav" rows); no total otherwise\n  --sheet  the sheet with the measures (found automatically otherwise)\n  --json   print the result as JSON\n  --out    save a copy of the workbook with the table on a new sheet (the original is not changed)\nExit code: 0 no errors, 1 errors in the workbook, 2 bad command or unreadable file.',
};

function num(v: number | null, lang: Lang): string {
  if (v === null) return '';
  const d = Number.isInteger(v) ? 0 : Math.abs(v * 10 - Math.round(v * 10)) < 1e-9 ? 1 : 2;
  return lang === 'sv' ? formatSwedishNumber(v, d) : v.toFixed(d);
}

export function printMeasures(report: MeasureReport, lang: Lang): string {
  const sv = lang === 'sv';
  const two = report.years.length >= 2;
  const head = [sv ? 'Mått' : 'Measure', ...report.years.map(String), ...(two ? [sv ? 'Förändring' : 'Change', '%'] : [])];
  const rows = report.lines.map((l) => [
    `${l.level === 1 ? '  ' : ''}${l.label}`,
    ...l.values.map((v) => num(v, lang)),
    ...(two ? [num(l.change, lang), l.changePercent === null ? '' : `${num(Math.round(l.changePercent * 1000) / 10, lang)} %`] : []),
  ]);
  if (report.total) rows.push([sv ? 'Summa' : 'Total', ...report.total.map((v) => num(v, lang))]);
  const width = Math.max(...[head, ...rows].map((r) => r[0].length));
  return [head, ...rows].map((r) => [r[0].padEnd(width), ...r.slice(1).map((c) => c.padStart(11))].join(' ')).join('\n');
}

export const measuresCommand: Command = {
  name: 'measures',
  summary: { sv: 'verksamhetsmått över flera år med förändring mot föregående år', en: 'activity measures over several years with the change against last year' },
  run: async (args, io) => {
    const parsed = parseOrExit(args, spec, USAGE, io);
    if (typeof parsed === 'number') return parsed;
    const { lang, flags } = parsed;
    const file = parsed.positional[0];
    const workbook = await loadWorkbook(file, lang, io);
    if (typeof workbook === 'number') return workbook;
    const { snapshot } = workbook;
    const read = readMeasureTable(snapshot, typeof flags.sheet === 'string' ? { sheet: flags.sheet } : {});
    const report = read.table ? measureReport(read.table, { sum: flags.sum === true ? 'top-level' : 'none' }) : null;
    const issues: Issue[] = [...read.issues];
    if (flags.json === true) {
      io.out(JSON.stringify({ ...((report ? measureReportJson(report) : { years: [], measures: [] }) as object), issues: issuesJson(issues) }, null, 2));
    } else {
      if (report) io.out(printMeasures(report, lang));
      if (issues.length) io.out(`\n${formatIssues(issues, lang)}`);
    }
    if (report && typeof flags.out === 'string') {
      const failed = await writeCopy(workbook, [measureGrid(report, { lang })], flags.out, lang, io);
      if (failed !== null) return failed;
      if (flags.json !== true) io.out(lang === 'sv' ? `\nTabellen med verksamhetsmått sparades i ${flags.out}.` : `\nThe activity-measure table was saved in ${flags.out}.`);
    }
    return hasErrors(issues) ? EXIT.issues : EXIT.ok;
  },
};

import type { Command } from '../io';
import { EXIT } from '../io';
import type { ArgSpec } from '../args';
import { formatIssues, issuesJson } from '../format-issues';
import type { Issue } from '../../core/issue';
import { hasErrors } from '../../core/issue';
import type { Lang } from '../../core/i18n/types';
import { translateStatus, assignmentGrids, assignmentSummaryJson, parseIsoDate, readAssignments, summarizeAssignments } from '../../core/assignments';
import type { AssignmentSummary } from '../../core/assignments';
import { FLAG, loadWorkbook, parseOrExit, writeCopy } from '../command-kit';

/** kommunrapport assignments <fil.xlsx> [--as-of ÅÅÅÅ-MM-DD] [--sheet NAMN] [--json] [--out UT.xlsx] [--lang sv|en] */
const spec: ArgSpec = {
  command: 'assignments',
  positional: 1,
  flags: [
    { name: 'as-of', kind: 'value', placeholder: '2023-08-31' },
    FLAG.sheet,
    FLAG.json,
    FLAG.out,
  ],
};

const USAGE = {
  sv: 'Användning: kommunrapport assignments <fil.xlsx> [--as-of ÅÅÅÅ-MM-DD] [--sheet NAMN] [--json] [--out UT.xlsx] [--lang sv|en]\nRäknar uppdrag och initiativ per typ och status, listar avvikelserna och pekar ut uppdrag vars slutdatum passerat men som står som "Enligt plan".\n  --as-of  datumet slutdatumen jämförs med (standard: dagens datum)\n  --sheet  bladet med uppdragslistan (annars hittas det automatiskt)\n  --json   skriv resultatet som JSON\n  --out    spara en kopia av arbetsboken med tabellerna på nya blad (originalet ändras inte)\nSlutkod: 0 inga fel, 1 fel i arbetsboken, 2 felaktigt kommando eller oläslig fil.',
  en: 'Usage: kommunrapport assignments <file.xlsx> [--as-of YYYY-MM-DD] [--sheet NAME] [--json] [--out OUT.xlsx] [--lang sv|en]\nCounts assignments and initiatives by type and status, lists the deviations and points out items past their end date that are still marked on plan.\n  --as-of  the date end dates are compared with (default: today)\n  --sheet  the sheet with the assignment list (found automatically otherwise)\n  --json   print the result as JSON\n  --out    save a copy of the workbook with the tables on new sheets (the original is not changed)\nExit code: 0 no errors, 1 errors in the workbook, 2 bad command or unreadable file.',
};

/** Today's date in local time, as the adapter's default for --as-of (the core never reads the clock). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The matrix, the deviations and the flags as aligned text. */
export function printAssignments(s: AssignmentSummary, lang: Lang): string {
  const sv = lang === 'sv';
  const head = sv ? ['Typ', 'Status', 'Enligt plan', 'Avvikelse', 'Ej angivet', 'Totalt'] : ['Type', 'Status', 'On plan', 'Deviating', 'Not stated', 'Total'];
  const body = s.matrix.map((m) => [m.type, translateStatus(m.status, lang), ...[m.onPlan, m.deviating, m.unspecified, m.total].map(String)]);
  const sum = (k: 'onPlan' | 'deviating' | 'unspecified' | 'total'): string => String(s.matrix.reduce((a, m) => a + m[k], 0));
  body.push([sv ? 'Totalt' : 'Total', '', sum('onPlan'), sum('deviating'), sum('unspecified'), sum('total')]);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((r) => r[c].length)));
  const line = (r: readonly string[]) => r.map((x, c) => (c < 2 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join('  ').trimEnd();
  const out = [`${sv ? 'Uppdrag och initiativ' : 'Assignments and initiatives'} (${sv ? 'läge' : 'as of'} ${s.asOf})`, '', line(head), '-'.repeat(widths.reduce((a, w) => a + w + 2, -2)), ...body.map(line)];
  out.push('', sv ? `Avvikelse från plan (${s.deviations.length}):` : `Deviating from plan (${s.deviations.length}):`);
  for (const d of s.deviations) out.push(`  - [${d.type}] ${d.title} (${translateStatus(d.status, lang)}${d.end ? `, ${sv ? 'slutdatum' : 'due'} ${d.end}` : ''})`, `    ${d.comment ?? (sv ? '(ingen kommentar)' : '(no comment)')}`);
  if (s.flags.length) {
    out.push('', sv ? `Slutdatum passerat men markerade Enligt plan (${s.flags.length}):` : `End date passed but marked on plan (${s.flags.length}):`);
    for (const f of s.flags) out.push(`  ! ${f.title} (${translateStatus(f.status, lang)}, ${sv ? 'slutdatum' : 'due'} ${f.end}) [${f.sheet}!${f.address}]`);
  }
  return out.join('\n');
}

export const assignmentsCommand: Command = {
  name: 'assignments',
  summary: { sv: 'räkna uppdrag per typ och status, visa avvikelser och passerade slutdatum', en: 'count assignments by type and status, show deviations and passed end dates' },
  run: async (args, io) => {
    const parsed = parseOrExit(args, spec, USAGE, io);
    if (typeof parsed === 'number') return parsed;
    const { lang, flags, positional } = parsed;
    const sv = lang === 'sv';
    const asOf = typeof flags['as-of'] === 'string' ? flags['as-of'] : today();
    if (parseIsoDate(asOf) === null) {
      io.err(sv ? `Datumet "${asOf}" går inte att läsa. Skriv det som ÅÅÅÅ-MM-DD, t.ex. --as-of 2023-08-31.` : `The date "${asOf}" cannot be read. Write it as YYYY-MM-DD, e.g. --as-of 2023-08-31.`);
      return EXIT.usage;
    }
    const file = positional[0];
    const workbook = await loadWorkbook(file, lang, io, { withFormats: true });
    if (typeof workbook === 'number') return workbook;
    const { snapshot } = workbook;
    const read = readAssignments(snapshot, typeof flags.sheet === 'string' ? { sheet: flags.sheet } : {});
    const found = !read.issues.some((i) => i.code === 'assign.no-table' || i.code === 'assign.sheet-missing');
    const summary = found ? summarizeAssignments(read.items, { asOf }) : null;
    const issues: Issue[] = [...read.issues, ...(summary?.issues ?? [])];
    if (flags.json === true) {
      io.out(JSON.stringify({ ...(summary ? assignmentSummaryJson(summary) : { asOf, matrix: [], deviations: [], flags: [] }), issues: issuesJson(issues) }, null, 2));
    } else {
      if (summary) io.out(printAssignments(summary, lang));
      if (issues.length) io.out(`\n${formatIssues(issues, lang)}`);
    }
    if (summary && typeof flags.out === 'string') {
      const failed = await writeCopy(workbook, assignmentGrids(summary, { lang }), flags.out, lang, io);
      if (failed !== null) return failed;
      if (flags.json !== true) io.out(sv ? `\nTabellerna sparades i ${flags.out}.` : `\nThe tables were saved in ${flags.out}.`);
    }
    return hasErrors(issues) ? EXIT.issues : EXIT.ok;
  },
};

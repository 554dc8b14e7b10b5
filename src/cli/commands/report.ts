import * as path from 'node:path';
import type { Command, CliIo } from '../io';
import { EXIT } from '../io';
import type { ArgSpec } from '../args';
import { stringFlag } from '../args';
import { FLAG, parseOrExit, periodOrExit, writeCopy, copyPath } from '../command-kit';
import { inputIssues, loadInput } from '../ledger-input';
import { writeSieReport } from '../sie-report';
import { STRUCTURE_FLAGS, structureFor } from '../structure';
import { phase } from '../progress';
import { expandInputs, runBatch } from '../batch';
import { formatIssues, issuesJson } from '../format-issues';
import { printCommentary, printReport } from '../print-table';
import { hasErrors } from '../../core/issue';
import type { Lang } from '../../core/i18n/types';
import { runReport } from '../../core/report/run-report';
import { withForecastHistory } from '../../core/history';
import type { RunReportOptions } from '../../core/report/run-report';
import { reportJson } from '../../core/report/report-json';
import { DEFAULT_REPORT_OPTIONS, FORECAST_METHODS, SIGN_CONVENTIONS, UNITS } from '../../core/report/report-types';
import type { ForecastMethod, SignConvention, Unit } from '../../core/report/report-types';

/** kommunrapport report <fil.xlsx> [--through|--period ÅÅÅÅ-MM] [--forecast M] [--unit U] [--signs S] [--by DIM] [--out F] [--json] [--lang sv|en] */
const spec: ArgSpec = {
  command: 'report',
  positional: { min: 1, max: 10_000 },
  flags: [
    { name: 'through', kind: 'value', placeholder: '2025-08' },
    FLAG.period,
    { name: 'forecast', kind: 'value', allowed: FORECAST_METHODS },
    { name: 'unit', kind: 'value', allowed: UNITS },
    { name: 'signs', kind: 'value', allowed: SIGN_CONVENTIONS },
    { name: 'by', kind: 'value', placeholder: 'Ansvar' },
    { name: 'layout', kind: 'value', allowed: ['blocks', 'table'] },
    FLAG.sheet,
    FLAG.out,
    FLAG.json,
    { name: 'in-place', kind: 'boolean' },
    ...STRUCTURE_FLAGS,
    { name: 'jobs', kind: 'value', placeholder: '4' },
  ],
};

const USAGE = {
  sv: [
    'Användning: kommunrapport report <fil.xlsx> [--through ÅÅÅÅ-MM] [--forecast METOD] [--unit kr|tkr|mnkr]',
    '            [--signs costs-negative|income-negative] [--by DIMENSION] [--out UT.xlsx] [--json] [--lang sv|en]',
    'Gör rapporttabellen (budget, utfall, avvikelse, prognos, fjolår) och sparar den i en kopia av arbetsboken.',
    '  --through   sista månad som ingår, t.ex. 2025-08 (annars sista månaden med utfall); --period betyder samma sak',
    `  --forecast  prognosmetod: ${FORECAST_METHODS.join(', ')} (standard remaining-budget)`,
    '  --unit      belopp i kr, tkr (standard) eller mnkr',
    '  --signs     costs-negative (standard: kostnader minus) eller income-negative (bokföringens tecken)',
    '  --by        en block per värde i dimensionen, t.ex. Ansvar; per konto: Konto; konton per värde: Ansvar+Konto',
    '  --layout    med --by: blocks (standard, en rapport per värde) eller table (en rad per värde; per konto under varje rad)',
    '  --out       utfil (standard <fil>-rapport.xlsx, eller .xlsm för en makroarbetsbok, bredvid indatafilen; indatafilen skrivs aldrig över)',
    '  --json      skriv rapporten som JSON (kronor, oavrundat)',
    '  --in-place  lägg rapportbladet i själva indatafilen (källbladen ändras inte)',
    '  --chart     kontoplanens mall: kommunbas eller bas (bolag); en SIE-fil väljer själv efter #KPTYP',
    '  --template  ta bladet Rapportstruktur från en annan arbetsbok (en struktur för alla nämnder)',
    'Indata kan vara en arbetsbok (.xlsx) eller en SIE-fil (.se, .si, .sie; rapporten sparas då i en ny arbetsbok).',
    '  --quiet     inga förloppsrader och ingen utskriven tabell, bara problemen och resultatet',
    'Flera filer eller en mapp: en rapport bredvid varje fil, en sammanfattningsrad per fil, slutkoden är den sämsta.',
    '  --jobs      antal filer åt gången (standard 1)',
    'Slutkod: 0 inga fel, 1 fel i arbetsboken, 2 felaktigt kommando eller oläslig fil.',
  ].join('\n'),
  en: [
    'Usage: kommunrapport report <file.xlsx> [--through YYYY-MM] [--forecast METHOD] [--unit kr|tkr|mnkr]',
    '            [--signs costs-negative|income-negative] [--by DIMENSION] [--out OUT.xlsx] [--json] [--lang sv|en]',
    'Builds the report table (budget, actual, variance, forecast, prior year) and saves it in a copy of the workbook.',
    '  --through   last month included, e.g. 2025-08 (default the last month with actuals); --period means the same',
    `  --forecast  forecast method: ${FORECAST_METHODS.join(', ')} (default remaining-budget)`,
    '  --unit      amounts in kr, tkr (default) or mnkr',
    '  --signs     costs-negative (default) or income-negative (bookkeeping sign)',
    '  --by        one block per value of the dimension, e.g. Ansvar; per account: Konto; accounts per value: Ansvar+Konto',
    '  --layout    with --by: blocks (default, one report per value) or table (one row per value; per account under each line)',
    '  --out       output file (default <file>-rapport.xlsx, or .xlsm for a macro workbook, next to the input; the input is never overwritten)',
    '  --json      print the report as JSON (kronor, unrounded)',
    '  --in-place  add the report sheet to the input file itself (its source sheets are not changed)',
    '  --chart     the chart template: kommunbas or bas (companies); an SIE file chooses by its #KPTYP',
    '  --template  take the Rapportstruktur sheet from another workbook (one structure for every nämnd)',
    'The input may be a workbook (.xlsx) or an SIE file (.se, .si, .sie; the report is then saved in a new workbook).',
    '  --quiet     no progress lines and no printed table, only the problems and the result',
    'Several files or a folder: one report beside each file, a summary line per file, the worst exit code.',
    '  --jobs      files at a time (default 1)',
    'Exit code: 0 no errors, 1 errors in the workbook, 2 bad command or unreadable file.',
  ].join('\n'),
};

/** The default copy beside the input (command-kit copyPath). */
export const defaultOut = (input: string): string => copyPath(input, 'rapport');

export type ReportRun = { input: string; out: string; json: boolean; lang: Lang; options: RunReportOptions; inPlace?: boolean; quiet?: boolean; structure?: Readonly<Record<string, string | true>> };

/** Reads, builds, prints and saves; shared by `report` and `demo`. */
export async function runReportFile(run: ReportRun, io: CliIo): Promise<number> {
  const { lang } = run;
  if (path.resolve(run.out) === path.resolve(run.input) && run.inPlace !== true) {
    io.err(lang === 'sv' ? 'Utfilen får inte vara samma som indatafilen. Välj ett annat namn med --out, eller ange --in-place för att lägga rapporten i indatafilen.' : 'The output file must not be the input file. Choose another name with --out, or give --in-place to add the report to the input file.');
    return EXIT.usage;
  }
  const input = await loadInput(run.input, lang, io);
  if (typeof input === 'number') return input;
  if (input.sie && run.inPlace === true) {
    io.err(lang === 'sv' ? 'En SIE-fil kan inte få ett rapportblad (--in-place). Rapporten sparas i en ny arbetsbok; ange namnet med --out.' : 'An SIE file cannot take a report sheet (--in-place). The report is saved in a new workbook; name it with --out.');
    return EXIT.usage;
  }
  const { snapshot } = input;
  const structure = await structureFor(input, run.structure ?? {}, lang, io);
  if (typeof structure === 'number') return structure;
  phase('report');
  const ran = withForecastHistory(
    snapshot,
    runReport(snapshot, {
      ...(input.roles !== undefined ? { roles: input.roles } : {}),
      ...(structure.template !== undefined ? { template: structure.template } : {}),
      ...run.options,
      lang,
    }),
    { lang, ...(run.options.title !== undefined ? { title: run.options.title } : {}), ...(run.options.layout !== undefined ? { layout: run.options.layout } : {}) },
  );
  const result = { ...ran, issues: [...inputIssues(input, ran.issues), ...structure.issues] };
  if (run.json) {
    io.out(JSON.stringify(result.report ? { ...reportJson(result.report, result.issues, lang, result.commentary), issues: issuesJson(result.issues) } : { issues: issuesJson(result.issues) }, null, 2));
  } else {
    if (result.report && run.quiet !== true) io.out(printReport(result.report, lang, run.options.title));
    if (result.commentary.length > 0 && run.quiet !== true) io.out(`\n${printCommentary(result.commentary, lang)}`);
    io.out(`\n${formatIssues(result.issues, lang)}`);
  }
  if (result.grids.length > 0) {
    const failed = input.sie
      ? await writeSieReport(snapshot, result.grids, run.out, lang, io)
      : await writeCopy(input.file, result.grids, run.out, lang, io, { inPlace: run.inPlace === true });
    if (failed !== null) return failed;
    if (!run.json) io.out(lang === 'sv' ? `\nRapporten sparades i ${run.out}` : `\nThe report was saved in ${run.out}`);
  } else if (!run.json) {
    io.out(lang === 'sv' ? '\nIngen rapportfil skrevs: rätta felen ovan först.' : '\nNo report file was written: fix the errors above first.');
  }
  return hasErrors(result.issues) ? EXIT.issues : EXIT.ok;
}

export const reportCommand: Command = {
  name: 'report',
  summary: { sv: 'gör rapporttabellen och spara den i en kopia av arbetsboken', en: 'build the report table and save it in a copy of the workbook' },
  run: async (args, io) => {
    const parsed = parseOrExit(args, spec, USAGE, io);
    if (typeof parsed === 'number') return parsed;
    const { lang, flags } = parsed;
    const period = periodOrExit([flags.through, flags.period], lang, io);
    if (typeof period === 'number') return period;
    const str = (name: string): string | undefined => stringFlag(flags, name);
    const input = parsed.positional[0];
    const options: RunReportOptions = {
      ...period,
      forecast: (str('forecast') as ForecastMethod | undefined) ?? DEFAULT_REPORT_OPTIONS.forecast,
      unit: (str('unit') as Unit | undefined) ?? DEFAULT_REPORT_OPTIONS.unit,
      signs: (str('signs') as SignConvention | undefined) ?? DEFAULT_REPORT_OPTIONS.signs,
      ...(str('by') !== undefined ? { by: str('by') } : {}),
      ...(str('layout') === 'table' ? { layout: 'table' as const } : {}),
      ...(str('sheet') !== undefined ? { sheet: str('sheet') } : {}),
    };
    const { files, hadFolder } = await expandInputs(parsed.positional);
    if (files.length === 0) {
      // A folder (even one named like a workbook) with nothing to report on: say so, never "0 files, done".
      const where = parsed.positional.join(', ');
      io.err(
        lang === 'sv'
          ? `${where} är en mapp och ingen Excel-arbetsbok, och den innehåller ingen arbetsbok eller SIE-fil (.xlsx, .xlsm, .se, .si, .sie). Ange en arbetsbok, eller en mapp med sådana filer.`
          : `${where} is a folder, not an Excel workbook, and holds no workbook or SIE file (.xlsx, .xlsm, .se, .si, .sie). Give a workbook, or a folder with such files.`,
      );
      return EXIT.usage;
    }
    if (files.length !== 1 || hadFolder) {
      if (str('out') !== undefined || flags['in-place'] === true || flags.json === true) {
        io.err(lang === 'sv' ? 'Med flera filer skrivs varje rapport bredvid sin fil: --out, --in-place och --json går inte att använda.' : 'With several files each report is written beside its file: --out, --in-place and --json cannot be used.');
        return EXIT.usage;
      }
      const jobs = str('jobs') === undefined ? 1 : Number(str('jobs'));
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
        io.err(lang === 'sv' ? `--jobs ska vara ett heltal 1–64, inte "${str('jobs')}".` : `--jobs must be a whole number 1–64, not "${str('jobs')}".`);
        return EXIT.usage;
      }
      const items = files.map((f) => ({ input: f, out: defaultOut(f) }));
      return runBatch(items, (item, fileIo) => runReportFile({ input: item.input, out: item.out, json: false, lang, options, structure: flags }, fileIo), jobs, lang, io);
    }
    const inPlace = flags['in-place'] === true;
    if (inPlace && str('out') !== undefined) {
      io.err(lang === 'sv' ? 'Ange antingen --out eller --in-place, inte båda.' : 'Give either --out or --in-place, not both.');
      return EXIT.usage;
    }
    const out = inPlace ? input : (str('out') ?? defaultOut(input));
    return runReportFile({ input, out, json: flags.json === true, lang, options, inPlace, quiet: flags.quiet === true, structure: flags }, io);
  },
};

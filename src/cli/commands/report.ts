import * as path from 'node:path';
import type { Command, CliIo } from '../io';
import { EXIT } from '../io';
import type { ArgSpec } from '../args';
import { FLAG, parseOrExit, periodOrExit, writeCopy } from '../command-kit';
import { inputIssues, loadInput } from '../ledger-input';
import { writeSieReport } from '../sie-report';
import { STRUCTURE_FLAGS, structureFor } from '../structure';
import { formatIssues } from '../format-issues';
import { printCommentary, printReport } from '../print-table';
import { hasErrors } from '../../core/issue';
import type { Lang } from '../../core/i18n/types';
import { runReport } from '../../core/report/run-report';
import type { RunReportOptions } from '../../core/report/run-report';
import { reportJson } from '../../core/report/report-json';
import { FORECAST_METHODS, SIGN_CONVENTIONS, UNITS } from '../../core/report/report-types';
import type { ForecastMethod, SignConvention, Unit } from '../../core/report/report-types';

/** kommunrapport report <fil.xlsx> [--through|--period ÅÅÅÅ-MM] [--forecast M] [--unit U] [--signs S] [--by DIM] [--out F] [--json] [--lang sv|en] */
const spec: ArgSpec = {
  command: 'report',
  positional: 1,
  flags: [
    { name: 'through', kind: 'value', placeholder: '2025-08' },
    FLAG.period,
    { name: 'forecast', kind: 'value', allowed: FORECAST_METHODS },
    { name: 'unit', kind: 'value', allowed: UNITS },
    { name: 'signs', kind: 'value', allowed: SIGN_CONVENTIONS },
    { name: 'by', kind: 'value', placeholder: 'Ansvar' },
    FLAG.sheet,
    FLAG.out,
    FLAG.json,
    { name: 'in-place', kind: 'boolean' },
    ...STRUCTURE_FLAGS,
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
    '  --by        en block per värde i dimensionen, t.ex. Ansvar',
    '  --out       utfil (standard <fil>-rapport.xlsx, eller .xlsm för en makroarbetsbok, bredvid indatafilen; indatafilen skrivs aldrig över)',
    '  --json      skriv rapporten som JSON (kronor, oavrundat)',
    '  --in-place  lägg rapportbladet i själva indatafilen (källbladen ändras inte)',
    '  --chart     kontoplanens mall: kommunbas eller bas (bolag); en SIE-fil väljer själv efter #KPTYP',
    '  --template  ta bladet Rapportstruktur från en annan arbetsbok (en struktur för alla nämnder)',
    'Indata kan vara en arbetsbok (.xlsx) eller en SIE-fil (.se, .si, .sie; rapporten sparas då i en ny arbetsbok).',
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
    '  --by        one block per value of the dimension, e.g. Ansvar',
    '  --out       output file (default <file>-rapport.xlsx, or .xlsm for a macro workbook, next to the input; the input is never overwritten)',
    '  --json      print the report as JSON (kronor, unrounded)',
    '  --in-place  add the report sheet to the input file itself (its source sheets are not changed)',
    '  --chart     the chart template: kommunbas or bas (companies); an SIE file chooses by its #KPTYP',
    '  --template  take the Rapportstruktur sheet from another workbook (one structure for every nämnd)',
    'The input may be a workbook (.xlsx) or an SIE file (.se, .si, .sie; the report is then saved in a new workbook).',
    'Exit code: 0 no errors, 1 errors in the workbook, 2 bad command or unreadable file.',
  ].join('\n'),
};

/** "<file>-rapport.xlsx" next to the input; a macro workbook's copy keeps ".xlsm" (its package is one). */
export function defaultOut(input: string): string {
  const ext = path.extname(input);
  const outExt = ext.toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx';
  return path.join(path.dirname(input), `${path.basename(input, ext)}-rapport${outExt}`);
}

export type ReportRun = { input: string; out: string; json: boolean; lang: Lang; options: RunReportOptions; inPlace?: boolean; structure?: Readonly<Record<string, string | true>> };

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
  const ran = runReport(snapshot, {
    ...(input.roles !== undefined ? { roles: input.roles } : {}),
    ...(structure.template !== undefined ? { template: structure.template } : {}),
    ...run.options,
    lang,
  });
  const result = { ...ran, issues: [...inputIssues(input, ran.issues), ...structure.issues] };
  if (run.json) {
    io.out(JSON.stringify(result.report ? reportJson(result.report, result.issues, lang, result.commentary) : { issues: result.issues }, null, 2));
  } else {
    if (result.report) io.out(printReport(result.report, lang, run.options.title));
    if (result.commentary.length > 0) io.out(`\n${printCommentary(result.commentary, lang)}`);
    io.out(`\n${formatIssues(result.issues, lang)}`);
  }
  if (result.grids.length > 0) {
    const failed = input.sie
      ? await writeSieReport(snapshot, result.grids, run.out, lang, io)
      : await writeCopy(run.input, result.grids, run.out, lang, io, { inPlace: run.inPlace === true });
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
    const str = (name: string): string | undefined => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);
    const input = parsed.positional[0];
    const options: RunReportOptions = {
      ...period,
      forecast: (str('forecast') ?? 'remaining-budget') as ForecastMethod,
      unit: (str('unit') ?? 'tkr') as Unit,
      signs: (str('signs') ?? 'costs-negative') as SignConvention,
      ...(str('by') !== undefined ? { by: str('by') } : {}),
      ...(str('sheet') !== undefined ? { sheet: str('sheet') } : {}),
    };
    const inPlace = flags['in-place'] === true;
    if (inPlace && str('out') !== undefined) {
      io.err(lang === 'sv' ? 'Ange antingen --out eller --in-place, inte båda.' : 'Give either --out or --in-place, not both.');
      return EXIT.usage;
    }
    const out = inPlace ? input : (str('out') ?? defaultOut(input));
    return runReportFile({ input, out, json: flags.json === true, lang, options, inPlace, structure: flags }, io);
  },
};

import * as path from 'node:path';
import type { Command } from '../io';
import { EXIT } from '../io';
import type { ArgSpec } from '../args';
import { stringFlag } from '../args';
import { FLAG, parseOrExit, periodOrExit, writeCopy, copyPath } from '../command-kit';
import { loadInput } from '../ledger-input';
import { writeSieReport } from '../sie-report';
import { formatIssues, issuesJson } from '../format-issues';
import { printInvestments } from '../print-investments';
import { hasErrors } from '../../core/issue';
import { FORECAST_METHODS, UNITS } from '../../core/report/report-types';
import type { ForecastMethod, Unit } from '../../core/report/report-types';
import { investmentJson, runInvestments, runSieInvestments } from '../../core/investments';
import type { RunInvestmentsOptions } from '../../core/investments';

/** kommunrapport investments <fil.xlsx | fil.se> [--through ÅÅÅÅ-MM] [--unit U] [--forecast M] [--projects] [--sheet S] [--json] [--out F] [--lang sv|en] */
const spec: ArgSpec = {
  command: 'investments',
  positional: 1,
  flags: [
    { name: 'through', kind: 'value', placeholder: '2023-08' },
    FLAG.period,
    { name: 'unit', kind: 'value', allowed: UNITS },
    { name: 'forecast', kind: 'value', allowed: FORECAST_METHODS },
    { name: 'projects', kind: 'boolean' },
    FLAG.sheet,
    FLAG.json,
    FLAG.out,
  ],
};

const USAGE = {
  sv: [
    'Användning: kommunrapport investments <fil.xlsx|fil.se> [--through ÅÅÅÅ-MM] [--unit kr|tkr|mnkr] [--forecast METOD]',
    '            [--projects] [--sheet NAMN] [--out UT.xlsx] [--json] [--lang sv|en]',
    'Gör investeringstabellen (budget, prognos, avvikelse, utfall, fjolår) per projekt, grupperad enligt bladet',
    'Investeringsstruktur (annars per kategori eller per projekt), och sparar den i en kopia av arbetsboken.',
    'En SIE-fil ger utfall och budget per projekt på anläggningskontona (10–12, utan ackumulerade av- och',
    'nedskrivningar); tabellen sparas då i en ny arbetsbok med bladet Huvudbok.',
    '  --through   sista månad som ingår, t.ex. 2023-08 (annars sista månaden med utfall); --period betyder samma sak',
    '  --unit      belopp i kr, tkr (standard) eller mnkr',
    `  --forecast  prognosmetod: ${FORECAST_METHODS.join(', ')} (standard manual om det finns en prognoskolumn)`,
    '  --projects  visa varje rads projekt under raden',
    '  --out       utfil (standard <fil>-investeringar.xlsx bredvid indatafilen; indatafilen skrivs aldrig över)',
    '  --json      skriv tabellen som JSON (kronor, oavrundat)',
    'Slutkod: 0 inga fel, 1 fel i arbetsboken, 2 felaktigt kommando eller oläslig fil.',
  ].join('\n'),
  en: [
    'Usage: kommunrapport investments <file.xlsx|file.se> [--through YYYY-MM] [--unit kr|tkr|mnkr] [--forecast METHOD]',
    '            [--projects] [--sheet NAME] [--out OUT.xlsx] [--json] [--lang sv|en]',
    'Builds the investment table (budget, forecast, variance, actual, prior year) per project, grouped by the',
    'Investeringsstruktur sheet (else per category or per project), and saves it in a copy of the workbook.',
    'An SIE file gives actuals and budgets per project on the fixed-asset accounts (10–12, without accumulated',
    'depreciation and write-downs); the table is then saved in a new workbook with a Huvudbok sheet.',
    '  --through   last month included, e.g. 2023-08 (default the last month with actuals); --period means the same',
    '  --unit      amounts in kr, tkr (default) or mnkr',
    `  --forecast  forecast method: ${FORECAST_METHODS.join(', ')} (default manual when there is a forecast column)`,
    '  --projects  show each line\'s projects beneath it',
    '  --out       output file (default <file>-investeringar.xlsx next to the input; the input is never overwritten)',
    '  --json      print the table as JSON (kronor, unrounded)',
    'Exit code: 0 no errors, 1 errors in the workbook, 2 bad command or unreadable file.',
  ].join('\n'),
};

const defaultOut = (input: string): string => copyPath(input, 'investeringar');

export const investmentsCommand: Command = {
  name: 'investments',
  summary: { sv: 'gör investeringstabellen (projekt i grupper) och spara den i en kopia', en: 'build the investment table (projects in groups) and save it in a copy' },
  run: async (args, io) => {
    const parsed = parseOrExit(args, spec, USAGE, io);
    if (typeof parsed === 'number') return parsed;
    const { lang, flags } = parsed;
    const period = periodOrExit([flags.through, flags.period], lang, io);
    if (typeof period === 'number') return period;
    const str = (name: string): string | undefined => stringFlag(flags, name);
    const input = parsed.positional[0];
    const out = str('out') ?? defaultOut(input);
    if (path.resolve(out) === path.resolve(input)) {
      io.err(lang === 'sv' ? 'Utfilen får inte vara samma som indatafilen. Välj ett annat namn med --out.' : 'The output file must not be the input file. Choose another name with --out.');
      return EXIT.usage;
    }
    const read = await loadInput(input, lang, io, { accounts: 'fixed-assets' });
    if (typeof read === 'number') return read;
    const { snapshot } = read;
    const options: RunInvestmentsOptions = {
      ...period,
      lang,
      unit: (str('unit') ?? 'tkr') as Unit,
      ...(str('forecast') !== undefined ? { forecast: str('forecast') as ForecastMethod } : {}),
      ...(flags.projects === true ? { projects: 'show' as const } : {}),
      ...(str('sheet') !== undefined ? { sheet: str('sheet') } : {}),
    };
    // An SIE file: its fixed-asset accounts by project, the issues naming the file's lines.
    const result = read.sie ? runSieInvestments(read.sie, options) : runInvestments(snapshot, options);
    if (flags.json === true) {
      io.out(JSON.stringify(result.report ? { ...investmentJson(result.report, result.issues, lang), issues: issuesJson(result.issues) } : { issues: issuesJson(result.issues) }, null, 2));
    } else {
      if (result.report) io.out(printInvestments(result.report, lang));
      io.out(`\n${formatIssues(result.issues, lang)}`);
    }
    if (result.grids.length > 0) {
      const failed = read.sie ? await writeSieReport(snapshot, result.grids, out, lang, io) : await writeCopy(read.file, result.grids, out, lang, io);
      if (failed !== null) return failed;
      if (flags.json !== true) io.out(lang === 'sv' ? `\nInvesteringstabellen sparades i ${out}` : `\nThe investment table was saved in ${out}`);
    } else if (flags.json !== true) {
      io.out(lang === 'sv' ? '\nIngen fil skrevs: rätta felen ovan först.' : '\nNo file was written: fix the errors above first.');
    }
    return hasErrors(result.issues) ? EXIT.issues : EXIT.ok;
  },
};

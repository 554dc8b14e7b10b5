import type { Command } from '../io';
import { EXIT } from '../io';
import type { ArgSpec } from '../args';
import { stringFlag } from '../args';
import { FLAG, parseOrExit, periodOrExit, writeCopy, copyPath } from '../command-kit';
import { inputIssues, loadInput } from '../ledger-input';
import { writeSieReport } from '../sie-report';
import { STRUCTURE_FLAGS, structureFor } from '../structure';
import { sieFileLedger } from '../../core/sie';
import { formatIssues, issuesJson } from '../format-issues';
import { hasErrors } from '../../core/issue';
import type { Lang } from '../../core/i18n/types';
import { reasonText } from '../../core/i18n/render';
import { parseIsoDate } from '../../core/assignments';
import { FORECAST_METHODS, SIGN_CONVENTIONS, UNITS } from '../../core/report/report-types';
import type { ForecastMethod, SignConvention, Unit } from '../../core/report/report-types';
import { buildFollowUp, SECTION_TITLE, sieSectionRunners } from '../../core/followup';
import type { FollowUp } from '../../core/followup';

/** kommunrapport package <fil.xlsx | fil.se> [--out UT.xlsx | --in-place] [--through ÅÅÅÅ-MM] [--as-of ÅÅÅÅ-MM-DD] [--unit U] [--forecast M] [--signs S] [--by DIM] [--json] */
const spec: ArgSpec = {
  command: 'package',
  positional: 1,
  flags: [
    { name: 'through', kind: 'value', placeholder: '2025-08' },
    FLAG.period,
    { name: 'as-of', kind: 'value', placeholder: '2025-08-31' },
    { name: 'forecast', kind: 'value', allowed: FORECAST_METHODS },
    { name: 'unit', kind: 'value', allowed: UNITS },
    { name: 'signs', kind: 'value', allowed: SIGN_CONVENTIONS },
    { name: 'by', kind: 'value', placeholder: 'Verksamhet' },
    FLAG.out,
    FLAG.json,
    { name: 'in-place', kind: 'boolean' },
    ...STRUCTURE_FLAGS,
  ],
};

const USAGE = {
  sv: [
    'Användning: kommunrapport package <fil.xlsx|fil.se> [--out UT.xlsx | --in-place] [--through ÅÅÅÅ-MM] [--as-of ÅÅÅÅ-MM-DD]',
    '            [--unit kr|tkr|mnkr] [--forecast METOD] [--signs S] [--by DIMENSION] [--chart kommunbas|bas]',
    '            [--template STRUKTUR.xlsx] [--json] [--lang sv|en]',
    'Hela uppföljningen på en gång: drift, per verksamhet, investeringar, mål, uppdrag, sjukfrånvaro och verksamhetsmått,',
    'varje avsnitt som arbetsboken har underlag för på ett eget blad, med ett innehållsblad först. Avsnitt utan underlag',
    'listas som överhoppade med skälet. Körs kommandot igen på utfilen uppdateras bladen och Kommentar-cellerna behålls.',
    '  --through   sista månad som ingår (annars sista månaden med utfall); --period betyder samma sak',
    '  --as-of     datumet uppdragens slutdatum jämförs med (standard: dagens datum)',
    '  --by        dimensionen för avsnittet per verksamhet (standard Verksamhet, annars Ansvar)',
    '  --out       utfil (standard <fil>-uppfoljning.xlsx bredvid indatafilen); --in-place lägger bladen i indatafilen',
    '  --chart     kontoplanens mall: kommunbas eller bas (bolag); en SIE-fil väljer själv efter #KPTYP',
    '  --template  ta bladet Rapportstruktur från en annan arbetsbok',
    'En SIE-fil ger drift (resultatkontona) och investeringar (anläggningskontona per projekt); mål, uppdrag,',
    'sjukfrånvaro och verksamhetsmått finns inte i en SIE-fil och hoppas över. Allt sparas i en ny arbetsbok.',
    'Slutkod: 0 inga fel, 1 fel i arbetsboken, 2 felaktigt kommando eller oläslig fil.',
  ].join('\n'),
  en: [
    'Usage: kommunrapport package <file.xlsx|file.se> [--out OUT.xlsx | --in-place] [--through YYYY-MM] [--as-of YYYY-MM-DD]',
    '            [--unit kr|tkr|mnkr] [--forecast METHOD] [--signs S] [--by DIMENSION] [--chart kommunbas|bas]',
    '            [--template STRUCTURE.xlsx] [--json] [--lang sv|en]',
    'The whole follow-up at once: operating statement, by unit, investments, goals, assignments, sick leave and activity',
    'measures, every section the workbook has data for on a sheet of its own, with a contents sheet first. Sections',
    'without data are listed as skipped with the reason. Run again on the output to refresh the sheets; comments are kept.',
    '  --through   last month included (default the last month with actuals); --period means the same',
    '  --as-of     the date assignment end dates are compared with (default: today)',
    '  --by        the dimension of the by-unit section (default Verksamhet, else Ansvar)',
    '  --out       output file (default <file>-uppfoljning.xlsx next to the input); --in-place adds the sheets to the input',
    '  --chart     the chart template: kommunbas or bas (companies); an SIE file chooses by its #KPTYP',
    '  --template  take the Rapportstruktur sheet from another workbook',
    'An SIE file gives the operating statement (result accounts) and investments (fixed-asset accounts by project);',
    'goals, assignments, sick leave and activity measures are not in an SIE file and are skipped. All is saved in a new workbook.',
    'Exit code: 0 no errors, 1 errors in the workbook, 2 bad command or unreadable file.',
  ].join('\n'),
};

/** Today's date in local time (the core never reads the clock). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** One line per section: where it went, or why it was skipped. */
export function printFollowUp(f: FollowUp, lang: Lang): string {
  const sv = lang === 'sv';
  return f.sections
    .map((s) => {
      const title = SECTION_TITLE[s.id][lang];
      if (s.kind === 'skipped') return `  - ${title}: ${sv ? 'överhoppat' : 'skipped'} (${reasonText(s.reason, lang)})`;
      const sheets = s.grids.filter((g) => g.visibility !== 'hidden').map((g) => `'${g.sheetName}'`);
      return `  + ${title}: ${sheets.join(', ')}`;
    })
    .join('\n');
}

const defaultOut = (input: string): string => copyPath(input, 'uppfoljning');

export const packageCommand: Command = {
  name: 'package',
  summary: { sv: 'hela uppföljningen: alla avsnitt med underlag, med innehållsblad', en: 'the whole follow-up: every section with data, with a contents sheet' },
  run: async (args, io) => {
    const parsed = parseOrExit(args, spec, USAGE, io);
    if (typeof parsed === 'number') return parsed;
    const { lang, flags } = parsed;
    const sv = lang === 'sv';
    const period = periodOrExit([flags.through, flags.period], lang, io);
    if (typeof period === 'number') return period;
    const str = (name: string): string | undefined => stringFlag(flags, name);
    const asOf = str('as-of') ?? today();
    if (parseIsoDate(asOf) === null) {
      io.err(sv ? `Datumet "${asOf}" går inte att läsa. Skriv det som ÅÅÅÅ-MM-DD, t.ex. --as-of 2025-08-31.` : `The date "${asOf}" cannot be read. Write it as YYYY-MM-DD, e.g. --as-of 2025-08-31.`);
      return EXIT.usage;
    }
    const inPlace = flags['in-place'] === true;
    if (inPlace && str('out') !== undefined) {
      io.err(sv ? 'Ange antingen --out eller --in-place, inte båda.' : 'Give either --out or --in-place, not both.');
      return EXIT.usage;
    }
    const input = parsed.positional[0];
    const out = inPlace ? input : (str('out') ?? defaultOut(input));
    const read = await loadInput(input, lang, io, { read: { withFormats: true } });
    if (typeof read === 'number') return read;
    if (read.sie && inPlace) {
      io.err(sv ? 'En SIE-fil kan inte få uppföljningens blad (--in-place). Uppföljningen sparas i en ny arbetsbok; ange namnet med --out.' : 'An SIE file cannot take the follow-up sheets (--in-place). The follow-up is saved in a new workbook; name it with --out.');
      return EXIT.usage;
    }
    const { snapshot } = read;
    const structure = await structureFor(read, flags, lang, io);
    if (typeof structure === 'number') return structure;
    const built = buildFollowUp(
      snapshot,
      {
        lang,
        asOf,
        renderReason: reasonText,
        ...period,
        ...(str('forecast') !== undefined ? { forecast: str('forecast') as ForecastMethod } : {}),
        ...(str('unit') !== undefined ? { unit: str('unit') as Unit } : {}),
        ...(str('signs') !== undefined ? { signs: str('signs') as SignConvention } : {}),
        ...(str('by') !== undefined ? { by: str('by') } : {}),
        ...(structure.template !== undefined ? { template: structure.template } : {}),
        ...(read.roles !== undefined ? { roles: read.roles } : {}),
      },
      read.sie ? sieSectionRunners(sieFileLedger(read.sie.file, { accounts: 'fixed-assets' })) : {},
    );
    const followUp = { ...built, issues: [...inputIssues(read, built.issues), ...structure.issues] };
    const written = followUp.sections.filter((s) => s.kind === 'written');
    if (flags.json === true) {
      io.out(
        JSON.stringify(
          {
            sections: followUp.sections.map((s) =>
              s.kind === 'written' ? { id: s.id, status: 'written', sheets: s.grids.map((g) => g.sheetName) } : { id: s.id, status: 'skipped', reason: reasonText(s.reason, lang) },
            ),
            issues: issuesJson(followUp.issues),
          },
          null,
          2,
        ),
      );
    } else {
      io.out(`${sv ? 'Uppföljningens avsnitt' : 'Sections of the follow-up'}:\n${printFollowUp(followUp, lang)}`);
      const commentary = written.flatMap((s) => (s.kind === 'written' ? (s.commentary ?? []) : []));
      if (commentary.length) io.out(`\n${commentary.join('\n')}`);
      if (followUp.issues.length) io.out(`\n${formatIssues(followUp.issues, lang)}`);
    }
    if (written.length === 0) {
      if (flags.json !== true) io.out(sv ? '\nInget avsnitt hade underlag; ingen fil skrevs.' : '\nNo section had data; no file was written.');
      return hasErrors(followUp.issues) ? EXIT.issues : EXIT.ok;
    }
    const failed = read.sie ? await writeSieReport(snapshot, followUp.grids, out, lang, io) : await writeCopy(read.file, followUp.grids, out, lang, io, { inPlace });
    if (failed !== null) return failed;
    if (flags.json !== true) io.out(sv ? `\nUppföljningen sparades i ${out}` : `\nThe follow-up was saved in ${out}`);
    return hasErrors(followUp.issues) ? EXIT.issues : EXIT.ok;
  },
};

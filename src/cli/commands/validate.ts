import type { Command } from '../io';
import { EXIT } from '../io';
import type { ArgSpec } from '../args';
import { FLAG, parseOrExit, periodOrExit } from '../command-kit';
import { inputIssues, loadInput } from '../ledger-input';
import { STRUCTURE_FLAGS, structureFor } from '../structure';
import type { Template } from '../../core/report/template';
import { formatIssues, issuesJson, verdict } from '../format-issues';
import { hasErrors } from '../../core/issue';
import { validateWorkbook } from '../../core/validate/validate-workbook';
import { ledgerSummary } from '../../core/ledger/summary';
import { uncoveredAccounts } from '../../core/validate/checks';
import { readTemplate } from '../../core/report/read-template';
import { defaultTemplate } from '../../core/report/default-template';
import { coverage } from '../../core/report/check-template';
import { MOTPART } from '../../core/report/line-map';
import type { Issue } from '../../core/issue';
import type { Validation } from '../../core/validate/validate-workbook';
import type { WorkbookSnapshot } from '../../core/snapshot';

/** kommunrapport validate <fil.xlsx> [--sheet NAMN] [--period ÅÅÅÅ-MM] [--lang sv|en] [--json] */
const spec: ArgSpec = {
  command: 'validate',
  positional: 1,
  flags: [
    FLAG.sheet,
    FLAG.period,
    FLAG.json,
    ...STRUCTURE_FLAGS,
  ],
};

const USAGE = {
  sv: 'Användning: kommunrapport validate <fil.xlsx> [--sheet NAMN] [--period ÅÅÅÅ-MM] [--lang sv|en] [--json]\nKontrollerar huvudboken i arbetsboken och visar varje problem med blad och cell.\n  --sheet   bladet med huvudboken (annars hittas det automatiskt)\n  --period  rapportperioden, t.ex. 2025-08 (för saldolistor utan periodkolumn)\n  --json    skriv resultatet som JSON\n  --chart, --template  rapportstrukturen att kontrollera kontona mot (som för report)\nFilen kan vara en arbetsbok (.xlsx) eller en SIE-fil (.se, .si, .sie).\nSlutkod: 0 inga fel, 1 fel i arbetsboken, 2 felaktigt kommando eller oläslig fil.',
  en: 'Usage: kommunrapport validate <file.xlsx> [--sheet NAME] [--period YYYY-MM] [--lang sv|en] [--json]\nChecks the ledger in the workbook and shows every problem with its sheet and cell.\n  --sheet   the ledger sheet (found automatically otherwise)\n  --period  the report period, e.g. 2025-08 (for listings without a period column)\n  --json    print the result as JSON\n  --chart, --template  the report structure to check the accounts against (as for report)\nThe file may be a workbook (.xlsx) or an SIE file (.se, .si, .sie).\nExit code: 0 no errors, 1 errors in the workbook, 2 bad command or unreadable file.',
};

/**
 * The report structure's problems and the accounts it does not place on any line, the way
 * runReport sees them: the Rapportstruktur sheet, else the default template (with the Motpart
 * split when the ledger has that dimension, which is why this runs after the ledger is read).
 * An unreadable structure gives its own issues and no coverage check.
 */
function structureIssues(snapshot: WorkbookSnapshot, result: Validation, chosen?: Template): Issue[] {
  const read = chosen ? { template: chosen, issues: [] } : readTemplate(snapshot);
  if (!result.ledger || result.reportYear === null) return read.issues;
  if (read.template === null && read.issues.length > 0) return read.issues;
  const template = read.template ?? defaultTemplate(result.ledger.dimensions[MOTPART] !== undefined);
  return [...read.issues, ...uncoveredAccounts(result.ledger, result.reportYear, coverage(template))];
}

export const validateCommand: Command = {
  name: 'validate',
  summary: { sv: 'kontrollera huvudboken och visa problem med blad och cell', en: 'check the ledger and show problems with sheet and cell' },
  run: async (args, io) => {
    const parsed = parseOrExit(args, spec, USAGE, io);
    if (typeof parsed === 'number') return parsed;
    const { lang, flags } = parsed;
    const period = periodOrExit([flags.period], lang, io);
    if (typeof period === 'number') return period;
    const input = await loadInput(parsed.positional[0], lang, io);
    if (typeof input === 'number') return input;
    const { snapshot } = input;
    const sheet = typeof flags.sheet === 'string' ? flags.sheet : undefined;
    const validation = validateWorkbook(snapshot, {
      ...(sheet !== undefined ? { sheet } : {}),
      ...(input.roles !== undefined ? { roles: input.roles } : {}),
      ...period,
      ...(period.year !== undefined ? { reportYear: period.year } : {}),
    });
    const structure = await structureFor(input, flags, lang, io);
    if (typeof structure === 'number') return structure;
    const found = [...validation.issues, ...structureIssues(snapshot, validation, structure.template)];
    const result = { ...validation, issues: [...inputIssues(input, found), ...structure.issues] };
    const summary = result.ledger ? ledgerSummary(result.ledger) : null;
    if (flags.json === true) {
      io.out(JSON.stringify({ ledger: summary, reportYear: result.reportYear, issues: issuesJson(result.issues) }, null, 2));
    } else {
      if (summary) {
        const cols = Object.values(summary.columns).join(', ');
        io.out(
          lang === 'sv'
            ? `Huvudbok: bladet '${summary.sheet}', område ${summary.range}, ${summary.rows} rader, kolumner: ${cols}.`
            : `Ledger: sheet '${summary.sheet}', range ${summary.range}, ${summary.rows} rows, columns: ${cols}.`,
        );
      }
      io.out(formatIssues(result.issues, lang));
      io.out(verdict(result.issues, lang));
    }
    return hasErrors(result.issues) ? EXIT.issues : EXIT.ok;
  },
};

import type { Command, CliIo } from '../io';
import { EXIT } from '../io';
import type { ArgSpec } from '../args';
import { isArgError, langOf, parseArgs } from '../args';
import { formatIssues, verdict } from '../format-issues';
import { hasErrors } from '../../core/issue';
import type { Lang } from '../../core/i18n/types';
import { readPeriod } from '../../core/text/period';
import { validateWorkbook } from '../../core/validate/validate-workbook';
import { ledgerSummary } from '../../core/ledger/summary';
import { readWorkbookFile } from '../../io/xlsx/read-file';
import { isXlsxReadError } from '../../io/xlsx/errors';
import type { WorkbookSnapshot } from '../../core/snapshot';

/** kommunrapport validate <fil.xlsx> [--sheet NAMN] [--period ÅÅÅÅ-MM] [--lang sv|en] [--json] */
const spec: ArgSpec = {
  command: 'validate',
  positional: 1,
  flags: [
    { name: 'sheet', kind: 'value', placeholder: 'NAMN' },
    { name: 'period', kind: 'value', placeholder: '2025-08' },
    { name: 'json', kind: 'boolean' },
  ],
};

const USAGE = {
  sv: 'Användning: kommunrapport validate <fil.xlsx> [--sheet NAMN] [--period ÅÅÅÅ-MM] [--lang sv|en] [--json]\nKontrollerar huvudboken i arbetsboken och visar varje problem med blad och cell.\n  --sheet   bladet med huvudboken (annars hittas det automatiskt)\n  --period  rapportperioden, t.ex. 2025-08 (för saldolistor utan periodkolumn)\n  --json    skriv resultatet som JSON\nSlutkod: 0 inga fel, 1 fel i arbetsboken, 2 felaktigt kommando eller oläslig fil.',
  en: 'Usage: kommunrapport validate <file.xlsx> [--sheet NAME] [--period YYYY-MM] [--lang sv|en] [--json]\nChecks the ledger in the workbook and shows every problem with its sheet and cell.\n  --sheet   the ledger sheet (found automatically otherwise)\n  --period  the report period, e.g. 2025-08 (for listings without a period column)\n  --json    print the result as JSON\nExit code: 0 no errors, 1 errors in the workbook, 2 bad command or unreadable file.',
};

function periodOption(text: string | undefined): { year?: number; throughMonth?: number } | null {
  if (text === undefined) return {};
  const p = readPeriod(text);
  if (p.kind === 'period') return { year: p.year, throughMonth: p.month };
  if (p.kind === 'year') return { year: p.year };
  return null;
}

async function load(file: string, io: CliIo, lang: Lang): Promise<WorkbookSnapshot | null> {
  try {
    return await readWorkbookFile(file);
  } catch (e) {
    if (!isXlsxReadError(e)) throw e;
    io.err(e.messages[lang]);
    return null;
  }
}

export const validateCommand: Command = {
  name: 'validate',
  summary: { sv: 'kontrollera huvudboken och visa problem med blad och cell', en: 'check the ledger and show problems with sheet and cell' },
  run: async (args, io) => {
    const parsed = parseArgs(args, spec);
    if (isArgError(parsed)) {
      const lang = langOf(args);
      io.err(`${parsed.error[lang]}\n\n${USAGE[lang]}`);
      return EXIT.usage;
    }
    const { lang, flags } = parsed;
    if (flags.help === true) {
      io.out(USAGE[lang]);
      return EXIT.ok;
    }
    const period = periodOption(typeof flags.period === 'string' ? flags.period : undefined);
    if (period === null) {
      io.err(lang === 'sv' ? `Perioden "${flags.period}" går inte att läsa. Skriv den som 2025-08.` : `The period "${flags.period}" cannot be read. Write it as 2025-08.`);
      return EXIT.usage;
    }
    const snapshot = await load(parsed.positional[0], io, lang);
    if (!snapshot) return EXIT.usage;
    const sheet = typeof flags.sheet === 'string' ? flags.sheet : undefined;
    const result = validateWorkbook(snapshot, { ...(sheet !== undefined ? { sheet } : {}), ...period, ...(period.year !== undefined ? { reportYear: period.year } : {}) });
    const summary = result.ledger ? ledgerSummary(result.ledger) : null;
    if (flags.json === true) {
      io.out(JSON.stringify({ ledger: summary, reportYear: result.reportYear, issues: result.issues }, null, 2));
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

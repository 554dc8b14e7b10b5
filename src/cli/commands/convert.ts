import * as path from 'node:path';
import type { Command } from '../io';
import { EXIT } from '../io';
import type { ArgSpec } from '../args';
import { FLAG, parseOrExit } from '../command-kit';
import { formatIssues } from '../format-issues';
import { loadInput, writeBytesAtomically } from '../ledger-input';
import { hasErrors } from '../../core/issue';
import { newWorkbookBytes } from '../../io/xlsx/new-workbook';

/** kommunrapport convert <fil.se> [--out huvudbok.xlsx] [--balance] [--lang sv|en] */
const spec: ArgSpec = {
  command: 'convert',
  positional: 1,
  flags: [FLAG.out, { name: 'balance', kind: 'boolean' }],
};

const USAGE = {
  sv: [
    'Användning: kommunrapport convert <fil.se> [--out huvudbok.xlsx] [--balance] [--lang sv|en]',
    'Skriver huvudboken i en SIE-fil som en arbetsbok i långt format (bladet Huvudbok: Konto, Kontotext,',
    'Period ÅÅÅÅMM, en kolumn per dimension, Utfall, Budget), så att den kan granskas i Excel.',
    '  --out      utfil (standard <fil>-huvudbok.xlsx bredvid SIE-filen)',
    '  --balance  ta med balanskonton (klass 1–2) också; annars bara resultatkonton (klass 3–8)',
    'Slutkod: 0 inga fel, 1 fel i filen, 2 felaktigt kommando eller oläslig fil.',
  ].join('\n'),
  en: [
    'Usage: kommunrapport convert <file.se> [--out ledger.xlsx] [--balance] [--lang sv|en]',
    'Writes the ledger of an SIE file as a workbook in long form (sheet Huvudbok: Konto, Kontotext,',
    'Period YYYYMM, one column per dimension, Utfall, Budget), so it can be looked at in Excel.',
    '  --out      output file (default <file>-huvudbok.xlsx next to the SIE file)',
    '  --balance  include balance accounts (classes 1–2) too; otherwise result accounts only (classes 3–8)',
    'Exit code: 0 no errors, 1 errors in the file, 2 bad command or unreadable file.',
  ].join('\n'),
};

export const convertCommand: Command = {
  name: 'convert',
  summary: { sv: 'skriv en SIE-fils huvudbok som arbetsbok (bladet Huvudbok)', en: "write an SIE file's ledger as a workbook (sheet Huvudbok)" },
  run: async (args, io) => {
    const parsed = parseOrExit(args, spec, USAGE, io);
    if (typeof parsed === 'number') return parsed;
    const { lang, flags } = parsed;
    const file = parsed.positional[0];
    const input = await loadInput(file, lang, io, { accounts: flags.balance === true ? 'all' : 'result' });
    if (typeof input === 'number') return input;
    if (!input.sie) {
      io.err(lang === 'sv' ? `${path.basename(file)} är ingen SIE-fil. convert läser SIE-filer (.se, .si, .sie).` : `${path.basename(file)} is not an SIE file. convert reads SIE files (.se, .si, .sie).`);
      return EXIT.usage;
    }
    const ext = path.extname(file);
    const out = typeof flags.out === 'string' ? flags.out : path.join(path.dirname(file), `${path.basename(file, ext)}-huvudbok.xlsx`);
    const sheet = input.snapshot.sheets[0];
    try {
      await writeBytesAtomically(out, newWorkbookBytes([{ name: sheet.name, values: sheet.values }]));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      io.err(lang === 'sv' ? `Det gick inte att skriva ${out} (${code}).` : `Could not write ${out} (${code}).`);
      return EXIT.usage;
    }
    io.out(formatIssues(input.sie.issues, lang));
    io.out(lang === 'sv' ? `\nHuvudboken (${sheet.values.length - 1} rader) sparades i ${out}` : `\nThe ledger (${sheet.values.length - 1} rows) was saved in ${out}`);
    return hasErrors(input.sie.issues) ? EXIT.issues : EXIT.ok;
  },
};

import type { CliIo, Command } from './io';
import { EXIT } from './io';
import { langOf } from './args';
import { finishRun } from './progress';
import { validateCommand } from './commands/validate';
import { reportCommand } from './commands/report';
import { goalsCommand } from './commands/goals';
import { assignmentsCommand } from './commands/assignments';
import { demoCommand } from './commands/demo';
import { personnelCommand } from './commands/personnel';
import { measuresCommand } from './commands/measures';
import { packageCommand } from './commands/package';
import { convertCommand } from './commands/convert';
import { investmentsCommand } from './commands/investments';

const commands: readonly Command[] = [validateCommand, reportCommand, investmentsCommand, goalsCommand, assignmentsCommand, personnelCommand, measuresCommand, packageCommand, convertCommand, demoCommand];

const stdio: CliIo = {
  out: (t) => void process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => void process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  tty: process.stderr.isTTY === true,
};

function usage(lang: 'sv' | 'en'): string {
  const lines = commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary[lang]}`);
  return lang === 'sv'
    ? `Användning: kommunrapport <kommando> <fil.xlsx> [flaggor]\n\nKommandon:\n${lines.join('\n')}\n\nFlaggan --lang en ger engelska meddelanden, --quiet tar bort förloppsraderna. Hjälp för ett kommando: kommunrapport help report (eller kommunrapport report --help). Exempel: kommunrapport validate huvudbok.xlsx`
    : `Usage: kommunrapport <command> <file.xlsx> [options]\n\nCommands:\n${lines.join('\n')}\n\n--quiet drops the progress lines. Help for one command: kommunrapport help report (or kommunrapport report --help). Example: kommunrapport validate ledger.xlsx --lang en`;
}

/** The message for an error no command handled: it is ours, here is the detail, please report it. */
export function internalError(e: unknown, lang: 'sv' | 'en'): string {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return lang === 'sv'
    ? `Internt fel i kommunrapport: ${detail}\nDet här är ett fel i programmet, inte i din arbetsbok. Rapportera det gärna till den som förvaltar kommunrapport, med kommandot du körde och meddelandet ovan.`
    : `Internal error in kommunrapport: ${detail}\nThis is a fault in the program, not in your workbook. Please report it to whoever maintains kommunrapport, with the command you ran and the message above.`;
}

export async function main(argv: readonly string[], io: CliIo = stdio): Promise<number> {
  const lang = langOf(argv);
  const [name, ...rest] = argv;
  // "kommunrapport help report" is "kommunrapport report --help".
  const asked = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
  if (asked) return asked.run(['--help', ...rest.slice(1)], io);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage(lang));
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(lang === 'sv' ? `Okänt kommando "${name}".\n\n${usage(lang)}` : `Unknown command "${name}".\n\n${usage(lang)}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    // Last line of defence. Bad input is handled by the commands (XlsxReadError, issues); what
    // gets here is a bug or an unforeseen failure: say so plainly, never a stack trace.
    io.err(internalError(e, lang));
    return EXIT.usage;
  } finally {
    finishRun();
  }
}

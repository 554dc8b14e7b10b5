import type { CliIo, Command } from './io';
import { EXIT } from './io';
import { validateCommand } from './commands/validate';
import { reportCommand } from './commands/report';
import { goalsCommand } from './commands/goals';
import { assignmentsCommand } from './commands/assignments';
import { demoCommand } from './commands/demo';

const commands: readonly Command[] = [validateCommand, reportCommand, goalsCommand, assignmentsCommand, demoCommand];

const stdio: CliIo = {
  out: (t) => void process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => void process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

function usage(lang: 'sv' | 'en'): string {
  const lines = commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary[lang]}`);
  return lang === 'sv'
    ? `Användning: kommunrapport <kommando> <fil.xlsx> [flaggor]\n\nKommandon:\n${lines.join('\n')}\n\nFlaggan --lang en ger engelska meddelanden. Exempel: kommunrapport validate huvudbok.xlsx`
    : `Usage: kommunrapport <command> <file.xlsx> [options]\n\nCommands:\n${lines.join('\n')}\n\nExample: kommunrapport validate ledger.xlsx --lang en`;
}

export async function main(argv: readonly string[], io: CliIo = stdio): Promise<number> {
  const lang = argv.includes('en') && argv[argv.indexOf('en') - 1] === '--lang' ? 'en' : 'sv';
  const [name, ...rest] = argv;
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
    // Last line of defence: never a stack trace, always what to do.
    const detail = e instanceof Error ? e.message : String(e);
    io.err(
      lang === 'sv'
        ? `Ett oväntat fel inträffade: ${detail}\nKontrollera att filen är en .xlsx-arbetsbok och försök igen.`
        : `An unexpected error occurred: ${detail}\nCheck that the file is an .xlsx workbook and try again.`,
    );
    return EXIT.usage;
  }
}

/**
 * Command-line arguments for every command: flags declared by the command (`--sheet NAME`,
 * `--json`, `--unit tkr|kr`), positional arguments (the workbook file), and `--lang sv|en`
 * and `--help` (or -h) which every command accepts. Errors are values with a Swedish and an English text.
 */
export type Lang = 'sv' | 'en';

export type FlagSpec =
  | { readonly name: string; readonly kind: 'boolean' }
  | { readonly name: string; readonly kind: 'value'; readonly allowed?: readonly string[]; readonly placeholder?: string };

export type ArgSpec = {
  /** Flags by name without the leading dashes ('sheet' for --sheet). --lang is always accepted. */
  readonly flags: readonly FlagSpec[];
  /** Exact count, or a range. The first positional is the workbook file. */
  readonly positional: number | { readonly min: number; readonly max: number };
  /** The command name, used in the example of the missing-file message. */
  readonly command?: string;
};

export type ParsedArgs = {
  readonly positional: string[];
  /** By flag name without dashes: the value, or true for a boolean flag. */
  readonly flags: Record<string, string | true>;
  readonly lang: Lang;
};

export type ArgError = { readonly error: { readonly sv: string; readonly en: string } };

const LANG_FLAG: FlagSpec = { name: 'lang', kind: 'value', allowed: ['sv', 'en'] };
const HELP_FLAG: FlagSpec = { name: 'help', kind: 'boolean' };

/** The language asked for by --lang (or --lang=en), Swedish otherwise; for errors before parsing. */
export function langOf(args: readonly string[]): Lang {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--lang' && args[i + 1] === 'en') return 'en';
    if (args[i] === '--lang=en') return 'en';
  }
  return 'sv';
}

export function isArgError(r: ParsedArgs | ArgError): r is ArgError {
  return (r as ArgError).error !== undefined;
}

function fail(sv: string, en: string): ArgError {
  return { error: { sv, en } };
}

function list(values: readonly string[]): string {
  return values.join(', ');
}

export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs | ArgError {
  const specs = [LANG_FLAG, HELP_FLAG, ...spec.flags.filter((f) => f.name !== 'lang' && f.name !== 'help')];
  const known = list(specs.map((f) => `--${f.name}`));
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] === '-h' ? '--help' : args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg.length === 2) {
      if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) {
        return fail(`Okänd flagga "${arg}". Flaggor som fungerar här: ${known}.`, `Unknown option "${arg}". Options accepted here: ${known}.`);
      }
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const f = specs.find((s) => s.name === name);
    if (!f) {
      return fail(`Okänd flagga "--${name}". Flaggor som fungerar här: ${known}.`, `Unknown option "--${name}". Options accepted here: ${known}.`);
    }
    if (f.kind === 'boolean') {
      if (eq >= 0) return fail(`Flaggan --${name} tar inget värde. Skriv bara --${name}.`, `Option --${name} takes no value. Write just --${name}.`);
      flags[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < args.length && !args[i + 1].startsWith('--')) value = args[++i];
    const hint = f.allowed ? list(f.allowed) : (f.placeholder ?? 'ett värde');
    const hintEn = f.allowed ? list(f.allowed) : (f.placeholder ?? 'a value');
    if (value === undefined || value === '') {
      return fail(`Flaggan --${name} saknar värde. Skriv till exempel --${name} ${f.allowed ? f.allowed[0] : hint}.`, `Option --${name} needs a value. Write for example --${name} ${f.allowed ? f.allowed[0] : hintEn}.`);
    }
    if (f.allowed && !f.allowed.includes(value)) {
      return fail(`Värdet "${value}" fungerar inte för --${name}. Välj ett av: ${hint}.`, `Value "${value}" is not allowed for --${name}. Choose one of: ${hintEn}.`);
    }
    flags[name] = value;
  }
  const lang: Lang = flags.lang === 'en' ? 'en' : 'sv';
  // --help: the command prints its usage, whatever else is missing.
  if (flags.help === true) return { positional, flags, lang };
  const { min, max } = typeof spec.positional === 'number' ? { min: spec.positional, max: spec.positional } : spec.positional;
  if (positional.length < min) {
    const cmd = spec.command ?? 'validate';
    return fail(`Ange arbetsboken (.xlsx-fil) att läsa, till exempel: kommunrapport ${cmd} huvudbok.xlsx`, `Give the workbook (.xlsx file) to read, for example: kommunrapport ${cmd} ledger.xlsx`);
  }
  if (positional.length > max) {
    const extra = positional.slice(max).map((p) => `"${p}"`).join(', ');
    return fail(`För många argument: ${extra}. Ange en fil; ett filnamn med mellanslag skrivs inom citattecken.`, `Too many arguments: ${extra}. Give one file; quote a file name that contains spaces.`);
  }
  return { positional, flags, lang };
}

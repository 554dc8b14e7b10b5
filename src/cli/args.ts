/**
 * Command-line arguments for every command: flags declared by the command (`--sheet NAME`,
 * `--json`, `--unit tkr|kr`), positional arguments (the workbook file), and `--lang sv|en`
 * `--help` (or -h) and `--quiet`, which every command accepts. Parsed by Node's util.parseArgs; Errors are values with a Swedish and an English text.
 */
import { parseArgs as nodeParseArgs } from 'node:util';

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

/** A value flag's text, or undefined when it was not given (or is a boolean flag). */
export function stringFlag(flags: ParsedArgs['flags'], name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}

export type ArgError = { readonly error: { readonly sv: string; readonly en: string } };

const LANG_FLAG: FlagSpec = { name: 'lang', kind: 'value', allowed: ['sv', 'en'] };
const HELP_FLAG: FlagSpec = { name: 'help', kind: 'boolean' };
/** No progress lines on stderr (and no printed table from report). */
const QUIET_FLAG: FlagSpec = { name: 'quiet', kind: 'boolean' };

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
  const specs = [LANG_FLAG, HELP_FLAG, QUIET_FLAG, ...spec.flags.filter((f) => f.name !== 'lang' && f.name !== 'help' && f.name !== 'quiet')];
  const known = list(specs.map((f) => `--${f.name}`));
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  // Node's own parser splits the arguments; the checks and their messages are ours. Not strict,
  // so an unknown option is a token to answer in the user's language, not an exception.
  const options = Object.fromEntries(specs.map((f) => [f.name, { type: f.kind === 'boolean' ? ('boolean' as const) : ('string' as const), ...(f.name === 'help' ? { short: 'h' } : {}) }]));
  const { tokens } = nodeParseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  let lastIndex = -1;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      positional.push(token.value);
      continue;
    }
    const raw = args[token.index];
    // A short-option group ("-5.5") gives one token per letter, all with the same index.
    if (token.index === lastIndex) continue;
    lastIndex = token.index;
    if (!raw.startsWith('--') && token.rawName !== '-h') {
      if (/^-\d/.test(raw)) {
        positional.push(raw);
        continue;
      }
      return fail(`Okänd flagga "${raw}". Flaggor som fungerar här: ${known}.`, `Unknown option "${raw}". Options accepted here: ${known}.`);
    }
    const name = token.name;
    const f = specs.find((x) => x.name === name);
    if (!f) {
      return fail(`Okänd flagga "--${name}". Flaggor som fungerar här: ${known}.`, `Unknown option "--${name}". Options accepted here: ${known}.`);
    }
    if (f.kind === 'boolean') {
      if (token.inlineValue === true) return fail(`Flaggan --${name} tar inget värde. Skriv bara --${name}.`, `Option --${name} takes no value. Write just --${name}.`);
      flags[name] = true;
      continue;
    }
    // Node takes the next argument as the value even when it is another option: that one is not a value.
    const value = token.inlineValue !== true && token.value?.startsWith('--') ? undefined : token.value;
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

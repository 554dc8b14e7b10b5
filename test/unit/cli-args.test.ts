import fc from 'fast-check';
import { isArgError, langOf, parseArgs } from '../../src/cli/args';
import type { ArgSpec } from '../../src/cli/args';

const spec: ArgSpec = {
  command: 'validate',
  positional: 1,
  flags: [
    { name: 'sheet', kind: 'value', placeholder: 'NAMN' },
    { name: 'json', kind: 'boolean' },
    { name: 'unit', kind: 'value', allowed: ['tkr', 'kr', 'mnkr'] },
  ],
};

describe('parseArgs', () => {
  it('reads a file, a value flag, a boolean flag and the language', () => {
    const r = parseArgs(['bok.xlsx', '--sheet', 'Huvudbok 2025', '--json', '--lang', 'en'], spec);
    expect(r).toEqual({ positional: ['bok.xlsx'], flags: { sheet: 'Huvudbok 2025', json: true, lang: 'en' }, lang: 'en' });
  });

  it('accepts --name=value and defaults to Swedish', () => {
    const r = parseArgs(['--unit=kr', 'bok.xlsx'], spec);
    expect(r).toEqual({ positional: ['bok.xlsx'], flags: { unit: 'kr' }, lang: 'sv' });
  });

  it('rejects an unknown flag and lists the accepted ones', () => {
    const r = parseArgs(['bok.xlsx', '--sheeet', 'X'], spec);
    expect(isArgError(r)).toBe(true);
    if (!isArgError(r)) return;
    expect(r.error.sv).toContain('--sheeet');
    expect(r.error.sv).toContain('--sheet');
    expect(r.error.en).toContain('Unknown option');
  });

  it('rejects a single-dash flag but keeps a negative number as a positional', () => {
    expect(isArgError(parseArgs(['bok.xlsx', '-x'], spec))).toBe(true);
    expect(parseArgs(['-5'], spec)).toEqual({ positional: ['-5'], flags: {}, lang: 'sv' });
  });

  it('rejects a value flag without a value', () => {
    const r = parseArgs(['bok.xlsx', '--sheet'], spec);
    expect(isArgError(r) && r.error.sv).toContain('--sheet saknar värde');
    const r2 = parseArgs(['bok.xlsx', '--sheet', '--json'], spec);
    expect(isArgError(r2)).toBe(true);
  });

  it('rejects a value outside the allowed list and names the allowed ones', () => {
    const r = parseArgs(['bok.xlsx', '--lang', 'de'], spec);
    expect(isArgError(r) && r.error.sv).toBe('Värdet "de" fungerar inte för --lang. Välj ett av: sv, en.');
    const r2 = parseArgs(['bok.xlsx', '--unit', 'Mkr'], spec);
    expect(isArgError(r2) && r2.error.en).toContain('tkr, kr, mnkr');
  });

  it('rejects a value on a boolean flag', () => {
    expect(isArgError(parseArgs(['bok.xlsx', '--json=yes'], spec))).toBe(true);
  });

  it('asks for the file when it is missing', () => {
    const r = parseArgs(['--json'], spec);
    expect(isArgError(r) && r.error.sv).toContain('kommunrapport validate huvudbok.xlsx');
  });

  it('rejects extra positionals and honours a range', () => {
    expect(isArgError(parseArgs(['a.xlsx', 'b.xlsx'], spec))).toBe(true);
    const ranged: ArgSpec = { flags: [], positional: { min: 0, max: 2 } };
    expect(parseArgs([], ranged)).toEqual({ positional: [], flags: {}, lang: 'sv' });
    expect(parseArgs(['a', 'b'], ranged)).toEqual({ positional: ['a', 'b'], flags: {}, lang: 'sv' });
  });

  it('treats everything after -- as positional', () => {
    expect(parseArgs(['--', '--json'], spec)).toEqual({ positional: ['--json'], flags: {}, lang: 'sv' });
  });

  it('never throws, whatever the arguments', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('--sheet', '--json', '--lang', 'en', '--', '--unit=kr'))), (args) => {
        const r = parseArgs(args, spec);
        expect(typeof r).toBe('object');
      }),
    );
  });
});

describe('langOf', () => {
  it('finds --lang en in either spelling', () => {
    expect(langOf(['x', '--lang', 'en'])).toBe('en');
    expect(langOf(['--lang=en'])).toBe('en');
    expect(langOf(['--lang', 'sv'])).toBe('sv');
    expect(langOf(['en'])).toBe('sv');
  });
});

describe('--help', () => {
  it('is accepted by every command, also as -h, even without the file', () => {
    expect(parseArgs(['--help'], spec)).toEqual({ positional: [], flags: { help: true }, lang: 'sv' });
    expect(parseArgs(['-h', '--lang', 'en'], spec)).toEqual({ positional: [], flags: { help: true, lang: 'en' }, lang: 'en' });
  });
});

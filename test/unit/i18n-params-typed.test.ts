/**
 * Params are typed per code: makeIssue with a missing or misspelt param does not compile. The
 * file test/types/issue-params.ts states it with `@ts-expect-error` lines; this compiles that file
 * with the TypeScript compiler, so a loosened typing (an unused directive) fails here too, and
 * compiles the same calls without the directives to see each one refused.
 */
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import * as ts from 'typescript';

const root = path.join(__dirname, '..', '..');
const checkFile = path.join(root, 'test', 'types', 'issue-params.ts');

function diagnosticsOf(files: Readonly<Record<string, string>>): Map<string, readonly ts.Diagnostic[]> {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!parsed) throw new Error('tsconfig.json could not be read');
  const options = { ...parsed.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => files[path.resolve(name)] ?? readFile(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, onError) => {
    const text = files[path.resolve(name)];
    return text !== undefined ? ts.createSourceFile(name, text, version) : getSourceFile(name, version, onError);
  };
  host.fileExists = ((exists) => (name: string) => files[path.resolve(name)] !== undefined || exists(name))(host.fileExists.bind(host));
  const program = ts.createProgram(Object.keys(files), options, host);
  const out = new Map<string, readonly ts.Diagnostic[]>();
  for (const name of Object.keys(files)) out.set(name, ts.getPreEmitDiagnostics(program, program.getSourceFile(name)));
  return out;
}

const text = (d: ts.Diagnostic): string => ts.flattenDiagnosticMessageText(d.messageText, '\n');

describe('params typed per code', () => {
  const source = readFileSync(checkFile, 'utf8');
  const lines = source.split('\n');
  const expected = lines.flatMap((l, i) => (/\/\/ @ts-expect-error/.test(l) ? [i + 1] : []));
  // The same file with every directive removed: each call it stood over must now be an error.
  const bare = lines.map((l) => (/\/\/ @ts-expect-error/.test(l) ? '' : l)).join('\n');
  const bareFile = path.join(root, 'test', 'types', 'issue-params.bare.ts');
  let results: Map<string, readonly ts.Diagnostic[]>;

  beforeAll(() => {
    results = diagnosticsOf({ [checkFile]: source, [bareFile]: bare });
  }, 120_000);

  it('compiles the checks as written: every expected error is there, nothing else is', () => {
    expect(expected.length).toBe(9);
    expect(results.get(checkFile)!.map(text)).toEqual([]);
  });

  it('refuses each missing, misspelt or unknown param, code and left-out params', () => {
    const errorLines = new Set(results.get(bareFile)!.map((d) => d.file!.getLineAndCharacterOfPosition(d.start!).line + 1));
    // Each call is on the line after its directive.
    expect(expected.map((l) => errorLines.has(l + 1))).toEqual(expected.map(() => true));
    // And the well-typed calls above them compile.
    const firstCheck = Math.min(...expected);
    expect([...errorLines].filter((l) => l < firstCheck)).toEqual([]);
  });
});

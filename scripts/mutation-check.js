#!/usr/bin/env node
'use strict';
/**
 * Mutation check of the Excel path: can the tests catch a wrong Office.js adapter? Each mutant
 * is a copy of src/io/excel with one deliberate mistake; the tests that should notice it run
 * against the copy (a jest config maps the tests' import of src/io/excel to it), and must FAIL.
 * An unmutated copy runs first as the control and must PASS, so a kill is never an artefact of
 * the copying. Prints one line per mutant; exits 1 when the control fails or a mutant survives.
 * Run: node scripts/mutation-check.js [mutant names...]
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const work = path.join(root, 'test-artifacts', 'mutants');
const RENDER = ['test/integration/excel-render.test.ts'];
const ATOMIC = ['test/integration/excel-atomic.test.ts'];

const MUTANTS = [
  { name: 'control', file: 'write-block.ts', from: null, tests: [...RENDER, ...ATOMIC], filter: 'report|insert:|refresh:|formats' },
  { name: 'drop-every-fill', file: 'write-block.ts', from: 'if (s.fill) f.fill.color = s.fill;', to: '', tests: RENDER },
  { name: 'drop-every-border-colour', file: 'write-block.ts', from: 'b.color = BORDER_COLOR;', to: '', tests: RENDER },
  { name: 'other-width-conversion', file: 'write-block.ts', from: 'c.pixels * 0.75', to: 'c.characters * 7 * 0.75', tests: RENDER },
  {
    name: 'refresh-clears-before-it-writes',
    file: 'refresh.ts',
    from: "stage.visibility = 'Hidden';",
    to: "stage.visibility = 'Hidden';\n  union.conditionalFormats.clearAll();\n  union.clear('All');",
    tests: ATOMIC,
    filter: 'report',
  },
];

function copyWithLinks(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src', 'io'), { recursive: true });
  fs.cpSync(path.join(root, 'src', 'io', 'excel'), path.join(dir, 'src', 'io', 'excel'), { recursive: true });
  // The rest of src is the real one: only the adapter is mutated.
  fs.symlinkSync(path.join(root, 'src', 'core'), path.join(dir, 'src', 'core'));
  fs.symlinkSync(path.join(root, 'src', 'io', 'grid-style.ts'), path.join(dir, 'src', 'io', 'grid-style.ts'));
}

function jestConfig(dir) {
  const base = require(path.join(root, 'jest.config.js')).projects[0];
  const config = {
    ...base,
    rootDir: root,
    moduleNameMapper: { ...base.moduleNameMapper, '^(\\.\\./)+src/io/excel$': path.join(dir, 'src', 'io', 'excel', 'index.ts') },
  };
  const file = path.join(dir, 'jest.config.json');
  fs.writeFileSync(file, JSON.stringify(config));
  return file;
}

function run(m) {
  const dir = path.join(work, m.name);
  copyWithLinks(dir);
  if (m.from !== null) {
    const file = path.join(dir, 'src', 'io', 'excel', m.file);
    const src = fs.readFileSync(file, 'utf8');
    if (!src.includes(m.from)) return { name: m.name, outcome: 'not applied', detail: `'${m.from}' is not in ${m.file}` };
    fs.writeFileSync(file, src.replace(m.from, m.to));
  }
  const args = ['--ci', '--silent', '-c', jestConfig(dir), ...m.tests];
  if (m.filter) args.push('-t', m.filter);
  const r = spawnSync(path.join(root, 'node_modules', '.bin', 'jest'), args, { cwd: root, encoding: 'utf8' });
  const failed = /Tests:\s+(\d+) failed/.exec(r.stderr);
  const passed = r.status === 0;
  fs.rmSync(dir, { recursive: true, force: true });
  if (m.from === null) return { name: m.name, outcome: passed ? 'passes' : 'FAILS', detail: passed ? '' : r.stderr.slice(-2000) };
  return { name: m.name, outcome: passed ? 'SURVIVED' : 'killed', detail: failed ? `${failed[1]} failing tests` : r.stderr.slice(-500) };
}

const only = process.argv.slice(2);
const chosen = MUTANTS.filter((m) => only.length === 0 || m.name === 'control' || only.includes(m.name));
const results = chosen.map(run);
for (const r of results) process.stdout.write(`${r.name}: ${r.outcome}${r.detail ? ` (${r.detail})` : ''}\n`);
const ok = results.every((r) => (r.name === 'control' ? r.outcome === 'passes' : r.outcome === 'killed'));
process.stdout.write(`${JSON.stringify({ ok, results: results.map((r) => ({ name: r.name, outcome: r.outcome })) })}\n`);
process.exit(ok ? 0 : 1);

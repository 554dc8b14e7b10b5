#!/usr/bin/env node
'use strict';
/**
 * npm run bench: compiles bench/ (and the src/ files it imports) with tsc into bench/.build,
 * then runs the orchestrator, which measures every figure in child processes and writes
 * bench/results.json and the table in bench/README.md. Arguments pass through, e.g.
 * `npm run bench -- --only engine,sumifs` or `npm run bench -- --quick` (small sizes, a smoke
 * run that writes to bench/data/ only). `--keep-build` keeps bench/.build for profiling, e.g.
 * `node --cpu-prof bench/.build/bench/child.js engine 1000000 15`.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const build = path.join(root, 'bench', '.build');
fs.rmSync(build, { recursive: true, force: true });
process.stdout.write('bench: compiling bench/ with tsc -p bench/tsconfig.json\n');
const tsc = spawnSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', path.join('bench', 'tsconfig.json')], { cwd: root, encoding: 'utf8' });
const entry = path.join(build, 'bench', 'run.js');
if (tsc.status !== 0) {
  // tsc still emits on type errors (noEmitOnError is off); they may sit in files other helpers
  // are editing. Show them, and stop only when nothing runnable was emitted.
  process.stdout.write(tsc.stdout);
  process.stdout.write('bench: tsc reported type errors (above); running what was emitted\n');
}
if (!fs.existsSync(entry)) {
  process.stdout.write('bench: nothing to run, compilation failed\n');
  process.exit(1);
}
const run = spawnSync(process.execPath, [entry, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
// The compiled copy is only needed while the run lasts; removing it keeps eslint and jest
// globs over the working tree free of generated JavaScript.
if (!process.argv.includes('--keep-build')) fs.rmSync(build, { recursive: true, force: true });
process.exit(run.status === null ? 1 : run.status);

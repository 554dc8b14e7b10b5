#!/usr/bin/env node
'use strict';
/**
 * The whole suite, as CI runs it: type check, lint, production build (the e2e tests serve
 * dist/), then every jest project. Prints "N passed, N failed" as its last line, where the
 * type check, lint and build count as one test each.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;

function step(label, cmd, args) {
  process.stdout.write(`\n== ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status === 0) passed += 1;
  else {
    failed += 1;
    process.stdout.write(`!! ${label} failed (exit ${r.status})\n`);
  }
  return r.status === 0;
}

step('type check (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('lint (eslint)', bin('eslint'), ['src']);
step('build CLI (tsc)', bin('tsc'), ['-p', 'tsconfig.cli.json']);
step('build task pane (webpack production)', bin('webpack'), ['--mode', 'production']);

const out = path.join(root, 'test-artifacts', 'jest-results.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.rmSync(out, { force: true });
process.stdout.write('\n== jest\n');
spawnSync(bin('jest'), ['--ci', '--json', `--outputFile=${out}`, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (fs.existsSync(out)) {
  const r = JSON.parse(fs.readFileSync(out, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  if (r.numPendingTests + r.numTodoTests > 0) {
    process.stdout.write(`!! ${r.numPendingTests + r.numTodoTests} skipped or todo tests: they count as failed\n`);
    failed += r.numPendingTests + r.numTodoTests;
  }
} else {
  failed += 1;
  process.stdout.write('!! jest wrote no results\n');
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);

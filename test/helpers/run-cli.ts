/**
 * Runs the real CLI (bin/kommunrapport.js → lib/, built by `npx tsc -p tsconfig.cli.json`) in a
 * child process with a time limit and a bounded V8 heap, and measures its wall time and peak
 * resident memory (a preloaded probe writes process.resourceUsage().maxRSS on exit).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'kommunrapport.js');
export const CLI_TIMEOUT_MS = 30_000;
export const HEAP_MB = 2048;

export type CliRun = {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr together, for phrase checks. */
  readonly output: string;
  readonly ms: number;
  readonly timedOut: boolean;
  /** Peak resident set size in MiB, or null when the process died before its exit handler ran. */
  readonly maxRssMb: number | null;
};

export type RunOptions = { readonly timeoutMs?: number; readonly heapMb?: number; readonly cwd?: string };

let probePath: string | null = null;

function probe(): string {
  if (probePath && fs.existsSync(probePath)) return probePath;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-probe-'));
  probePath = path.join(dir, 'rss-probe.js');
  fs.writeFileSync(
    probePath,
    "'use strict';\nconst fs = require('fs');\nprocess.on('exit', () => { if (process.env.KR_RSS_FILE) fs.writeFileSync(process.env.KR_RSS_FILE, String(process.resourceUsage().maxRSS)); });\n",
  );
  return probePath;
}

/** True when the CLI has been compiled to lib/. */
export function cliBuilt(): boolean {
  return fs.existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'));
}

export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  if (!cliBuilt()) throw new Error('lib/cli/main.js is missing: run `npx tsc -p tsconfig.cli.json` (scripts/test.js does) before these tests');
  const timeoutMs = options.timeoutMs ?? CLI_TIMEOUT_MS;
  const rssFile = path.join(os.tmpdir(), `kr-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${options.heapMb ?? HEAP_MB}`, '--require', probe(), BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, KR_RSS_FILE: rssFile, NODE_OPTIONS: '', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let maxRssMb: number | null = null;
      if (fs.existsSync(rssFile)) {
        maxRssMb = Number(fs.readFileSync(rssFile, 'utf8')) / 1024;
        fs.rmSync(rssFile, { force: true });
      }
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({ code, signal, stdout, stderr, output: `${stdout}\n${stderr}`, ms, timedOut, maxRssMb });
    });
  });
}

/** Signs that node printed an uncaught error instead of the program printing a message. */
const STACK_SIGNS: readonly [RegExp, string][] = [
  [/^\s{4}at .+/m, 'a stack frame ("    at …")'],
  [/^(Uncaught )?[A-Za-z]*Error: /m, 'a line starting with "Error:"'],
  [/TypeError|ReferenceError|RangeError|SyntaxError/, 'a JavaScript error name'],
  [/FATAL ERROR|JavaScript heap out of memory/, 'a V8 fatal error'],
  [/node:internal|UnhandledPromiseRejection/, 'a Node internal error'],
];

/** The reasons a run's output looks like a crash ([] when it does not). */
export function stackTraceSigns(run: CliRun): string[] {
  return STACK_SIGNS.filter(([re]) => re.test(run.output)).map(([, what]) => what);
}

/** A one-paragraph description of a run, for failure messages and the report. */
export function describeRun(args: readonly string[], run: CliRun): string {
  const clip = (s: string): string => (s.length > 1500 ? `${s.slice(0, 1500)}… (${s.length} chars)` : s);
  return [
    `$ kommunrapport ${args.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ')}`,
    `exit ${run.code}${run.signal ? ` (signal ${run.signal})` : ''}${run.timedOut ? ' TIMED OUT' : ''}, ${Math.round(run.ms)} ms, max RSS ${run.maxRssMb === null ? '?' : Math.round(run.maxRssMb)} MiB`,
    `stdout: ${clip(run.stdout.trim())}`,
    `stderr: ${clip(run.stderr.trim())}`,
  ].join('\n');
}

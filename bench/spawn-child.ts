/**
 * The protocol between the bench's orchestrators and their child processes, in one place: a
 * child prints one line `RESULT <json>` on stdout (childMain), the parent runs the compiled
 * script in a fresh Node process and reads that line (spawnResult; runChild for child.js's
 * figures). Each measurement in its own process, so each peak resident set is its own.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export type ChildOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const PREFIX = 'RESULT ';
const HALF_HOUR = 30 * 60_000;

/**
 * Runs `script` (a compiled bench file beside this one) with Node flags `node` and `args`, and
 * returns the JSON of its RESULT line, or why there was none (the first line of its stderr).
 */
export function spawnResult<T>(script: string, args: readonly string[], node: readonly string[], timeoutMs = HALF_HOUR): ChildOutcome<T> {
  const r = spawnSync(process.execPath, [...node, path.join(__dirname, script), ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith(PREFIX));
  if (r.status === 0 && line) return { ok: true, value: JSON.parse(line.slice(PREFIX.length)) as T };
  return { ok: false, error: (r.stderr ?? '').trim().split('\n')[0] || (r.error ? r.error.message : `exit ${String(r.status ?? r.signal)}`) };
}

/** One figure of child.js in a fresh Node process (--expose-gc), with its progress line. */
export function runChild<T>(figure: string, rows: number, runs: number, timeoutMs = HALF_HOUR, heapMB = 8192): ChildOutcome<T> {
  const t0 = Date.now();
  process.stdout.write(`  ${figure} ${rows > 0 ? `${rows.toLocaleString('en-US')} rows ` : ''}… `);
  const r = spawnResult<T>('child.js', [figure, String(rows), String(runs)], ['--expose-gc', `--max-old-space-size=${heapMB}`], timeoutMs);
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  process.stdout.write(r.ok ? `${secs} s\n` : `failed after ${secs} s: ${r.error}\n`);
  return r;
}

/** A child's entry point: runs `job` and prints its RESULT line, or the error on stderr and exit code 1. */
export function childMain(job: () => Promise<unknown>): void {
  job().then(
    (result) => void process.stdout.write(`${PREFIX}${JSON.stringify(result)}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}

/** Runs one measurement in a fresh Node process (--expose-gc) and returns its RESULT json. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export type ChildOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export function runChild<T>(figure: string, rows: number, runs: number, timeoutMs = 30 * 60_000, heapMB = 8192): ChildOutcome<T> {
  const script = path.join(__dirname, 'child.js');
  const t0 = Date.now();
  process.stdout.write(`  ${figure} ${rows > 0 ? `${rows.toLocaleString('en-US')} rows ` : ''}… `);
  const r = spawnSync(process.execPath, ['--expose-gc', `--max-old-space-size=${heapMB}`, script, figure, String(rows), String(runs)], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('RESULT '));
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  if (r.status === 0 && line) {
    process.stdout.write(`${secs} s\n`);
    return { ok: true, value: JSON.parse(line.slice('RESULT '.length)) as T };
  }
  const err = (r.stderr ?? '').trim().split('\n')[0] || (r.error ? r.error.message : `exit ${String(r.status ?? r.signal)}`);
  process.stdout.write(`failed after ${secs} s: ${err}\n`);
  return { ok: false, error: err };
}

/**
 * Timing and memory helpers: a warm-up, then N timed runs, median reported (with min and max
 * beside it so noise shows). Memory: the process's peak resident set (maxRSS, which the OS
 * keeps, so nothing between samples is missed) and the heap right after the runs.
 */
export type Timing = { readonly median: number; readonly min: number; readonly max: number; readonly runs: number };

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function collect(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

/** Runs fn warmups + runs times, timing only the last `runs`. gc() before each when exposed. */
export function timeSync<T>(fn: () => T, runs: number, warmups = 1): Timing & { readonly last: T } {
  let last = undefined as unknown as T;
  for (let w = 0; w < warmups; w += 1) last = fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    collect();
    const t0 = process.hrtime.bigint();
    last = fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { median: round(median(times)), min: round(Math.min(...times)), max: round(Math.max(...times)), runs, last };
}

export async function timeAsync<T>(fn: () => Promise<T>, runs: number, warmups = 1): Promise<Timing & { readonly last: T }> {
  let last = undefined as unknown as T;
  for (let w = 0; w < warmups; w += 1) last = await fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    collect();
    const t0 = process.hrtime.bigint();
    last = await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { median: round(median(times)), min: round(Math.min(...times)), max: round(Math.max(...times)), runs, last };
}

export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Peak resident set of this process so far, in MB. */
export function peakRssMB(): number {
  return round(process.resourceUsage().maxRSS / 1024);
}

/** JS heap plus array buffers (typed arrays live outside the heap), after a gc when exposed. */
export function heapUsedMB(): number {
  collect();
  const m = process.memoryUsage();
  return round((m.heapUsed + m.arrayBuffers) / 1024 / 1024);
}

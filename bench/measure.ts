/**
 * Timing and memory helpers: a warm-up, then N timed runs, median reported (with min and max
 * beside it so noise shows). Memory: the process's peak resident set (maxRSS, which the OS
 * keeps, so nothing between samples is missed) and the heap right after the runs.
 */
export type Timing = {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
  /** Median CPU time (user + system) of this process per run: less sensitive to other load on the machine. */
  readonly cpuMedian: number;
};

/** Wall-clock and CPU milliseconds of one call. */
export type Sample = { readonly wall: number; readonly cpu: number };

export function startSample(): () => Sample {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(c0);
    return { wall: Number(process.hrtime.bigint() - t0) / 1e6, cpu: (c.user + c.system) / 1000 };
  };
}

export function summarize(samples: readonly Sample[]): Timing {
  const walls = samples.map((s) => s.wall);
  return {
    median: round(median(walls)),
    min: round(Math.min(...walls)),
    max: round(Math.max(...walls)),
    runs: samples.length,
    cpuMedian: round(median(samples.map((s) => s.cpu))),
  };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function collect(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

/** Runs fn warmups + runs times, timing only the last `runs`. gc() before each when exposed. */
export function timeSync<T>(fn: () => T, runs: number, warmups = 1): Timing & { readonly last: T } {
  let last = undefined as unknown as T;
  for (let w = 0; w < warmups; w += 1) last = fn();
  const samples: Sample[] = [];
  for (let r = 0; r < runs; r += 1) {
    collect();
    const stop = startSample();
    last = fn();
    samples.push(stop());
  }
  return { ...summarize(samples), last };
}

export async function timeAsync<T>(fn: () => Promise<T>, runs: number, warmups = 1): Promise<Timing & { readonly last: T }> {
  let last = undefined as unknown as T;
  for (let w = 0; w < warmups; w += 1) last = await fn();
  const samples: Sample[] = [];
  for (let r = 0; r < runs; r += 1) {
    collect();
    const stop = startSample();
    last = await fn();
    samples.push(stop());
  }
  return { ...summarize(samples), last };
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

/**
 * Two functions timed turn about (a, b, b, a, …) after their warm-ups, so load from other
 * processes on a shared machine falls on both alike.
 */
export function timePair<A, B>(a: () => A, b: () => B, runs: number, warmups = 1): [Timing & { readonly last: A }, Timing & { readonly last: B }] {
  let lastA = undefined as unknown as A;
  let lastB = undefined as unknown as B;
  for (let w = 0; w < warmups; w += 1) {
    lastA = a();
    lastB = b();
  }
  const sa: Sample[] = [];
  const sb: Sample[] = [];
  const runA = (): void => {
    collect();
    const stop = startSample();
    lastA = a();
    sa.push(stop());
  };
  const runB = (): void => {
    collect();
    const stop = startSample();
    lastB = b();
    sb.push(stop());
  };
  for (let r = 0; r < runs; r += 1) {
    if (r % 2 === 0) {
      runA();
      runB();
    } else {
      runB();
      runA();
    }
  }
  return [
    { ...summarize(sa), last: lastA },
    { ...summarize(sb), last: lastB },
  ];
}

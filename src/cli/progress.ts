/**
 * Progress on stderr for runs that take more than a second: "Läser huvudbok.xlsx …",
 * "Gör rapporten …", "Skriver rapport.xlsx …". A phase's line is printed when the phase starts
 * after the run's first second, or when the phase is still running as that second passes. Short
 * runs print nothing, stdout stays the command's output, and --quiet silences it all. Only on a
 * terminal: a pipe or a log file gets the command's output and messages, never progress lines.
 */
import type { CliIo } from './io';
import type { Lang } from '../core/i18n/types';

export type Phase = 'read' | 'report' | 'write';

const TEXT: Readonly<Record<Phase, Readonly<Record<Lang, (file: string) => string>>>> = {
  read: { sv: (f) => `Läser ${f} …`, en: (f) => `Reading ${f} …` },
  report: { sv: () => 'Gör rapporten …', en: () => 'Building the report …' },
  write: { sv: (f) => `Skriver ${f} …`, en: (f) => `Writing ${f} …` },
};

/** After this many ms a run shows its progress. */
export const PROGRESS_AFTER_MS = 1000;

type Run = { readonly io: CliIo; readonly lang: Lang; readonly quiet: boolean; readonly start: number; timer: ReturnType<typeof setTimeout> | null };

let current: Run | null = null;

/** Starts the clock of a command's run (called once its arguments are parsed). */
export function startRun(io: CliIo, lang: Lang, quiet: boolean, now: number = Date.now()): void {
  finishRun();
  current = { io, lang, quiet: quiet || io.tty !== true, start: now, timer: null };
}

/** Enters a phase of the run; prints its line now or when the run passes its first second. */
export function phase(p: Phase, file = '', now: number = Date.now()): void {
  const run = current;
  if (!run || run.quiet) return;
  if (run.timer) clearTimeout(run.timer);
  run.timer = null;
  const line = TEXT[p][run.lang](file);
  const elapsed = now - run.start;
  if (elapsed >= PROGRESS_AFTER_MS) {
    run.io.err(line);
    return;
  }
  run.timer = setTimeout(() => {
    if (current === run) run.io.err(line);
    run.timer = null;
  }, PROGRESS_AFTER_MS - elapsed);
  // A pending line never keeps the process alive.
  if (typeof run.timer === 'object' && run.timer !== null && 'unref' in run.timer) run.timer.unref();
}

/** Ends the run: a line still waiting for its second is dropped. */
export function finishRun(): void {
  if (current?.timer) clearTimeout(current.timer);
  current = null;
}

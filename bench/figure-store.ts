/**
 * Where a figure run on its own (xlsx-read-run.ts, xlsx-write-run.ts) keeps its result: its key
 * in results.json (results-quick.json with --quick) and its section of bench/README.md between
 * its markers, appended under its heading the first time. Nothing else in either file changes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const BENCH = path.resolve(__dirname, '..', '..', '..', 'bench');

export type FigureFiles = { readonly results: string; readonly readme: string };
export type Markers = { readonly start: string; readonly end: string; readonly heading: string };

export function figureFiles(quick: boolean): FigureFiles {
  return quick
    ? { results: path.join(BENCH, 'data', 'results-quick.json'), readme: path.join(BENCH, 'data', 'README-quick.md') }
    : { results: path.join(BENCH, 'results.json'), readme: path.join(BENCH, 'README.md') };
}

/** The stored results ({} before the first run). */
export function storedResults(file: string): Record<string, unknown> {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
}

/** Writes `figure` under `key` in the results file and `section` between the markers of the README. */
function storeFigure(files: FigureFiles, key: string, figure: unknown, section: string, markers: Markers): void {
  fs.writeFileSync(files.results, `${JSON.stringify({ ...storedResults(files.results), [key]: figure }, null, 2)}\n`);
  const readme = fs.existsSync(files.readme) ? fs.readFileSync(files.readme, 'utf8') : '';
  const i = readme.indexOf(markers.start);
  const j = readme.indexOf(markers.end);
  const next = i >= 0 && j > i ? `${readme.slice(0, i)}${section}${readme.slice(j + markers.end.length)}` : `${readme.trimEnd()}\n\n${markers.heading}\n\n${section}\n`;
  fs.writeFileSync(files.readme, next);
}

/** A figure run on its own: its key, its title line, how to measure it, its one-line summary. */
export type FigureStep<F> = {
  readonly key: string;
  readonly title: string;
  readonly measure: (quick: boolean) => F;
  readonly section: (f: F) => readonly string[];
  readonly markers: Markers;
  readonly summary: (f: F) => string;
};

/** run.ts's step for such a figure: measure when asked, else keep the stored one; then write both files. */
export function runFigureStep<F>(step: FigureStep<F>, measure: boolean, quick: boolean, previous: unknown): void {
  const kept = (previous as Record<string, F | undefined>)[step.key];
  if (!measure && kept === undefined) return;
  if (measure) process.stdout.write(`${step.title}\n`);
  const f = measure ? step.measure(quick) : (kept as F);
  storeFigure(figureFiles(quick), step.key, f, step.section(f).join('\n'), step.markers);
  process.stdout.write(`  ${step.summary(f)}\n`);
}

/** The closing lines of a section: what was not measured or failed, and why; then the end marker. */
export function sectionEnd(notMeasured: readonly { readonly what: string; readonly reason: string }[], end: string): string[] {
  const lines = notMeasured.length > 0 ? ['', 'Not measured or failed:', '', ...notMeasured.map((x) => `- ${x.what}: ${x.reason}`)] : [];
  return [...lines, '', end];
}

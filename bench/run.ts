/**
 * The bench orchestrator (npm run bench): every figure measured in this one run on the same
 * seeded data, each size in its own child process. Writes bench/results.json and the results
 * section of bench/README.md. `--quick` runs small sizes and writes bench/data/ only;
 * `--only engine,sumifs` runs some figures (the other figures keep their last results).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { machine } from './machine';
import { FIGURES, FULL, QUICK, type FigureName } from './plan';
import { runChild } from './spawn-child';
import { budgets, type Results } from './results';
import { writeReadme } from './readme';
import { xlsxWriteStep } from './xlsx-write-run';
import { xlsxReadStep } from './xlsx-read-run';
import type { EngineFigure } from './figures/engine';
import type { EngineE2eFigure } from './figures/engine-e2e';
import type { SumifsFigure } from './figures/sumifs';
import type { XlsxReadFigure } from './figures/xlsx-read';
import type { ExcelFigure } from './figures/excel';
import type { TaskpaneFigure } from './figures/taskpane';
import type { OptionChangeFigure } from './figures/option-change';

const BENCH = path.resolve(__dirname, '..', '..', '..', 'bench');

function args(): { quick: boolean; only: Set<FigureName> } {
  const argv = process.argv.slice(2);
  const onlyArg = argv.find((a) => a.startsWith('--only'));
  const value = onlyArg?.includes('=') ? onlyArg.split('=')[1] : onlyArg ? argv[argv.indexOf(onlyArg) + 1] : undefined;
  const only = new Set((value ? value.split(',') : [...FIGURES]) as FigureName[]);
  return { quick: argv.includes('--quick'), only };
}

function previous(file: string): Partial<Results> {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Results>) : {};
}

function main(): void {
  const { quick, only } = args();
  const plan = quick ? QUICK : FULL;
  const out = quick ? path.join(BENCH, 'data', 'results-quick.json') : path.join(BENCH, 'results.json');
  const old = previous(out);
  const notMeasured: { figure: string; rows?: number; reason: string }[] = [];
  const collect = <T>(figure: string, rows: number, runs: number, heapMB?: number): T[] => {
    const r = runChild<T>(figure, rows, runs, undefined, heapMB);
    if (r.ok) return [r.value];
    notMeasured.push({ figure, ...(rows > 0 ? { rows } : {}), reason: r.error });
    return [];
  };
  const m = machine();
  process.stdout.write(`bench: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.os}${quick ? ' (quick)' : ''}\n`);
  let engine = old.engine ?? [];
  let engineEndToEnd = old.engineEndToEnd ?? [];
  if (only.has('engine')) {
    process.stdout.write('1. engine\n');
    engine = plan.engineRows.flatMap((n) => collect<EngineFigure>('engine', n, plan.engineRuns));
    engineEndToEnd = plan.engineRows.flatMap((n) => collect<EngineE2eFigure>('engine-e2e', n, plan.e2eRuns));
  }
  let sumifs = old.sumifs ?? [];
  if (only.has('sumifs')) {
    process.stdout.write('2. SUMIFS in HyperFormula\n');
    sumifs = plan.sumifsRows.flatMap((n) => collect<SumifsFigure>('sumifs', n, plan.sumifsRuns));
  }
  let xlsxRead = old.xlsxRead ?? null;
  if (only.has('xlsx')) {
    process.stdout.write('3. reading .xlsx\n');
    collect('write-xlsx', plan.xlsxRows, 1);
    xlsxRead = collect<XlsxReadFigure>('xlsx-read', plan.xlsxRows, plan.xlsxRuns)[0] ?? null;
  }
  let excel = old.excel ?? [];
  if (only.has('excel')) {
    process.stdout.write('4. Excel path (simulator)\n');
    // The simulator holds the whole workbook in exceljs: a few GB at 1 000 000 rows.
    excel = plan.excelRows.flatMap((n) => collect<ExcelFigure>('excel', n, 1, 12_000));
  }
  let taskpane = old.taskpane ?? null;
  if (only.has('taskpane')) {
    process.stdout.write('5. task pane\n');
    taskpane = collect<TaskpaneFigure>('taskpane', 0, plan.taskpaneRuns)[0] ?? null;
  }
  let optionChange = old.optionChange ?? [];
  if (only.has('option-change')) {
    process.stdout.write('8. option change in the task pane\n');
    optionChange = plan.optionChangeRows.flatMap((n) => collect<OptionChangeFigure>('option-change', n, plan.optionChangeRuns));
  }
  const kept = (old.notMeasured ?? []).filter((n) => !only.has(figureOf(n.figure)));
  const parts = { machine: m, date: new Date().toISOString(), engine, sumifs, xlsxRead, excel, taskpane, engineEndToEnd, optionChange, notMeasured: [...kept, ...notMeasured], seed: 20250831 };
  const results: Results = { ...parts, budgets: budgets(parts) };
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  const readme = quick ? path.join(BENCH, 'data', 'README-quick.md') : path.join(BENCH, 'README.md');
  writeReadme(readme, results);
  process.stdout.write(`bench: wrote ${path.relative(process.cwd(), out)} and ${path.relative(process.cwd(), readme)}\n`);
  for (const [name, b] of Object.entries(results.budgets)) process.stdout.write(`  ${b.verdict.padEnd(12)} ${name}: ${b.value} (budget ${b.budget})\n`);
  // Figure 6 keeps its own key in results.json and its own README section (xlsx-write-run.ts).
  xlsxWriteStep(only.has('xlsx-write'), quick, old);
  // Figure 7 likewise (xlsx-read-run.ts).
  xlsxReadStep(only.has('xlsx-read'), quick, old);
}

function figureOf(child: string): FigureName {
  if (child.startsWith('engine')) return 'engine';
  if (child.startsWith('xlsx') || child === 'write-xlsx') return 'xlsx';
  return child as FigureName;
}

main();

/**
 * `report` over many inputs: files and folders (a folder gives its workbooks and SIE files,
 * not the reports and ledgers written beside them). One report per input beside it; a bad
 * file does not stop the others; one summary line per file, then a total; the exit code is the
 * worst one. `--jobs N` runs up to N files at a time in this process (reading and writing
 * overlap; the computing itself shares one core).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CliIo } from './io';
import type { Lang } from '../core/i18n/types';

const INPUT = /\.(xlsx|xlsm|se|si|sie)$/i;
const OWN_OUTPUT = /-(rapport|huvudbok)\.xlsx$/i;

async function isFolder(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** The inputs: files as given, folders replaced by their inputs (sorted, not recursive). */
export async function expandInputs(paths: readonly string[]): Promise<{ files: string[]; hadFolder: boolean }> {
  const files: string[] = [];
  let hadFolder = false;
  for (const p of paths) {
    if (!(await isFolder(p))) {
      files.push(p);
      continue;
    }
    hadFolder = true;
    const names = (await readdir(p)).filter((n) => INPUT.test(n) && !OWN_OUTPUT.test(n) && !n.startsWith('~$') && !n.startsWith('.')).sort();
    files.push(...names.map((n) => join(p, n)));
  }
  return { files, hadFolder };
}

type Captured = { io: CliIo; out: string[]; err: string[] };
function capture(): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => void out.push(t), err: (t) => void err.push(t) }, out, err };
}

/** The first thing worth saying about a file that failed: its first error line. */
const HEADING = /(Fel|Errors|Varningar|Warnings|Information) \(\d+\):\s*$/;

function firstProblem(c: Captured): string {
  const errLine = c.err.join('\n').split('\n').find((l) => l.trim() !== '' && !HEADING.test(l));
  if (errLine) return errLine.trim().replace(/^-\s*/, '');
  const lines = c.out.join('\n').split('\n');
  const head = lines.findIndex((l) => /^(Fel|Errors) \(\d+\):/.test(l));
  return head >= 0 && lines[head + 1] ? lines[head + 1].replace(/^\s*-\s*/, '') : '';
}

export type BatchItem = { readonly input: string; readonly out: string };

export async function runBatch(items: readonly BatchItem[], run: (item: BatchItem, io: CliIo) => Promise<number>, jobs: number, lang: Lang, io: CliIo): Promise<number> {
  const codes: number[] = new Array<number>(items.length).fill(0);
  const lines: string[] = new Array<string>(items.length).fill('');
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      const c = capture();
      let code: number;
      try {
        code = await run(items[i], c.io);
      } catch (e) {
        c.err.push(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
        code = 2;
      }
      codes[i] = code;
      const name = basename(items[i].input);
      lines[i] =
        code === 0
          ? `${lang === 'sv' ? 'KLAR' : 'DONE'}  ${name} → ${items[i].out}`
          : `${lang === 'sv' ? 'FEL ' : 'FAIL'}  ${name} (${lang === 'sv' ? 'slutkod' : 'exit code'} ${code}): ${firstProblem(c)}`;
      io.out(lines[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, () => worker()));
  const ok = codes.filter((c) => c === 0).length;
  io.out(
    lang === 'sv'
      ? `\n${items.length} filer: ${ok} klara, ${items.length - ok} med fel.`
      : `\n${items.length} files: ${ok} done, ${items.length - ok} with errors.`,
  );
  return codes.reduce((a, b) => Math.max(a, b), 0);
}

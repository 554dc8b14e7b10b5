/**
 * The CLI reads its input file from disk once: `report` builds the snapshot and writes the copy
 * with the report from the same bytes.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportCommand } from '../../src/cli/commands/report';
import { EXAMPLE } from '../../src/cli/commands/demo';
import { diskReads } from '../../src/cli/workbook-file';

jest.setTimeout(60_000);

it('report reads the workbook once and writes the copy from those bytes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kr-once-'));
  try {
    const input = join(dir, 'huvudbok.xlsx');
    copyFileSync(EXAMPLE, input);
    const out = join(dir, 'rapport.xlsx');
    const before = diskReads.count;
    const text: string[] = [];
    const code = await reportCommand.run([input, '--out', out], { out: (t) => void text.push(t), err: (t) => void text.push(t) });
    expect(code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(diskReads.count - before).toBe(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('a batch of two workbooks read two at a time reads each once and writes each copy from its own bytes', async () => {
  // The read bytes were a module-global "last read file": with --jobs 2 the second read replaced
  // the first's, so the first copy was written after reading its file again.
  const dir = mkdtempSync(join(tmpdir(), 'kr-once-batch-'));
  try {
    const a = join(dir, 'a.xlsx');
    const b = join(dir, 'b.xlsx');
    copyFileSync(EXAMPLE, a);
    copyFileSync(EXAMPLE, b);
    const before = diskReads.count;
    const code = await reportCommand.run([a, b, '--jobs', '2', '--quiet'], { out: () => undefined, err: () => undefined });
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'a-rapport.xlsx')) && existsSync(join(dir, 'b-rapport.xlsx'))).toBe(true);
    expect(diskReads.count - before).toBe(2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('report --quiet prints no table and no progress, only the problems and where the report went', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kr-quiet-'));
  try {
    const input = join(dir, 'huvudbok.xlsx');
    copyFileSync(EXAMPLE, input);
    const out: string[] = [];
    const err: string[] = [];
    const code = await reportCommand.run([input, '--out', join(dir, 'r.xlsx'), '--quiet'], { out: (t) => void out.push(t), err: (t) => void err.push(t) });
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).not.toContain('Budget helår');
    expect(text).toContain('Rapporten sparades i');
    expect(err).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

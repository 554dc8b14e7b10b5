import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportCommand } from '../../src/cli/commands/report';
import type { CliIo } from '../../src/cli/io';
import { readWorkbookFile } from '../../src/io/xlsx/read-file';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'kommunstyrelsen-2025.xlsx');
jest.setTimeout(60_000);

function capture(): { io: CliIo; out: () => string } {
  const out: string[] = [];
  return { io: { out: (t) => void out.push(t), err: (t) => void out.push(t) }, out: () => out.join('\n') };
}

type Json = { lines: { id: string; values: Record<string, number | null> }[]; breakdown: { dimension: string; blocks: { key: string; lines: { id: string; values: Record<string, number | null> }[] }[] } };

describe('kommunrapport report --by … --layout table', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kr-cli-layout-'));
  const input = join(dir, 'ks.xlsx');
  beforeAll(() => copyFileSync(EXAMPLE, input));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (args: string[]): Promise<{ code: number; json: Json }> => {
    const c = capture();
    const code = await reportCommand.run([input, '--json', ...args], c.io);
    return { code, json: JSON.parse(c.out()) as Json };
  };

  it.each(['Ansvar', 'Konto'])('gives the same JSON breakdown by %s in both layouts, and writes the table', async (by) => {
    const blocks = await run(['--by', by, '--out', join(dir, `${by}-blocks.xlsx`)]);
    const table = await run(['--by', by, '--layout', 'table', '--out', join(dir, `${by}-table.xlsx`)]);
    expect([blocks.code, table.code]).toEqual([0, 0]);
    expect(table.json).toEqual(blocks.json);
    expect(table.json.breakdown.dimension).toBe(by);
    expect(table.json.breakdown.blocks.length).toBeGreaterThan(1);
    const written = await readWorkbookFile(join(dir, `${by}-table.xlsx`));
    expect(written.sheets.map((s) => s.name)).toContain(`Rapport 2025-08 ${by} tabell`);
  });

  it('adds the account blocks up to the report\'s lines (--by Konto)', async () => {
    const { json } = await run(['--by', 'Konto', '--layout', 'table', '--out', join(dir, 'k.xlsx')]);
    for (const line of json.lines) {
      const sum = json.breakdown.blocks.reduce((a, b) => a + (b.lines.find((l) => l.id === line.id)?.values.actualPeriod ?? 0), 0);
      expect(sum).toBeCloseTo(line.values.actualPeriod as number, 4);
    }
  });
});

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { main } from '../../src/cli/main';
import expected from '../fixtures/goals/alingsas-ks-2023-expected.json';

const FIX = path.join(__dirname, '..', 'fixtures', 'goals');
const GOALS = path.join(FIX, 'alingsas-ks-2023-mal.xlsx');
const NO_MANUAL = path.join(FIX, 'alingsas-ks-2023-mal-utan-bedomning.xlsx');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => void out.push(t), err: (t) => void err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('kommunrapport goals', () => {
  it.each([GOALS, NO_MANUAL])('--json on %s gives the published statuses in the documented shape, exit 0', async (file) => {
    const r = await run('goals', file, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['year', 'goals', 'summary']));
    expect(json.year).toBe(2023);
    expect(json.goals.map((g: { status: string }) => g.status)).toEqual(expected.goals.map((g) => g.published));
    expect(json.goals.map((g: { indicators: { status: string }[] }) => g.indicators.map((i) => i.status))).toEqual(expected.goals.map((g) => g.indicators));
    for (const g of json.goals) {
      expect(Object.keys(g)).toEqual(expect.arrayContaining(['area', 'goal', 'status', 'score', 'differs', 'indicators']));
      for (const i of g.indicators) expect(Object.keys(i)).toEqual(expect.arrayContaining(['indicator', 'direction', 'target', 'outcome', 'previous', 'ratio', 'status']));
    }
    expect(json.summary).toEqual({ counts: expected.summary.counts, median: 2, mean: 2 });
  });

  it('reads the percent-formatted cells of the .xlsx as percent points', async () => {
    const json = JSON.parse((await run('goals', GOALS, '--json')).out);
    expect(json.goals[2].indicators.map((i: { target: number; previous: number }) => [i.target, i.previous])).toEqual([
      [94, 96],
      [98, 97.6],
    ]);
  });

  it('prints a readable table in English with --lang en', async () => {
    const r = await run('goals', GOALS, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('FULLY MET');
    expect(r.out).toContain('Summary: Fully met 1, Largely met 0, Partly met 2, Not met 1, Not evaluated 3.');
  });

  it('a stricter θ moves indicators between NEAR, IMPROVING and NOT_MET; the goals still match the manual Bedömning', async () => {
    const r = await run('goals', GOALS, '--json', '--threshold', '0,9');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    // 69/80 = 0.8625 < 0.9, no 2022 value: NOT_MET. Goal 7 still has one MET: Delvis. Goal 2: 52.6/60 = 0.877 < 0.9, better than 40.2: IMPROVING.
    expect(json.goals[6].indicators.map((i: { status: string }) => i.status)).toEqual(['NEAR', 'NOT_MET', 'NEAR', 'MET']);
    expect(json.goals[1].indicators[1].status).toBe('IMPROVING');
    expect(json.goals.map((g: { differs: boolean }) => g.differs)).toEqual([false, false, false, false, false, false, false]);
    const r2 = JSON.parse((await run('goals', GOALS, '--json', '--threshold', '0.95')).out);
    // Goal 4: 2.6/2.9 = 0.897 < 0.95 but better than 2.4: IMPROVING → still Delvis. Nothing differs.
    expect(r2.goals[3].indicators[0].status).toBe('IMPROVING');
    const r3 = JSON.parse((await run('goals', NO_MANUAL, '--json', '--year', '2022')).out);
    expect(r3.issues.map((i: { code: string }) => i.code)).toContain('goal.no-target-column');
  });

  it('a manual Bedömning that differs from the rule is shown, flagged with its cell, and is a warning (exit 0)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-goals-'));
    const file = path.join(dir, 'mal.xlsx');
    const wb = new Workbook();
    await wb.xlsx.readFile(GOALS);
    wb.worksheets[0].getCell('J5').value = 'Helt uppfyllt'; // goal 2, published Ej uppfyllt
    await wb.xlsx.writeFile(file);
    const r = await run('goals', file, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.goals[1]).toMatchObject({ status: 'Helt uppfyllt', ruleStatus: 'Ej uppfyllt', manual: 'Helt uppfyllt', differs: true, score: 1 });
    expect(json.issues.map((i: { code: string; address: string; severity: string }) => [i.code, i.address, i.severity])).toEqual([['goal.manual-differs', 'J5', 'warning']]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exit 1 when the workbook has errors (no goal table), 2 on usage errors and unreadable files', async () => {
    const uppdrag = path.join(FIX, 'uppdrag-2023.xlsx');
    const r1 = await run('goals', uppdrag);
    expect(r1.code).toBe(1);
    expect(r1.out).toContain('Ingen måltabell hittades');
    expect((await run('goals', GOALS, '--threshold', '85')).code).toBe(2);
    expect((await run('goals', GOALS, '--year', '23')).code).toBe(2);
    expect((await run('goals', GOALS, '--bogus')).code).toBe(2);
    expect((await run('goals')).code).toBe(2);
    const missing = await run('goals', path.join(FIX, 'finns-inte.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('finns inte');
  });

  it('--out writes a copy with the goal sheet and leaves the input unchanged; never overwrites the input', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-goals-'));
    const input = path.join(dir, 'mal.xlsx');
    fs.copyFileSync(GOALS, input);
    const before = fs.readFileSync(input);
    const out = path.join(dir, 'ut.xlsx');
    const r = await run('goals', input, '--out', out);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const wb = new Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Mål 2023']));
    const sheet = wb.worksheets.find((w) => w.name !== 'Mål 2023' && w.name.startsWith('Mål 2023'))!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value))));
    expect(texts).toEqual(expect.arrayContaining(['Helt uppfyllt', 'Ej uppfyllt', 'Delvis uppfyllt', 'Ej utvärderad', 'Nära målvärdet']));
    const same = await run('goals', input, '--out', input);
    expect(same.code).toBe(2);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

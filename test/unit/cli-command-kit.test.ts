import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { periodOrExit, writeCopy } from '../../src/cli/command-kit';
import type { CliIo } from '../../src/cli/io';
import { readWorkbookOnce } from '../../src/cli/workbook-file';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'kommunstyrelsen-2025.xlsx');

function capture(): { io: CliIo; err: () => string } {
  const err: string[] = [];
  return { io: { out: () => undefined, err: (t) => void err.push(t) }, err: () => err.join('\n') };
}

describe('periodOrExit (validate --period, report --period / --through)', () => {
  it.each([
    [['2025-08'], { year: 2025, throughMonth: 8 }],
    [['202508'], { year: 2025, throughMonth: 8 }],
    [['2025'], { year: 2025 }],
    [[undefined, '2025-06'], { year: 2025, throughMonth: 6 }],
    [['2025-06', '202506'], { year: 2025, throughMonth: 6 }],
    [[undefined, undefined], {}],
  ])('%j → %j', (texts, expected) => {
    expect(periodOrExit(texts, 'sv', capture().io)).toEqual(expected);
  });

  it('exits 2 with a message for an unreadable period and for two that disagree', () => {
    const bad = capture();
    expect(periodOrExit(['sommaren'], 'sv', bad.io)).toBe(2);
    expect(bad.err()).toBe('Perioden "sommaren" går inte att läsa. Skriv den som 2025-08.');
    const clash = capture();
    expect(periodOrExit(['2025-06', '2025-07'], 'en', clash.io)).toBe(2);
    expect(clash.err()).toBe('The periods "2025-06" and "2025-07" disagree. Give the period once, e.g. --period 2025-08.');
  });
});

describe('writeCopy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kr-command-kit-'));
  const input = join(dir, 'ks.xlsx');
  beforeAll(() => copyFileSync(EXAMPLE, input));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the output folder', async () => {
    const out = join(dir, 'ny', 'mapp', 'r.xlsx');
    expect(await writeCopy(await readWorkbookOnce(input), [], out, 'sv', capture().io)).toBeNull();
    expect(existsSync(out)).toBe(true);
  });

  it('a folder that cannot be made (a file in the way) is the unwritable message and exit 2, not a thrown error', async () => {
    const c = capture();
    const out = join(input, 'under-en-fil', 'r.xlsx');
    expect(await writeCopy(await readWorkbookOnce(input), [], out, 'en', c.io)).toBe(2);
    expect(c.err()).toBe('The file "r.xlsx" could not be saved (ENOTDIR). Close it if it is open in Excel, check that the folder exists and that you may write there, and try again.');
  });
});

/** Progress lines on stderr for runs over a second, --quiet, and help per command. */
import { finishRun, phase, PROGRESS_AFTER_MS, startRun } from '../../src/cli/progress';
import { parseArgs } from '../../src/cli/args';
import { main } from '../../src/cli/main';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t), tty: true } };
}

afterEach(() => {
  finishRun();
  jest.useRealTimers();
});

describe('progress', () => {
  it('prints a phase at once when the run has passed a second, in the run’s language', () => {
    const c = capture();
    startRun(c.io, 'sv', false, 0);
    phase('read', 'huvudbok.xlsx', PROGRESS_AFTER_MS + 1);
    phase('report', '', PROGRESS_AFTER_MS + 2);
    expect(c.err).toEqual(['Läser huvudbok.xlsx …', 'Gör rapporten …']);
    expect(c.out).toEqual([]);
  });

  it('prints a phase still running when the first second passes, and nothing for a short run', () => {
    jest.useFakeTimers();
    const c = capture();
    startRun(c.io, 'en', false, Date.now());
    phase('read', 'ledger.xlsx');
    jest.advanceTimersByTime(PROGRESS_AFTER_MS - 10);
    expect(c.err).toEqual([]);
    jest.advanceTimersByTime(20);
    expect(c.err).toEqual(['Reading ledger.xlsx …']);
    const short = capture();
    startRun(short.io, 'sv', false, Date.now());
    phase('write', 'r.xlsx');
    finishRun();
    jest.advanceTimersByTime(5 * PROGRESS_AFTER_MS);
    expect(short.err).toEqual([]);
  });

  it('prints nothing with --quiet, nor into a pipe', () => {
    const c = capture();
    startRun(c.io, 'sv', true, 0);
    phase('read', 'huvudbok.xlsx', 5 * PROGRESS_AFTER_MS);
    const piped = capture();
    startRun({ ...piped.io, tty: false }, 'sv', false, 0);
    phase('read', 'huvudbok.xlsx', 5 * PROGRESS_AFTER_MS);
    expect([c.err, piped.err]).toEqual([[], []]);
  });
});

describe('the command line', () => {
  it('accepts --quiet with every command', () => {
    expect(parseArgs(['bok.xlsx', '--quiet'], { flags: [], positional: 1 })).toEqual({ positional: ['bok.xlsx'], flags: { quiet: true }, lang: 'sv' });
  });

  it('gives one command’s help with "help <command>", the same as "<command> --help"', async () => {
    const a = capture();
    const b = capture();
    expect(await main(['help', 'report'], a.io)).toBe(0);
    expect(await main(['report', '--help'], b.io)).toBe(0);
    expect(a.out[0]).toMatch(/^Användning: kommunrapport report <fil\.xlsx>/);
    expect(a.out).toEqual(b.out);
    expect(a.out[0]).toContain('--quiet');
  });
});

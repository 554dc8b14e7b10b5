import type { CliIo } from '../../src/cli/io';

// A command that fails the way a bug does: not an XlsxReadError, not an issue.
jest.mock('../../src/cli/commands/demo', () => ({
  demoCommand: {
    name: 'demo',
    summary: { sv: 'demo', en: 'demo' },
    run: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'rows')")),
  },
}));

import { main } from '../../src/cli/main';

function capture(): { io: CliIo; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => void out.push(t), err: (t) => void err.push(t) }, out: () => out.join('\n'), err: () => err.join('\n') };
}

describe('kommunrapport main', () => {
  it('calls an unhandled error an internal error, gives the detail, asks for a report, and exits 2', async () => {
    const c = capture();
    expect(await main(['demo'], c.io)).toBe(2);
    expect(c.err()).toContain("Internt fel i kommunrapport: TypeError: Cannot read properties of undefined (reading 'rows')");
    expect(c.err()).toContain('inte i din arbetsbok');
    expect(c.err()).toContain('Rapportera det');
    expect(c.err()).not.toContain('.xlsx-arbetsbok');
    expect(c.err()).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
  });

  it('says it in English with --lang en and with --lang=en', async () => {
    for (const flag of [['--lang', 'en'], ['--lang=en']]) {
      const c = capture();
      expect(await main(['demo', ...flag], c.io)).toBe(2);
      expect(c.err()).toContain('Internal error in kommunrapport: TypeError');
      expect(c.err()).toContain('Please report it');
    }
  });

  it('reads --lang=en before the command is known', async () => {
    const c = capture();
    expect(await main(['rapport', '--lang=en'], c.io)).toBe(2);
    expect(c.err()).toContain('Unknown command "rapport"');
  });
});

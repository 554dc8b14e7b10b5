import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BIN, ROOT } from '../helpers/run-cli';

// `kommunrapport report x.xlsx | head -1`: the reader closes the pipe after the first line.
describe('a closed output pipe', () => {
  it('is no error: no stack trace, the report file is still written, the exit code is the command’s', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kr-pipe-'));
    const out = path.join(dir, 'rapport.xlsx');
    const child = spawn(process.execPath, [BIN, 'report', path.join(ROOT, 'examples', 'kommunstyrelsen-2025.xlsx'), '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|at .*\.js:\d+/);
    expect(code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

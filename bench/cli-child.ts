/**
 * One CLI command in a fresh process, for the writer figure: `node cli-child.js <args…>` runs
 * src/cli/main exactly as bin/kommunrapport.js does (output discarded, counted), and prints
 * `RESULT {"ms","cpuMs","code","peakMB","outChars"}` (cpuMs: user + system time of main()). Only the CLI is loaded, so the peak resident set is
 * the command's own. `ms` is main() alone; Node's start (about 0.1 s) is not in it.
 */
import { main } from '../src/cli/main';
import { childMain } from './spawn-child';

async function run(): Promise<object> {
  let outChars = 0;
  let firstErr = '';
  const io = {
    out: (t: string): void => void (outChars += t.length),
    err: (t: string): void => {
      outChars += t.length;
      if (firstErr === '') firstErr = t.slice(0, 300);
    },
  };
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const code = await main(process.argv.slice(2), io);
  const ms = Math.round(Number(process.hrtime.bigint() - t0) / 1e5) / 10;
  const c = process.cpuUsage(c0);
  const cpuMs = Math.round((c.user + c.system) / 100) / 10;
  const peakMB = Math.round(process.resourceUsage().maxRSS / 102.4) / 10;
  return { ms, cpuMs, code, peakMB, outChars, ...(firstErr ? { err: firstErr } : {}) };
}

childMain(run);

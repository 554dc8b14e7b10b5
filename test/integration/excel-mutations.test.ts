import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/**
 * The Excel-path tests can fail a wrong adapter: scripts/mutation-check.js runs them against
 * copies of src/io/excel with one mistake each (every fill dropped, every border colour dropped,
 * another column-width conversion, a refresh that clears the old block before it writes the
 * new one) and against an unmutated copy. The copy must pass; every mutant must be killed.
 */
jest.setTimeout(600_000);

it('kills every mutant of the Office.js adapter, and the unmutated copy passes', () => {
  const root = path.resolve(__dirname, '..', '..');
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'mutation-check.js')], { cwd: root, encoding: 'utf8' });
  const last = r.stdout.trim().split('\n').pop() ?? '{}';
  const summary = JSON.parse(last) as { ok: boolean; results: { name: string; outcome: string }[] };
  expect(summary.results).toEqual([
    { name: 'control', outcome: 'passes' },
    { name: 'drop-every-fill', outcome: 'killed' },
    { name: 'drop-every-border-colour', outcome: 'killed' },
    { name: 'other-width-conversion', outcome: 'killed' },
    { name: 'refresh-clears-before-it-writes', outcome: 'killed' },
  ]);
  expect(r.status).toBe(0);
});

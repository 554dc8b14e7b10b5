/**
 * The one pass (accumulate-keyed.ts) routes a (key, group) cell's raw sums after reading the rows;
 * the deviation analysis and accumulateByRow route entry by entry with route.ts's routeSlots. One
 * rule: for every kind and period of an entry, every month, listing or not, and every set of key
 * flags (even ones no ledger gives), routeCell on a cell holding only that entry must give what
 * routeSlots gives for the entry. Should routeSlots change and routeCell not follow, this fails.
 */
import { keyedCells, routeCell, type KeyedCells } from '../../src/core/report/accumulate-keyed';
import { routeSlots, ROUTE_REST, ROUTE_S2, ROUTE_W2 } from '../../src/core/report/route';
import { SLOT, SLOTS } from '../../src/core/report/slots';
import { defaultTemplate } from '../../src/core/report/default-template';
import { mapLines } from '../../src/core/report/line-map';
import { AMOUNT_KIND, type Ledger } from '../../src/core/ledger/types';
import { buildLedger } from '../helpers/ledger-builder';

const YEAR = 2025;
const KINDS = ['actual', 'budget', 'forecast'] as const;
// The report year, the prior year, and a year on either side (outside the report): months 0–12.
const PERIODS = [2023, 2024, 2025, 2026].flatMap((y) => Array.from({ length: 13 }, (_, m) => y * 100 + m));
const V = 1234.56;

/** What routeSlots does with one entry: its slots' amounts, and whether the report counts it. */
function bySlots(period: number, kind: number, fl: number, through: number, aggregated: boolean): { slots: number[]; counted: number } {
  const route = new Float64Array(3);
  const slots = new Array<number>(SLOTS).fill(0);
  const s1 = routeSlots(period, kind, V, fl, YEAR * 100, through, aggregated, route);
  if (s1 < 0) return { slots, counted: 0 };
  slots[s1] += V;
  if (route[ROUTE_S2] >= 0) slots[route[ROUTE_S2]] += route[ROUTE_W2];
  slots[SLOT.forecastRest] += route[ROUTE_REST];
  return { slots, counted: 1 };
}

function close(a: readonly number[], b: readonly number[]): boolean {
  return a.every((x, i) => Math.abs(x - b[i]) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(b[i])));
}

describe('routeCell routes a cell as routeSlots routes its entries (one routing rule)', () => {
  it('for every kind, period, month, listing or not, and all 16 key flag sets', () => {
    const template = defaultTemplate(false);
    const out = new Float64Array(SLOTS);
    const mismatches: string[] = [];
    let checked = 0;
    for (const kindName of KINDS) {
      for (const period of PERIODS) {
        const long = buildLedger([{ account: '5010', period, kind: kindName, amount: V }]);
        const map = mapLines(long, template);
        for (const form of ['long', 'aggregated'] as const) {
          const ledger: Ledger = { ...long, form };
          const aggregated = form === 'aggregated';
          for (let through = 1; through <= 12; through++) {
            const cells = keyedCells(ledger, map, YEAR, through, null, 1);
            expect(cells.count).toBe(1);
            for (let fl = 0; fl < 16; fl++) {
              // The cell's flags as a key holding other entries too would have them.
              const cell: KeyedCells = { ...cells, flags: Uint8Array.of(fl) };
              const counted = routeCell(cell, 0, out);
              const want = bySlots(period, AMOUNT_KIND[kindName], fl, through, aggregated);
              checked++;
              if (counted !== want.counted || !close(Array.from(out), want.slots)) {
                mismatches.push(`${kindName} ${period} ${form} m${through} flags ${fl}: ${Array.from(out).join(',')} #${counted} ≠ ${want.slots.join(',')} #${want.counted}`);
              }
            }
          }
        }
      }
    }
    // 3 kinds × 52 periods × 2 forms × 12 months × 16 flag sets.
    expect(checked).toBe(3 * 52 * 2 * 12 * 16);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});

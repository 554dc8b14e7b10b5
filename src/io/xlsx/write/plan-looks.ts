import type { BlockPlan, Horizontal } from '../../../core/block/plan';
import type { Rect } from '../../../core/block/runs';
import type { StyleToken } from '../../../core/grid';

/**
 * The plan's cell formatting, cell by cell: a file cell has one cell format (xf), so the plan's
 * rectangles (style tokens, then the layout's alignments and indents on top, as the Office.js
 * writer lays them on) are read back per cell. Positions are sheet positions, as in the plan.
 * One byte a cell per layer (index + 1 into the values seen; 0 for none).
 */
export type PlannedLook = { readonly token?: StyleToken; readonly align?: Horizontal; readonly indent?: number };

export type PlanLooks = {
  /** A number equal for two cells exactly when their planned looks are equal. */
  readonly id: (row: number, col: number) => number;
  readonly look: (row: number, col: number) => PlannedLook;
};

type Layer<T> = { readonly cells: Uint16Array; readonly values: T[] };

function layer<T>(plan: BlockPlan, items: readonly { readonly rect: Rect; readonly value: T }[]): Layer<T> {
  const cells = new Uint16Array(plan.rows * plan.cols);
  const values: T[] = [];
  for (const { rect, value } of items) {
    let id = values.indexOf(value);
    if (id < 0) id = values.push(value) - 1;
    for (let r = rect.row - plan.anchor.row; r < rect.row - plan.anchor.row + rect.rows; r++) {
      const from = r * plan.cols + rect.col - plan.anchor.col;
      cells.fill(id + 1, from, from + rect.cols);
    }
  }
  return { cells, values };
}

export function planLooks(plan: BlockPlan): PlanLooks {
  const tokens = layer(plan, plan.styles.map((s) => ({ rect: s.rect, value: s.token })));
  const aligns = layer(plan, plan.horizontal.map((h) => ({ rect: h.rect, value: h.align })));
  const indents = layer(plan, plan.indents.map((i) => ({ rect: i.rect, value: i.level })));
  const index = (row: number, col: number): number => {
    const r = row - plan.anchor.row;
    const c = col - plan.anchor.col;
    return r < 0 || r >= plan.rows || c < 0 || c >= plan.cols ? -1 : r * plan.cols + c;
  };
  const at = <T>(l: Layer<T>, i: number): T | undefined => (i >= 0 && l.cells[i] > 0 ? l.values[l.cells[i] - 1] : undefined);
  return {
    id: (row, col) => {
      const i = index(row, col);
      // Each layer's value index fits 16 bits: combined without overlap in a double's 53 bits.
      return i < 0 ? 0 : tokens.cells[i] + aligns.cells[i] * 0x10000 + indents.cells[i] * 0x100000000;
    },
    look: (row, col) => {
      const i = index(row, col);
      const token = at(tokens, i);
      const align = at(aligns, i);
      const indent = at(indents, i);
      return { ...(token ? { token } : {}), ...(align ? { align } : {}), ...(indent ? { indent } : {}) };
    },
  };
}

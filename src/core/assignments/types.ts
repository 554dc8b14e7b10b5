import type { Issue } from '../issue';

/** Assignments (uppdrag) and initiatives (nämndinitiativ) with their status and plan (DOMAIN.md §7). */
export type AssignmentStatus = 'NOT_STARTED' | 'STARTED' | 'DONE';

/** Enligt plan / Avvikelse från plan; 'unspecified' when the cell is empty or not understood. */
export type PlanFlag = 'on-plan' | 'deviating' | 'unspecified';

export type Assignment = {
  /** "Uppdrag", "Nämndinitiativ" or the type as written; "Uppdrag" when there is no Typ column. */
  readonly type: string;
  readonly title: string;
  readonly responsible: string | null;
  /** ISO dates (YYYY-MM-DD). */
  readonly decided: string | null;
  readonly end: string | null;
  /** A known status, or the text as written. */
  readonly status: AssignmentStatus | { readonly text: string };
  readonly plan: PlanFlag;
  readonly comment: string | null;
  readonly sheet: string;
  /** The item's row as an A1 range, and the plan cell (where a contradiction is shown). */
  readonly address: string;
  readonly planAddress: string;
};

export type MatrixRow = {
  readonly type: string;
  /** Status label (Ej påbörjad / Påbörjad / Slutförd, or the text as written). */
  readonly status: string;
  readonly onPlan: number;
  readonly deviating: number;
  readonly unspecified: number;
  readonly total: number;
};

export type Deviation = {
  readonly type: string;
  readonly title: string;
  readonly status: string;
  readonly responsible: string | null;
  readonly end: string | null;
  readonly comment: string | null;
  readonly sheet: string;
  readonly address: string;
};

/** An item whose end date has passed, that is not finished and is still marked on plan. */
export type OverdueFlag = {
  readonly type: string;
  readonly title: string;
  readonly status: string;
  readonly end: string;
  readonly sheet: string;
  readonly address: string;
};

export type AssignmentSummary = {
  readonly asOf: string;
  readonly matrix: readonly MatrixRow[];
  readonly deviations: readonly Deviation[];
  readonly flags: readonly OverdueFlag[];
  readonly itemCount: number;
  /** One warning per overdue flag (with the plan cell), or an error when asOf is no date. */
  readonly issues: readonly Issue[];
};

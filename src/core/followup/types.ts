import type { Issue } from '../issue';
import type { ReportGrid } from '../grid';
import type { Lang, Params } from '../i18n/types';
import type { ReasonKey } from '../i18n/catalog';
import type { ForecastMethod, SignConvention, Unit } from '../report/report-types';
import type { Template } from '../report/template';
import type { RoleOverrides } from '../ledger/find-table';
import type { ForecastHistory } from '../history/types';

/**
 * The whole follow-up in one action: every section the workbook has data for, in the order the
 * reports print them, each on its own sheet, with a contents sheet first. A section without data
 * is listed as skipped with the reason, never silently left out.
 */
export type SectionId = 'drift' | 'per-unit' | 'investments' | 'goals' | 'assignments' | 'personnel' | 'measures';

export const SECTION_ORDER: readonly SectionId[] = ['drift', 'per-unit', 'investments', 'goals', 'assignments', 'personnel', 'measures'];

export type FollowUpOptions = {
  readonly lang: Lang;
  /** The date assignment end dates are compared with (YYYY-MM-DD); the caller passes today. */
  readonly asOf: string;
  readonly year?: number;
  readonly throughMonth?: number;
  readonly forecast?: ForecastMethod;
  readonly signs?: SignConvention;
  readonly unit?: Unit;
  /** The dimension of the per-unit section; default Verksamhet, else Ansvar, when the ledger has it. */
  readonly by?: string;
  /** A structure chosen outside the workbook (--template, --chart, an SIE file's chart). */
  readonly template?: Template;
  /** Column roles given with the ledger (an SIE file's dimension columns by their #DIM names). */
  readonly roles?: RoleOverrides;
  /**
   * The words of a skipped section's reason, for the contents sheet (the grid is output, so its
   * text comes from the catalog): the pane and the CLI pass core/i18n/render.ts `reasonText`.
   */
  readonly renderReason: (reason: SkipReason, lang: Lang) => string;
};

/** Why a section was skipped: a code of the reason catalog and its params (followup/reason.ts). */
export type SkipReason = { readonly code: ReasonKey; readonly params: Params };

export type SectionResult =
  | {
      readonly id: SectionId;
      readonly kind: 'written';
      readonly grids: readonly ReportGrid[];
      readonly issues: readonly Issue[];
      readonly commentary?: readonly string[];
      /** The forecast history with this section's forecasts recorded (the follow-up writes one history sheet for all). */
      readonly history?: ForecastHistory;
    }
  | { readonly id: SectionId; readonly kind: 'skipped'; readonly reason: SkipReason; readonly issues: readonly Issue[] };

export type FollowUp = {
  readonly sections: readonly SectionResult[];
  /** The contents sheet first, then every written section's grids in order. */
  readonly grids: readonly ReportGrid[];
  readonly issues: readonly Issue[];
};

/**
 * A section: reads what it needs from the snapshot and lays out its tables, or says why not.
 * `history` is the forecast history so far (the stored months and what earlier sections
 * recorded); a section with forecasts returns it with its own added.
 */
export type SectionRunner = (snapshot: import('../snapshot').WorkbookSnapshot, options: FollowUpOptions, history: ForecastHistory) => SectionResult;

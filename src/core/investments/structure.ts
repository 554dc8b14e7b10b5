import type { ProjectRule } from './project-rule';

/**
 * The structure of the investment table, as data: lines that take projects ('rad') and lines
 * that add other lines ('summa'), nested to any depth. Read from an `Investeringsstruktur`
 * sheet, or made from the ledger's category column, or one line per project.
 */
export type StructureLine = {
  readonly id: string;
  readonly label: string;
  readonly kind: 'rad' | 'summa';
  readonly rule: ProjectRule;
  /** For 'summa': the ids added. */
  readonly sumOf: readonly string[];
  /** From a Nivå column; otherwise the depth below the groups that add it. */
  readonly level?: number;
  /** Show the line's projects as rows beneath it. */
  readonly showProjects?: boolean;
  readonly source?: StructureSource;
};

export type StructureSource = {
  readonly sheet: string;
  /** 0-based sheet row. */
  readonly row: number;
  readonly cells: { readonly id?: string; readonly type?: string; readonly projects?: string; readonly sumOf?: string; readonly level?: string };
};

export type InvestmentStructure = {
  readonly origin: 'sheet' | 'category' | 'projects';
  readonly lines: readonly StructureLine[];
};

export const STRUCTURE_SHEET = 'Investeringsstruktur';

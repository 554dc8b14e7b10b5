/**
 * The name of the add-in's n-th chart (1-based) of a report block, e.g. KR_Chart_KR_Rapport_2025_08_1:
 * the Office.js chart name and the DrawingML frame name alike. Excel keeps it when it saves (it
 * renumbers the parts), so a refresh in either host finds its own charts by it and never touches
 * a chart the user made.
 */
export const chartName = (block: string, n: number): string => `KR_Chart_${block}_${n}`;

/** Whether a chart name is one of the add-in's for this block. */
export function isOwnChart(name: string, block: string): boolean {
  const prefix = `KR_Chart_${block}_`;
  return name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length));
}

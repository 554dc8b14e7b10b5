/**
 * The ExcelApi 1.x minor version of every Office.js member the simulator implements that is newer
 * than 1.1, as Office.js's own _throwIfApiNotSupported checks them (node_modules/@microsoft/
 * office-js/dist/excel-*.debug.js; where the typings differ, e.g. getResizedRange 1.2 there, the
 * runtime's check wins). Members not listed are ExcelApi 1.1. A call below its version throws
 * ApiNotFound at the call, before anything is queued, exactly as Office.js does.
 */
export const API_MINOR = {
  'Application.suspendApiCalculationUntilNextSync': 6,
  'Application.suspendScreenUpdatingUntilNextSync': 9,
  'Worksheet.getRangeByIndexes': 7,
  'Workbook.getActiveCell': 7,
  'Worksheet.getUsedRangeOrNullObject': 4,
  'Worksheet.freezePanes': 7,
  'Worksheet.pageLayout': 9,
  'WorksheetCollection.getItemOrNullObject': 4,
  'NamedItemCollection.add': 4,
  'NamedItemCollection.getItemOrNullObject': 4,
  'NamedItem.formula': 7,
  'NamedItem.comment': 4,
  'NamedItem.delete': 4,
  'NamedItem.getRangeOrNullObject': 4,
  'Range.getResizedRange': 3,
  'Range.getIntersectionOrNullObject': 4,
  'Range.columnHidden': 2,
  'Range.rowHidden': 2,
  'Range.conditionalFormats': 6,
  'Range.copyFrom': 9,
  'Range.getSpecialCells': 9,
  'RangeFormat.columnWidth': 2,
  'RangeFormat.indentLevel': 9,
  'ConditionalFormatCollection.add': 6,
  'ConditionalFormatCollection.clearAll': 6,
  'ChartSeriesCollection.add': 7,
  'ChartSeries.setValues': 7,
  'ChartAxis.reversePlotOrder': 7,
  'ChartAxis.position': 8,
  'ChartAxis.numberFormat': 8,
  'ChartDataLabels.numberFormat': 8,
} as const;

export type ApiMember = keyof typeof API_MINOR;

/** The member a loaded property path stands for, when it is newer than 1.1 (e.g. NamedItem 'formula'). */
export function loadedMember(type: string, prop: string): ApiMember | null {
  const m = `${type}.${prop}`;
  return m in API_MINOR ? (m as ApiMember) : null;
}

import * as React from 'react';
import { screen } from '@testing-library/react';
import { ChartPreview } from '../../src/taskpane/components/ChartPreview';
import type { ReportGrid } from '../../src/core/grid';
import type { ChartSpec } from '../../src/core/charts/chart-types';
import { renderPane } from './taskpane-support/fakes';

// A chart data block as the report grid carries it (rows 1–3, tkr): income +30 000 kr,
// personnel −60 000 kr.
const grid: ReportGrid = {
  name: 'KR_Rapport_2025_01',
  sheetName: 'Rapport 2025-01',
  columnWidths: [30, 12],
  rows: [
    [{ value: 'Avvikelse mot budget per rad' }, { value: 'Avvikelse perioden' }],
    [{ value: 'Verksamhetens intäkter' }, { value: 30000, formula: '=E5' }],
    [{ value: 'Personalkostnader' }, { value: -60000, formula: '=E6' }],
  ],
};
const chart: ChartSpec = {
  kind: 'bar-clustered',
  title: 'Avvikelse mot budget per rad',
  categories: 'A2:A3',
  series: [{ name: 'Avvikelse perioden', nameCell: 'B1', values: 'B2:B3' }],
  numberFormat: '#,##0,;-#,##0,',
  reverseCategoryOrder: true,
  anchor: { fromRow: 0, fromCol: 14, toRow: 16, toCol: 22 },
};

describe('the variance chart in the pane', () => {
  it('draws the deviations from the grid’s own cells, named with their figures in the report’s unit', () => {
    const { container } = renderPane(<ChartPreview grid={grid} chart={chart} lang="sv" />);
    const img = screen.getByRole('img');
    expect(img).toHaveAccessibleName('Avvikelse mot budget per rad. Verksamhetens intäkter: 30; Personalkostnader: \u221260');
    // A favourable bar starts at zero and runs right; an unfavourable one ends at zero.
    const [income, personnel] = Array.from(container.querySelectorAll('rect'));
    const zero = Number(container.querySelector('line')?.getAttribute('x1'));
    expect(Number(income.getAttribute('x'))).toBe(zero);
    expect(Number(personnel.getAttribute('x')) + Number(personnel.getAttribute('width'))).toBeCloseTo(zero, 6);
    // Twice the deviation, twice the bar.
    expect(Number(personnel.getAttribute('width'))).toBeCloseTo(2 * Number(income.getAttribute('width')), 6);
  });
});

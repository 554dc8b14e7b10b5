import { planBlock } from '../../src/core/block/plan';
import { formatRecord, lookOf, planOfRecord, recordFor, samples, sameLook } from '../../src/io/excel/format-record';
import { sampleGrid } from '../fakes/office-sim/fixtures';

describe('the format record an ExcelApi 1.7 host restores a block from', () => {
  const plan = planBlock(sampleGrid(), { row: 4, col: 2 }, undefined, 'metadata');
  const record = formatRecord(plan, [0, 3]);

  it('keeps the plan formatting relative to the block, and puts it back at any anchor', () => {
    // sampleGrid's title is one cell, token 'title', at the block's A1: (4, 2) on the sheet, (0, 0) in the record.
    expect(record.styles[0]).toEqual(['title', 0, 0, 1, 1]);
    const back = planOfRecord(JSON.parse(JSON.stringify(record)) as typeof record, { row: 4, col: 2 });
    expect(back.styles).toEqual(plan.styles);
    expect(back.horizontal).toEqual(plan.horizontal);
    expect(back.indents).toEqual(plan.indents);
    expect(back.conditionalFormats).toEqual(plan.conditionalFormats);
    expect(planOfRecord(record, { row: 0, col: 0 }).styles[0].rect).toEqual({ row: 0, col: 0, rows: 1, cols: 1 });
  });

  it('is used only for a block of its size and of this version', () => {
    expect(recordFor(record, plan.rows, plan.cols)).toBe(record);
    expect(recordFor(record, plan.rows + 1, plan.cols)).toBeNull();
    expect(recordFor({ ...record, v: 2 }, plan.rows, plan.cols)).toBeNull();
    expect(recordFor({ ...record, chunks: undefined }, plan.rows, plan.cols)).toBeNull();
    expect(recordFor('[]', plan.rows, plan.cols)).toBeNull();
  });

  it('samples the first cell of at most 64 style rectangles, and compares them as Range.format reads them', () => {
    const many = { ...record, styles: Array.from({ length: 200 }, (_, i) => ['line', i, 0, 1, 1] as const) };
    // 200 rectangles, every ceil(200 / 64) = 4th: rows 0, 4, …, 196, 50 samples.
    expect(samples(many, { row: 10, col: 1 }).map((s) => s.row)).toEqual(Array.from({ length: 50 }, (_, i) => 10 + 4 * i));
    // The header token: bold, fill #D9E1F2, automatic (black) font; Excel reads colours in any case.
    expect(lookOf('header')).toEqual({ fill: '#D9E1F2', color: '#000000', bold: true, italic: false });
    expect(sameLook(lookOf('header'), { fill: '#d9e1f2', color: '#000000', bold: true, italic: false })).toBe(true);
    expect(sameLook(lookOf('header'), { fill: '#FFFFFF', color: '#000000', bold: true, italic: false })).toBe(false);
    expect(sameLook(lookOf('line'), { fill: '#FFFFFF', color: '#000000', bold: false, italic: false })).toBe(true);
  });
});

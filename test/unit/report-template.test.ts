import { inRange, matchesRule, parseAccountRule } from '../../src/core/report/account-rule';
import { readTemplate } from '../../src/core/report/read-template';
import { coverage, planTemplate } from '../../src/core/report/check-template';
import { defaultTemplate } from '../../src/core/report/default-template';
import { mapLines } from '../../src/core/report/line-map';
import type { CellValue } from '../../src/core/snapshot';
import { sheet, workbook } from '../helpers/snapshot-builder';
import { buildLedger } from '../helpers/ledger-builder';
import { said } from '../helpers/issue-text';

const HEADER = ['Id', 'Rubrik', 'Typ', 'Konton', 'Motpart', 'Summa av'];
const structure = (rows: CellValue[][], above: CellValue[][] = []) => workbook(sheet('Rapportstruktur', [...above, HEADER, ...rows]));

describe('account rules', () => {
  it('matches by as many leading digits as the bound has', () => {
    expect(inRange('51120', { from: '5000', to: '5999' })).toBe(true);
    expect(inRange('4999', { from: '5000', to: '5999' })).toBe(false);
    expect(inRange('6110', { from: '61', to: '61' })).toBe(true);
    expect(inRange('6210', { from: '61', to: '61' })).toBe(false);
    expect(inRange('3', { from: '3000', to: '3999' })).toBe(true);
  });

  it('splits on ; and , and excludes with !', () => {
    const { rule, bad } = parseAccountRule('4; 6,7 ; !61; !4500-4699');
    expect(bad).toEqual([]);
    expect(matchesRule('4010', rule)).toBe(true);
    expect(matchesRule('4610', rule)).toBe(false);
    expect(matchesRule('6110', rule)).toBe(false);
    expect(matchesRule('6410', rule)).toBe(true);
    expect(matchesRule('5010', rule)).toBe(false);
  });

  it('returns unreadable items and reversed ranges as bad', () => {
    expect(parseAccountRule('4000-3000; abc; 5').bad).toEqual(['4000-3000', 'abc']);
  });
});

describe('readTemplate', () => {
  it('returns null without a Rapportstruktur sheet', () => {
    expect(readTemplate(workbook(sheet('Huvudbok', [['Konto']])))).toEqual({ template: null, issues: [] });
  });

  it('finds the header below a title and reads lines, levels and sums', () => {
    const read = readTemplate(
      workbook(
        sheet('Rapportstruktur', [
          ['Min rapport'],
          [],
          [...HEADER, 'Nivå'],
          ['inc', 'Intäkter', 'konton', '3', 'extern', '', 1],
          ['grants', 'varav bidrag', 'varav', '35', '', '', ''],
          ['cost', 'Kostnader', 'Konton', '4-7', '', '', ''],
          ['net', 'Netto', 'summa', '', '', 'inc; cost', ''],
        ]),
      ),
    );
    expect(read.issues).toEqual([]);
    const t = read.template;
    expect(t?.origin).toBe('Rapportstruktur');
    expect(t?.lines.map((l) => [l.id, l.type, l.motpart, l.level])).toEqual([
      ['inc', 'konton', 'extern', 1],
      ['grants', 'varav', 'all', 1],
      ['cost', 'konton', 'all', 0],
      ['net', 'summa', 'all', 0],
    ]);
    expect(t?.lines[3].sumOf).toEqual(['inc', 'cost']);
    expect(t?.lines[0].source?.cells.accounts).toBe('D4');
  });

  it.each([
    ['report.template.bad-type', [['x', 'X', 'rad', '3', '', '']], 'C2'],
    ['report.template.bad-range', [['x', 'X', 'konton', '3000-2000', '', '']], 'D2'],
    ['report.template.bad-motpart', [['x', 'X', 'konton', '3', 'ibland', '']], 'E2'],
    ['report.template.missing-id', [['', 'X', 'konton', '3', '', '']], 'A2'],
  ])('flags %s with the cell', (code, rows, address) => {
    const read = readTemplate(structure([...(rows as CellValue[][]), ['ok', 'OK', 'konton', '4', '', '']]));
    expect(read.issues.map((i) => [i.code, i.sheet, i.address])).toEqual([[code, 'Rapportstruktur', address]]);
    expect(said(read.issues[0]).sv).toContain('Rapportstruktur');
  });

  it('flags a sheet without a header and a header without lines', () => {
    expect(readTemplate(workbook(sheet('Rapportstruktur', [['Något annat']]))).issues[0].code).toBe('report.template.no-header');
    expect(readTemplate(structure([])).issues[0].code).toBe('report.template.empty');
  });
});

describe('planTemplate', () => {
  const plan = (rows: CellValue[][]) => planTemplate(readTemplate(structure(rows)).template as NonNullable<ReturnType<typeof readTemplate>['template']>);

  it('flags an unknown id in Summa av at its cell', () => {
    const p = plan([
      ['a', 'A', 'konton', '3', '', ''],
      ['s', 'S', 'summa', '', '', 'a;b'],
    ]);
    expect(p.issues.map((i) => [i.code, i.address, i.params.ref])).toEqual([['report.template.unknown-sum', 'F3', 'b']]);
    expect(p.parts[1]).toEqual([0]);
  });

  it('flags a cycle and gives the lines in it no parts', () => {
    const p = plan([
      ['a', 'A', 'konton', '3', '', ''],
      ['s', 'S', 'summa', '', '', 'a;t'],
      ['t', 'T', 'summa', '', '', 's'],
      ['u', 'U', 'summa', '', '', 't'],
    ]);
    expect(p.issues.map((i) => i.code)).toEqual(['report.template.cycle']);
    expect(String(p.issues[0].params.path)).toContain('s → t → s');
    expect([...p.broken].sort()).toEqual([1, 2, 3]);
  });

  it('flags a duplicate id and a varav line inside a sum', () => {
    const p = plan([
      ['a', 'A', 'konton', '3', '', ''],
      ['a', 'A2', 'konton', '4', '', ''],
      ['v', 'V', 'varav', '35', '', ''],
      ['s', 'S', 'summa', '', '', 'a;v'],
    ]);
    expect(p.issues.map((i) => i.code).sort()).toEqual(['report.template.duplicate-id', 'report.template.sum-of-varav']);
  });

  it('orders sums after their parts', () => {
    const t = defaultTemplate(true);
    const p = planTemplate(t);
    const pos = (id: string) => p.order.indexOf(t.lines.findIndex((l) => l.id === id));
    expect(pos('income')).toBeLessThan(pos('net'));
    expect(pos('costs')).toBeLessThan(pos('net'));
    expect(pos('net')).toBeLessThan(pos('result'));
    expect(p.issues).toEqual([]);
  });
});

describe('line mapping and coverage', () => {
  it('flags a line matching nothing, overlapping lines, and a motpart split without Motpart', () => {
    const t = readTemplate(
      structure([
        ['a', 'A', 'konton', '3', 'extern', ''],
        ['b', 'B', 'konton', '30', '', ''],
        ['z', 'Z', 'konton', '9', '', ''],
      ]),
    ).template;
    const ledger = buildLedger([{ account: '3010', period: 202501, kind: 'actual', amount: -5 }]);
    const codes = mapLines(ledger, t as NonNullable<typeof t>).issues.map((i) => [i.code, i.params.id]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['report.template.motpart-missing', undefined],
        ['report.template.overlap', 'b'],
        ['report.template.no-match', 'z'],
      ]),
    );
  });

  it('coverage tells validateWorkbook which accounts the template takes', () => {
    const covered = coverage(defaultTemplate(false));
    expect(['3010', '5010', '6110', '7810', '8010', '8210', '8410', '8510'].every(covered)).toBe(true);
    expect(['1510', '2440', '8910'].some(covered)).toBe(false);
  });

  it('keeps Kommunbidrag (group 80) out of Verksamhetens intäkter in the default template', () => {
    const t = defaultTemplate(false);
    const ledger = buildLedger([
      { account: '8010', period: 202501, kind: 'actual', amount: -100 },
      { account: '3110', period: 202501, kind: 'actual', amount: -7 },
    ]);
    const map = mapLines(ledger, t);
    const idOf = (a: number) => t.lines[map.leafOf[a * 2]].id;
    expect([idOf(0), idOf(1)]).toEqual(['allocation', 'income']);
  });
});

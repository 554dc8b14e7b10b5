import fc from 'fast-check';
import { readAssignments, summarizeAssignments, assignmentSummaryJson, readDate, assignmentGrids } from '../../src/core/assignments';
import type { Assignment } from '../../src/core/assignments';
import { sheetOf, workbookOf } from '../fixtures/goals/snapshot';
import type { FixtureCell } from '../fixtures/goals/snapshot';
import { assignmentRows } from '../fixtures/goals/assignments-data';

const read = (rows: FixtureCell[][]) => readAssignments(workbookOf(sheetOf('Uppdrag', rows)));

describe('the assignment fixture (Alingsås KS 2023 uppdrag + two illustrative nämndinitiativ)', () => {
  const { items, issues } = read(assignmentRows());

  it('reads ten items without issues; Färdig counts as Slutförd', () => {
    expect(issues).toEqual([]);
    expect(items).toHaveLength(10);
    expect(items[6].status).toBe('DONE');
    expect(items.map((i) => i.end)).toEqual([
      '2023-12-31', '2023-12-31', '2023-10-31', '2023-12-31', '2023-06-30', '2023-12-31', '2023-06-30', '2024-06-30', '2023-05-31', '2023-09-30',
    ]);
  });

  it('counts by type × status × plan as worked out by hand', () => {
    const json = assignmentSummaryJson(summarizeAssignments(items, { asOf: '2023-08-31' }));
    expect(json.matrix.map((m) => [m.type, m.status, m.onPlan, m.deviating, m.total])).toEqual([
      ['Uppdrag', 'Ej påbörjad', 0, 1, 1],
      ['Uppdrag', 'Påbörjad', 6, 0, 6],
      ['Uppdrag', 'Slutförd', 1, 0, 1],
      ['Nämndinitiativ', 'Ej påbörjad', 1, 0, 1],
      ['Nämndinitiativ', 'Påbörjad', 0, 1, 1],
      ['Nämndinitiativ', 'Slutförd', 0, 0, 0],
    ]);
    expect(json.deviations.map((d) => [d.title, d.comment])).toEqual([
      ['Ta fram utvecklingsplaner för kommunens landsbygdstätorter', 'Uppdraget förväntas kunna påbörjas under hösten, men kommer inte vara färdigt innan årsslutet.'],
      ['Översyn av kommunens föreningsbidrag', 'Utredningen är försenad och redovisas i oktober.'],
    ]);
  });

  it('flags the one item past its end date, not finished and still on plan (asOf 2023-08-31)', () => {
    const s = summarizeAssignments(items, { asOf: '2023-08-31' });
    expect(s.flags.map((f) => [f.title.slice(0, 25), f.end, f.address])).toEqual([['Införa språkkrav och till', '2023-06-30', 'G7']]);
    expect(s.issues.map((i) => [i.code, i.sheet, i.address])).toEqual([['assign.overdue-on-plan', 'Uppdrag', 'G7']]);
  });

  it('at 2024-01-15 every unfinished on-plan item due in 2023 is flagged, the finished and the deviating ones are not', () => {
    const s = summarizeAssignments(items, { asOf: '2024-01-15' });
    expect(s.flags.map((f) => f.address)).toEqual(['G3', 'G4', 'G5', 'G6', 'G7', 'G12']);
  });

  it('an end date on asOf itself is not overdue; an invalid asOf is an error and flags nothing', () => {
    expect(summarizeAssignments(items, { asOf: '2023-06-30' }).flags).toEqual([]);
    const bad = summarizeAssignments(items, { asOf: '2023-13-01' });
    expect(bad.flags).toEqual([]);
    expect(bad.issues.map((i) => [i.code, i.severity])).toEqual([['assign.as-of-invalid', 'error']]);
  });
});

describe('readAssignments', () => {
  it('keeps other types and statuses as written, and points at unknown and bad cells', () => {
    const { items, issues } = read([
      ['Typ', 'Titel', 'Slutdatum', 'Status', 'Plan', 'Kommentar'],
      ['Motion', 'A', '31/12/2023', 'Vilande', 'Enligt plan', null],
      ['uppdrag', 'B', 'snart', 'Klar', 'kanske', null],
    ]);
    expect(items.map((i) => [i.type, i.status, i.plan, i.end])).toEqual([
      ['Motion', { text: 'Vilande' }, 'on-plan', '2023-12-31'],
      ['Uppdrag', 'DONE', 'unspecified', null],
    ]);
    expect(issues.map((i) => [i.code, i.severity, i.address])).toEqual([
      ['assign.status-unknown', 'warning', 'D2'],
      ['assign.plan-unknown', 'warning', 'E3'],
      ['assign.bad-date', 'error', 'C3'],
    ]);
    const json = assignmentSummaryJson(summarizeAssignments(items, { asOf: '2024-01-01' }));
    expect(json.matrix.filter((m) => m.total > 0).map((m) => [m.type, m.status, m.unspecified])).toEqual([
      ['Uppdrag', 'Slutförd', 1],
      ['Motion', 'Vilande', 0],
    ]);
  });

  it('no list is an error', () => {
    expect(read([['Konto', 'Belopp']]).issues.map((i) => i.code)).toEqual(['assign.no-table']);
  });

  it.each([
    [45291, '2023-12-31'],
    ['2023-12-31 00:00:00', '2023-12-31'],
    ['20231231', '2023-12-31'],
    ['31.12.2023', '2023-12-31'],
    [60 + 1, '1900-03-01'],
  ])('reads the date %p as %s', (v, iso) => {
    expect(readDate(v)).toEqual({ kind: 'date', iso });
  });

  it('rejects 2023-02-30', () => {
    expect(readDate('2023-02-30').kind).toBe('invalid');
  });
});

describe('matrix invariant', () => {
  const item = fc.record({
    type: fc.constantFrom('Uppdrag', 'Nämndinitiativ', 'Motion'),
    status: fc.constantFrom<Assignment['status']>('NOT_STARTED', 'STARTED', 'DONE', { text: 'Vilande' }),
    plan: fc.constantFrom<Assignment['plan']>('on-plan', 'deviating', 'unspecified'),
    end: fc.option(fc.constantFrom('2023-01-31', '2023-06-30', '2023-12-31'), { nil: null }),
  });

  it('the totals add up to the item count, each row is the sum of its plan columns, deviations are the deviating items', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (raw) => {
        const items: Assignment[] = raw.map((r, i) => ({ ...r, title: `T${i}`, responsible: null, decided: null, comment: null, sheet: 'S', address: `A${i + 2}`, planAddress: `B${i + 2}` }));
        const s = summarizeAssignments(items, { asOf: '2023-07-01' });
        expect(s.matrix.reduce((a, m) => a + m.total, 0)).toBe(items.length);
        for (const m of s.matrix) expect(m.onPlan + m.deviating + m.unspecified).toBe(m.total);
        expect(s.deviations).toHaveLength(items.filter((i) => i.plan === 'deviating').length);
        for (const f of s.flags) expect(f.end < '2023-07-01').toBe(true);
      }),
    );
  });
});

describe('the sheets the assignment summary is written to', () => {
  const summary = summarizeAssignments(read(assignmentRows()).items, { asOf: '2023-08-31' });

  it.each([
    ['sv', ['Uppdragssammanställning', 'Uppdrag avvikelser']],
    ['en', ['Assignment summary', 'Assignment deviations']],
  ] as const)('in %s are named apart from the usual source sheets, so the writer never renames them "(2)"', (lang, names) => {
    const sheets = assignmentGrids(summary, { lang }).map((g) => g.sheetName);
    expect(sheets).toEqual(names);
    for (const s of sheets) {
      expect(['Uppdrag', 'Uppdrag och initiativ', 'Assignments']).not.toContain(s);
      // Excel's limit for a sheet name.
      expect(s.length).toBeLessThanOrEqual(31);
    }
  });
});

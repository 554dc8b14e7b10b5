import fc from 'fast-check';
import { indicatorStatus, goalStatus } from '../../src/core/goals';
import type { GoalValue, IndicatorStatus } from '../../src/core/goals';

const n = (value: number, preliminary = false): GoalValue => ({ kind: 'number', value, preliminary, percent: false });
const none: GoalValue = { kind: 'missing' };

describe('indicator status (DOMAIN.md §6)', () => {
  it.each<[string, number, number, number | null, IndicatorStatus]>([
    ['met exactly', 72, 72, 72, 'MET'],
    ['above target', 72, 80, 60, 'MET'],
    ['r = 0.85 exactly, no previous', 100, 85, null, 'NEAR'],
    ['r just below θ, no previous', 100, 84.99, null, 'NOT_MET'],
    ['r = 0.85 and equal to last year (not worse)', 100, 85, 85, 'NEAR'],
    ['r ≥ θ but worse than last year, not better', 56, 54, 69, 'NOT_MET'],
    ['r < θ but better than last year', 100, 50, 40, 'IMPROVING'],
    ['r < θ and worse than last year', 100, 50, 60, 'NOT_MET'],
    ['r < θ and equal to last year', 100, 50, 50, 'NOT_MET'],
  ])('higher is better: %s', (_n, t, u, p, status) => {
    expect(indicatorStatus('higher', n(t), n(u), p === null ? none : n(p), 0.85)).toBe(status);
  });

  it.each<[string, number, number, number | null, IndicatorStatus]>([
    ['at target', 20, 20, null, 'MET'],
    ['below target is met', 20, 15, 30, 'MET'],
    ['T/U = 20/23 = 0.87 and better than 25', 20, 23, 25, 'NEAR'],
    ['T/U = 0.5, better than last year', 20, 40, 50, 'IMPROVING'],
    ['T/U = 0.5, worse than last year', 20, 40, 30, 'NOT_MET'],
  ])('lower is better: %s', (_n, t, u, p, status) => {
    expect(indicatorStatus('lower', n(t), n(u), p === null ? none : n(p), 0.85)).toBe(status);
  });

  it('θ is configurable: 0.9/1 is NEAR at θ 0.9 and NOT_MET at θ 0.95', () => {
    expect(indicatorStatus('higher', n(1), n(0.9), none, 0.9)).toBe('NEAR');
    expect(indicatorStatus('higher', n(1), n(0.9), none, 0.95)).toBe('NOT_MET');
    expect(indicatorStatus('higher', n(1), n(0.99), none, 1)).toBe('NOT_MET');
  });

  it('no outcome for the target year is NO_DATA, whatever last year was (never a fallback)', () => {
    expect(indicatorStatus('higher', n(94), none, n(96), 0.85)).toBe('NO_DATA');
    expect(indicatorStatus('higher', none, n(50), n(40), 0.85)).toBe('NO_DATA');
  });

  it('a preliminary outcome counts like a final one', () => {
    expect(indicatorStatus('higher', n(72), n(72, true), n(72), 0.85)).toBe('MET');
  });

  it('a zero target or outcome has no ratio: met by comparison, never NEAR', () => {
    expect(indicatorStatus('lower', n(0), n(0), none, 0.85)).toBe('MET');
    expect(indicatorStatus('lower', n(0), n(1), n(2), 0.85)).toBe('IMPROVING');
    expect(indicatorStatus('higher', n(10), n(0), none, 0.85)).toBe('NOT_MET');
  });

  it('direction symmetry: lower-is-better on inverted values judges like higher-is-better', () => {
    const pos = fc.integer({ min: 1, max: 100_000 });
    fc.assert(
      fc.property(pos, pos, fc.option(pos, { nil: null }), fc.constantFrom(0.5, 0.8, 0.85, 0.9, 0.95, 1), (t, u, p, theta) => {
        const higher = indicatorStatus('higher', n(t), n(u), p === null ? none : n(p), theta);
        const lower = indicatorStatus('lower', n(1 / t), n(1 / u), p === null ? none : n(1 / p), theta);
        expect(lower).toBe(higher);
      }),
      { numRuns: 2000 },
    );
  });

  it('NEAR sits exactly on the θ boundary in both directions (ratios built to equal θ)', () => {
    // 17/20 is exactly the double 0.85, both as U/T and as T/U.
    expect(indicatorStatus('higher', n(20), n(17), none, 0.85)).toBe('NEAR');
    expect(indicatorStatus('lower', n(17), n(20), none, 0.85)).toBe('NEAR');
  });
});

describe('goal status (DOMAIN.md §6)', () => {
  it.each<[IndicatorStatus[], string]>([
    [[], 'EJ_UTVARDERAD'],
    [['NO_DATA', 'NO_DATA'], 'EJ_UTVARDERAD'],
    [['MET', 'NO_DATA'], 'HELT'],
    [['MET', 'MET', 'NEAR'], 'I_HOG_GRAD'],
    [['MET', 'NEAR', 'NEAR'], 'DELVIS'],
    [['MET', 'MET', 'IMPROVING'], 'DELVIS'],
    [['MET', 'NOT_MET'], 'DELVIS'],
    [['NEAR', 'IMPROVING'], 'DELVIS'],
    [['NEAR', 'NOT_MET'], 'EJ'],
    [['NOT_MET'], 'EJ'],
    [['MET', 'MET', 'NOT_MET'], 'DELVIS'],
  ])('%j → %s', (statuses, status) => {
    expect(goalStatus(statuses)).toBe(status);
  });

  it('NO_DATA indicators do not count against a goal', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<IndicatorStatus>('MET', 'NEAR', 'IMPROVING', 'NOT_MET'), { minLength: 1, maxLength: 8 }), fc.nat(5), (evaluated, k) => {
        expect(goalStatus([...evaluated, ...Array<IndicatorStatus>(k).fill('NO_DATA')])).toBe(goalStatus(evaluated));
      }),
    );
  });
});

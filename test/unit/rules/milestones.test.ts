import { milestoneFlags, stProgress } from '../../../src/domain/rules/milestones';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { session, sessionsOf, texts, trainee } from './fixtures';

// ST 2022-01-01 → 2027-01-01 is 1826 days: 0.5 is reached on 2024-07-02 (day 913),
// 0.6 on 2025-01-01 (day 1096), 0.9 on 2026-07-03 (day 1644).
const st = trainee({ stStart: '2022-01-01', plannedEnd: '2027-01-01' });

describe('rule 6: milestones', () => {
  it('progress: ST 2022-01-01 → 2027-01-01 is exactly 0.5 on 2024-07-02 and just below on 2024-07-01', () => {
    expect(stProgress(st, '2024-07-02')).toBe(0.5);
    expect(stProgress(st, '2024-07-01')).toBeLessThan(0.5);
  });

  it('today 2024-07-01 (progress < 0.5), nothing held → no flag', () => {
    expect(milestoneFlags(st, sessionsOf(), '2024-07-01', DEFAULT_SETTINGS)).toEqual([]);
  });

  it('today 2024-07-02 (progress 0.5), nothing held → Studierektorsavstämning saknas, Specialistkollegium saknas', () => {
    expect(texts(milestoneFlags(st, sessionsOf(), '2024-07-02', DEFAULT_SETTINGS))).toEqual([
      'Studierektorsavstämning saknas',
      'Specialistkollegium saknas',
    ]);
  });

  it('today 2024-07-02, one Studierektorsavstämning 2024-05-01 and one Specialistkollegium 2024-06-01 → no flag', () => {
    const sessions = sessionsOf(session('2024-05-01', 'Studierektorsavstämning'), session('2024-06-01', 'Specialistkollegium'));
    expect(milestoneFlags(st, sessions, '2024-07-02', DEFAULT_SETTINGS)).toEqual([]);
  });

  it('Mitt-i-ST: today 2024-12-31 (progress < 0.6) no flag; 2025-01-01 (≥ 0.6) Mitt-i-ST saknas', () => {
    const halfwayDone = sessionsOf(session('2024-05-01', 'Studierektorsavstämning'), session('2024-06-01', 'Specialistkollegium'));
    expect(milestoneFlags(st, halfwayDone, '2024-12-31', DEFAULT_SETTINGS)).toEqual([]);
    expect(texts(milestoneFlags(st, halfwayDone, '2025-01-01', DEFAULT_SETTINGS))).toEqual(['Mitt-i-ST saknas']);
  });

  it('one of each by 2026-07-02 (progress < 0.9) → no flag; on 2026-07-03 (≥ 0.9) the second review and panel are missing', () => {
    const oneEach = sessionsOf(
      session('2024-05-01', 'Studierektorsavstämning'),
      session('2024-06-01', 'Specialistkollegium'),
      session('2024-12-01', 'Mitt-i-ST'),
    );
    expect(milestoneFlags(st, oneEach, '2026-07-02', DEFAULT_SETTINGS)).toEqual([]);
    expect(texts(milestoneFlags(st, oneEach, '2026-07-03', DEFAULT_SETTINGS))).toEqual([
      'Studierektorsavstämning saknas',
      'Specialistkollegium saknas',
    ]);
  });

  it('two of each and a Mitt-i-ST, today 2026-12-01 → no flag', () => {
    const allHeld = sessionsOf(
      session('2024-05-01', 'Studierektorsavstämning'),
      session('2026-05-01', 'Studierektorsavstämning'),
      session('2024-06-01', 'Specialistkollegium'),
      session('2026-06-01', 'Specialistkollegium'),
      session('2024-12-01', 'Mitt-i-ST'),
    );
    expect(milestoneFlags(st, allHeld, '2026-12-01', DEFAULT_SETTINGS)).toEqual([]);
  });

  it('a Mitt-i-ST dated 2025-01-05, after today 2025-01-02, does not count → Mitt-i-ST saknas', () => {
    const sessions = sessionsOf(
      session('2024-05-01', 'Studierektorsavstämning'),
      session('2024-06-01', 'Specialistkollegium'),
      session('2025-01-05', 'Mitt-i-ST'),
    );
    expect(texts(milestoneFlags(st, sessions, '2025-01-02', DEFAULT_SETTINGS))).toEqual(['Mitt-i-ST saknas']);
  });

  it('ST-start 2026-09-01 in the future, today 2026-03-11 → negative progress, no flag', () => {
    const future = trainee({ stStart: '2026-09-01', plannedEnd: '2031-09-01' });
    expect(milestoneFlags(future, sessionsOf(), '2026-03-11', DEFAULT_SETTINGS)).toEqual([]);
  });

  it('midStAt 0.4: without Mitt-i-ST, today 2024-01-01 (day 730, < 0.4) no flag; 2024-01-02 (day 731) Mitt-i-ST saknas', () => {
    const settings = { ...DEFAULT_SETTINGS, midStAt: 0.4 };
    expect(milestoneFlags(st, sessionsOf(), '2024-01-01', settings)).toEqual([]);
    expect(texts(milestoneFlags(st, sessionsOf(), '2024-01-02', settings))).toEqual(['Mitt-i-ST saknas']);
  });
});

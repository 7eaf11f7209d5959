import { afterIntervals, supervisionCheck } from '../../../src/domain/rules/supervisionFrequency';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { agreement, session, sessionsOf, texts, trainee } from './fixtures';

const SUPERVISION = 'Handledningssamtal';

describe('rule 4: supervision frequency', () => {
  const weekly = agreement({ frequency: 'Varje vecka', validFrom: '2023-09-01' });
  const monthly = agreement({ frequency: 'Varje månad', validFrom: '2023-09-01' });
  const sixPerYear = agreement({ frequency: '6 gånger per år', validFrom: '2023-09-01' });

  it('weekly, last supervision 2026-03-01, today 2026-03-15 (2 weeks) → no flag', () => {
    const result = supervisionCheck(trainee(), sessionsOf(session('2026-03-01', SUPERVISION)), weekly, '2026-03-15', DEFAULT_SETTINGS);
    expect(result.deadline).toBe('2026-03-15');
    expect(result.flags).toEqual([]);
  });

  it('weekly, last supervision 2026-03-01, today 2026-03-16 → Handledning glest', () => {
    const result = supervisionCheck(trainee(), sessionsOf(session('2026-03-01', SUPERVISION)), weekly, '2026-03-16', DEFAULT_SETTINGS);
    expect(texts(result.flags)).toEqual(['Handledning glest']);
  });

  it('monthly, last supervision 2026-01-31 → deadline 2026-03-31; today 2026-03-31 no flag, 2026-04-01 flag', () => {
    const sessions = sessionsOf(session('2026-01-31', SUPERVISION));
    expect(supervisionCheck(trainee(), sessions, monthly, '2026-03-31', DEFAULT_SETTINGS).flags).toEqual([]);
    expect(texts(supervisionCheck(trainee(), sessions, monthly, '2026-04-01', DEFAULT_SETTINGS).flags)).toEqual([
      'Handledning glest',
    ]);
  });

  it('6 gånger per år, last supervision 2025-12-31 → deadline 2026-04-30 (4 months, clamped)', () => {
    const sessions = sessionsOf(session('2025-12-31', SUPERVISION));
    expect(supervisionCheck(trainee(), sessions, sixPerYear, '2026-04-30', DEFAULT_SETTINGS)).toEqual({
      deadline: '2026-04-30',
      flags: [],
    });
    expect(supervisionCheck(trainee(), sessions, sixPerYear, '2026-05-01', DEFAULT_SETTINGS).flags).toHaveLength(1);
  });

  it('no supervision, ST-start 2025-01-01, weekly agreement from 2026-02-01 → counted from 2026-02-01: deadline 2026-02-15', () => {
    const lateAgreement = agreement({ frequency: 'Varje vecka', validFrom: '2026-02-01' });
    const start = trainee({ stStart: '2025-01-01' });
    expect(supervisionCheck(start, sessionsOf(), lateAgreement, '2026-02-15', DEFAULT_SETTINGS)).toEqual({
      deadline: '2026-02-15',
      flags: [],
    });
    expect(supervisionCheck(start, sessionsOf(), lateAgreement, '2026-02-16', DEFAULT_SETTINGS).flags).toHaveLength(1);
  });

  it('no supervision, ST-start 2026-02-01, weekly agreement from 2026-01-01 → counted from ST-start: deadline 2026-02-15', () => {
    const early = agreement({ frequency: 'Varje vecka', validFrom: '2026-01-01' });
    const result = supervisionCheck(trainee({ stStart: '2026-02-01' }), sessionsOf(), early, '2026-02-10', DEFAULT_SETTINGS);
    expect(result.deadline).toBe('2026-02-15');
  });

  it('no agreement, no supervision, ST-start 2026-02-01 → default weekly from ST-start: deadline 2026-02-15', () => {
    const result = supervisionCheck(trainee({ stStart: '2026-02-01' }), sessionsOf(), null, '2026-02-16', DEFAULT_SETTINGS);
    expect(result.deadline).toBe('2026-02-15');
    expect(texts(result.flags)).toEqual(['Handledning glest']);
  });

  it('no agreement, defaultFrequency Varje månad, last supervision 2026-01-10 → deadline 2026-03-10', () => {
    const settings = { ...DEFAULT_SETTINGS, defaultFrequency: 'Varje månad' as const };
    const result = supervisionCheck(trainee(), sessionsOf(session('2026-01-10', SUPERVISION)), null, '2026-03-11', settings);
    expect(result.deadline).toBe('2026-03-10');
    expect(result.flags).toHaveLength(1);
  });

  it('weekly, supervision 2026-02-01 and one dated 2026-03-20 after today 2026-03-16 → the future one is ignored: flag', () => {
    const sessions = sessionsOf(session('2026-02-01', SUPERVISION), session('2026-03-20', SUPERVISION));
    expect(supervisionCheck(trainee(), sessions, weekly, '2026-03-16', DEFAULT_SETTINGS).flags).toHaveLength(1);
  });

  it('weekly, only a Medsittning on 2026-03-10 and last supervision 2026-01-05, today 2026-03-11 → sit-ins do not count: flag', () => {
    const sessions = sessionsOf(session('2026-01-05', SUPERVISION), session('2026-03-10', 'Medsittning'));
    expect(supervisionCheck(trainee(), sessions, weekly, '2026-03-11', DEFAULT_SETTINGS).flags).toHaveLength(1);
  });

  it('sparseIntervals 3, weekly, last supervision 2026-03-01 → deadline 2026-03-22', () => {
    const settings = { ...DEFAULT_SETTINGS, sparseIntervals: 3 };
    const result = supervisionCheck(trainee(), sessionsOf(session('2026-03-01', SUPERVISION)), weekly, '2026-03-22', settings);
    expect(result).toEqual({ deadline: '2026-03-22', flags: [] });
  });

  it('ST-start 2026-09-01 in the future, no agreement or supervision, today 2026-03-11 → no flag', () => {
    const result = supervisionCheck(trainee({ stStart: '2026-09-01' }), sessionsOf(), null, '2026-03-11', DEFAULT_SETTINGS);
    expect(result.flags).toEqual([]);
  });

  it('a fractional sparseIntervals 1.5 stays a whole day or month: weekly 2026-03-01 → 2026-03-12, monthly → 2026-05-01', () => {
    expect(afterIntervals('2026-03-01', 'Varje vecka', 1.5)).toBe('2026-03-12');
    expect(afterIntervals('2026-03-01', 'Varje månad', 1.5)).toBe('2026-05-01');
  });
});

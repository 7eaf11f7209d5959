import { annualCheckIn } from '../../../src/domain/rules/annualCheckIn';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { session, sessionsOf, texts, trainee } from './fixtures';

const ANNUAL = 'Årligt avstämningssamtal';

describe('rule 1: annual check-in', () => {
  it('last check-in 2025-03-10, today 2026-03-11 → Försenad, due 2026-03-10', () => {
    const result = annualCheckIn(trainee(), sessionsOf(session('2025-03-10', ANNUAL)), '2026-03-11', DEFAULT_SETTINGS);
    expect(result.status).toBe('Försenad');
    expect(result.due).toBe('2026-03-10');
    expect(texts(result.flags)).toEqual(['Årlig avstämning försenad']);
  });

  it('last check-in 2025-03-10, today 2026-03-10 (due today) → Snart, not Försenad', () => {
    const result = annualCheckIn(trainee(), sessionsOf(session('2025-03-10', ANNUAL)), '2026-03-10', DEFAULT_SETTINGS);
    expect(result.status).toBe('Snart');
    expect(texts(result.flags)).toEqual(['Årlig avstämning snart']);
  });

  it('last check-in 2025-03-10, today 2026-02-08 (30 days before due) → Snart', () => {
    const result = annualCheckIn(trainee(), sessionsOf(session('2025-03-10', ANNUAL)), '2026-02-08', DEFAULT_SETTINGS);
    expect(result.status).toBe('Snart');
  });

  it('last check-in 2025-03-10, today 2026-02-07 (31 days before due) → OK, no flag', () => {
    const result = annualCheckIn(trainee(), sessionsOf(session('2025-03-10', ANNUAL)), '2026-02-07', DEFAULT_SETTINGS);
    expect(result.status).toBe('OK');
    expect(result.flags).toEqual([]);
  });

  it('no check-in, ST-start 2025-03-10, today 2026-03-11 → counted from ST-start: Försenad, due 2026-03-10', () => {
    const result = annualCheckIn(trainee({ stStart: '2025-03-10' }), sessionsOf(), '2026-03-11', DEFAULT_SETTINGS);
    expect(result).toMatchObject({ status: 'Försenad', due: '2026-03-10' });
  });

  it('leap day: ST-start 2024-02-29, no check-in → due 2025-02-28; today 2025-02-28 Snart, 2025-03-01 Försenad', () => {
    const leapStart = trainee({ stStart: '2024-02-29' });
    expect(annualCheckIn(leapStart, sessionsOf(), '2025-02-28', DEFAULT_SETTINGS)).toMatchObject({
      status: 'Snart',
      due: '2025-02-28',
    });
    expect(annualCheckIn(leapStart, sessionsOf(), '2025-03-01', DEFAULT_SETTINGS).status).toBe('Försenad');
  });

  it('month-end clamping: check-in 2025-08-31 with a 6-month interval → due 2026-02-28', () => {
    const settings = { ...DEFAULT_SETTINGS, annualIntervalMonths: 6 };
    const result = annualCheckIn(trainee(), sessionsOf(session('2025-08-31', ANNUAL)), '2026-01-15', settings);
    expect(result.due).toBe('2026-02-28');
  });

  it('check-ins 2025-03-10 and 2026-04-01, today 2026-03-20 → the one after today is ignored: Försenad', () => {
    const sessions = sessionsOf(session('2026-04-01', ANNUAL), session('2025-03-10', ANNUAL));
    const result = annualCheckIn(trainee(), sessions, '2026-03-20', DEFAULT_SETTINGS);
    expect(result).toMatchObject({ status: 'Försenad', due: '2026-03-10' });
  });

  it('check-ins 2024-03-01 and 2025-06-01 (listed out of order), today 2026-03-11 → latest wins: OK, due 2026-06-01', () => {
    const sessions = sessionsOf(session('2025-06-01', ANNUAL), session('2024-03-01', ANNUAL));
    const result = annualCheckIn(trainee(), sessions, '2026-03-11', DEFAULT_SETTINGS);
    expect(result).toMatchObject({ status: 'OK', due: '2026-06-01' });
  });

  it('only a Handledningssamtal 2026-03-01 and ST-start 2023-09-01, today 2026-03-11 → other types do not count: Försenad', () => {
    const sessions = sessionsOf(session('2026-03-01', 'Handledningssamtal'));
    expect(annualCheckIn(trainee(), sessions, '2026-03-11', DEFAULT_SETTINGS).status).toBe('Försenad');
  });

  it('ST-start 2026-09-01 in the future, today 2026-03-11 → OK, due 2027-09-01', () => {
    const result = annualCheckIn(trainee({ stStart: '2026-09-01' }), sessionsOf(), '2026-03-11', DEFAULT_SETTINGS);
    expect(result).toMatchObject({ status: 'OK', due: '2027-09-01', flags: [] });
  });

  it('annualSoonDays 0: due 2026-03-10, today 2026-03-09 → OK; today 2026-03-10 → Snart', () => {
    const settings = { ...DEFAULT_SETTINGS, annualSoonDays: 0 };
    const sessions = sessionsOf(session('2025-03-10', ANNUAL));
    expect(annualCheckIn(trainee(), sessions, '2026-03-09', settings).status).toBe('OK');
    expect(annualCheckIn(trainee(), sessions, '2026-03-10', settings).status).toBe('Snart');
  });
});

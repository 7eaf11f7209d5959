import { isoWeek, isoWeekday, scheduledTimeHasPassed } from '../../../src/domain/reminders/week';

describe('ISO weeks', () => {
  it.each([
    ['2026-11-23', 1, '2026-W48'],
    ['2026-11-29', 7, '2026-W48'],
    ['2026-11-30', 1, '2026-W49'],
    ['2027-01-01', 5, '2026-W53'], // 2026 has 53 ISO weeks (1 Jan 2026 is a Thursday)
    ['2027-01-04', 1, '2027-W01'],
    ['2024-12-30', 1, '2025-W01'], // a Monday in December that belongs to next year's week 1
    ['2021-01-03', 7, '2020-W53'],
  ])('%s is weekday %i of %s', (day, weekday, week) => {
    expect(isoWeekday(day)).toBe(weekday);
    expect(isoWeek(day)).toBe(week);
  });
});

describe('PRODUCT.md §7: the chosen weekday and hour of the current ISO week have passed', () => {
  const monday7 = { weekday: 'MONDAY' as const, hour: 7 };
  it('Monday 06:xx → not yet; Monday 07:xx → yes; Sunday 23:xx → still yes (same week)', () => {
    expect(scheduledTimeHasPassed(monday7, { day: '2026-11-23', hour: 6 })).toBe(false);
    expect(scheduledTimeHasPassed(monday7, { day: '2026-11-23', hour: 7 })).toBe(true);
    expect(scheduledTimeHasPassed(monday7, { day: '2026-11-29', hour: 23 })).toBe(true);
  });
  it('Friday 16: Thursday → no, Friday 15 → no, Friday 16 → yes, Saturday → yes', () => {
    const friday = { weekday: 'FRIDAY' as const, hour: 16 };
    expect(scheduledTimeHasPassed(friday, { day: '2026-11-26', hour: 23 })).toBe(false);
    expect(scheduledTimeHasPassed(friday, { day: '2026-11-27', hour: 15 })).toBe(false);
    expect(scheduledTimeHasPassed(friday, { day: '2026-11-27', hour: 16 })).toBe(true);
    expect(scheduledTimeHasPassed(friday, { day: '2026-11-28', hour: 0 })).toBe(true);
  });
});

/**
 * Rule 10 of PRODUCT.md §6: Beräknat ST-slut. Each day from ST-start counts
 * g × (1 − L); the end is ST-start + the least k days whose counts reach the
 * days of a full-time ST (ST-start → ST-start + 66 months under 2021:8, 60
 * under 2015:8). The expected dates are worked out by hand in the comments.
 */
import * as fc from 'fast-check';
import { addDays, daysBetween } from '../../../src/domain/dates';
import type { Leave } from '../../../src/domain/model';
import { plannedEndFrom, estimatedEndFlags, estimateStEnd, minimumMonths } from '../../../src/domain/rules/estimatedEnd';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { texts, trainee } from './fixtures';

const HSLF = 'HSLF-FS 2021:8' as const;
const SOSFS = 'SOSFS 2015:8' as const;

let nextRow = 2;
function leave(from: string, to: string, extent = 100): Leave {
  return { row: nextRow++, traineeId: 'ST-0001', from, to, type: 'Föräldraledighet', extent, note: '' };
}

function estimate(stStart: string, serviceLevel: number, regulation: typeof HSLF | typeof SOSFS, leaves: Leave[] = []) {
  const result = estimateStEnd({ stStart, serviceLevel, regulation }, leaves, DEFAULT_SETTINGS);
  if (!result.ok) throw new Error('no estimate');
  return result.estimate;
}

describe('rule 10: the required full-time length', () => {
  it('is 66 months under HSLF-FS 2021:8 and 60 under SOSFS 2015:8 (settings)', () => {
    expect(minimumMonths(HSLF, DEFAULT_SETTINGS)).toBe(66);
    expect(minimumMonths(SOSFS, DEFAULT_SETTINGS)).toBe(60);
  });
});

describe('rule 10: the worked examples of §6', () => {
  it('100 %, no leave, 2021:8 from 2022-01-01 → exactly ST-start + 66 months = 2027-07-01', () => {
    expect(estimate('2022-01-01', 100, HSLF)).toEqual({ fullTimeEnd: '2027-07-01', end: '2027-07-01', partTimeDays: 0, leaveDays: 0 });
  });

  it('100 %, no leave, 2015:8 from 2019-03-15 → ST-start + 60 months = 2024-03-15', () => {
    expect(estimate('2019-03-15', 100, SOSFS).end).toBe('2024-03-15');
  });

  it('80 % from 2022-01-01 under 2021:8 → 2028-11-14, computed by hand', () => {
    // Required: 2022-01-01 → 2027-01-01 is 5 × 365 + 1 (2024-02-29) = 1,826 days,
    // 2027-01-01 → 2027-07-01 is 31+28+31+30+31+30 = 181 days: 2,007 days.
    expect(daysBetween('2022-01-01', '2027-07-01')).toBe(2007);
    // Each day counts 0.8: 2,508 days give 2,006.4 (short), 2,509 give 2,007.2. k = 2,509.
    // 2022-01-01 + 2,557 days (7 years, leap days 2024 and 2028) = 2029-01-01;
    // 2,509 = 2,557 − 48, and 2029-01-01 − 48 days = 2028-12-01 − 17 days = 2028-11-14.
    expect(estimate('2022-01-01', 80, HSLF)).toEqual({
      fullTimeEnd: '2027-07-01',
      end: '2028-11-14',
      partTimeDays: 2509 - 2007,
      leaveDays: 0,
    });
  });
});

describe('rule 10: leave', () => {
  it('100 % parental leave for the 10 days 2023-03-01 – 2023-03-10 adds exactly 10 days at full time', () => {
    const result = estimate('2022-01-01', 100, HSLF, [leave('2023-03-01', '2023-03-10')]);
    expect(result).toMatchObject({ end: '2027-07-11', partTimeDays: 0, leaveDays: 10 });
  });

  it('a one-day leave (Från = Till) adds one day', () => {
    expect(estimate('2022-01-01', 100, HSLF, [leave('2023-03-01', '2023-03-01')]).end).toBe('2027-07-02');
  });

  it('50 % leave for 20 days at 100 % service adds 10 days', () => {
    expect(estimate('2022-01-01', 100, HSLF, [leave('2023-03-01', '2023-03-20', 50)]).end).toBe('2027-07-11');
  });

  it('overlapping leave adds up but never past 100 %: 70 % + 60 % over the same 10 days counts as 100 %', () => {
    const overlapping = estimate('2022-01-01', 100, HSLF, [leave('2023-03-01', '2023-03-10', 70), leave('2023-03-01', '2023-03-10', 60)]);
    expect(overlapping.end).toBe('2027-07-11');
  });

  it('partly overlapping leave: 50 % on 03-01–03-10 and 50 % on 03-06–03-15 → 5 + 5 half days and 5 whole: 10 days', () => {
    // 03-01..03-05: 0.5 lost each (2.5); 03-06..03-10: 1.0 (5); 03-11..03-15: 0.5 (2.5) → 10 days lost.
    const result = estimate('2022-01-01', 100, HSLF, [leave('2023-03-01', '2023-03-10', 50), leave('2023-03-06', '2023-03-15', 50)]);
    expect(result.end).toBe('2027-07-11');
  });

  it('leave during part-time: 80 % service, 50 % leave for 10 days loses 4 full-time days (10 × 0.8 × 0.5)', () => {
    // Without leave 2028-11-14 (2,509 days, 2,007.2 counted). Losing 4.0: 2,007.2 − 4 = 2,003.2, short by 3.8,
    // so 5 more days at 0.8 (4.0): 2,514 days → 2028-11-19.
    const result = estimate('2022-01-01', 80, HSLF, [leave('2023-03-01', '2023-03-10', 50)]);
    expect(result.end).toBe('2028-11-19');
    expect(result.leaveDays).toBe(5);
  });

  it('leave before ST-start counts for nothing; leave straddling ST-start counts only from ST-start', () => {
    expect(estimate('2022-01-01', 100, HSLF, [leave('2021-06-01', '2021-12-31')]).end).toBe('2027-07-01');
    // 2021-12-25 – 2022-01-05: only 2022-01-01..05 (5 days) are within ST.
    expect(estimate('2022-01-01', 100, HSLF, [leave('2021-12-25', '2022-01-05')]).end).toBe('2027-07-06');
  });

  it('leave after the end changes nothing; leave straddling the end pushes it day by day', () => {
    expect(estimate('2022-01-01', 100, HSLF, [leave('2028-01-01', '2028-02-01')]).end).toBe('2027-07-01');
    // The last counting day is 2027-06-30. Leave 2027-06-30 – 2027-07-04 (5 days) → 5 days later.
    expect(estimate('2022-01-01', 100, HSLF, [leave('2027-06-30', '2027-07-04')]).end).toBe('2027-07-06');
  });

  it('leave over a leap day counts the leap day: 2024-02-28 – 2024-03-01 is 3 days', () => {
    expect(estimate('2022-01-01', 100, HSLF, [leave('2024-02-28', '2024-03-01')]).end).toBe('2027-07-04');
  });

  it('ST-start on a leap day, 2024-02-29 + 66 months → 2029-08-29', () => {
    expect(estimate('2024-02-29', 100, HSLF).end).toBe('2029-08-29');
  });

  it('the order of the leave rows does not matter', () => {
    const rows = [leave('2025-01-01', '2025-06-30', 100), leave('2023-03-01', '2023-03-20', 25), leave('2023-03-10', '2023-04-10', 75)];
    expect(estimate('2022-01-01', 90, HSLF, rows)).toEqual(estimate('2022-01-01', 90, HSLF, [...rows].reverse()));
  });
});

describe('rule 10: the sum over stretches agrees with counting day by day', () => {
  /** The definition, literally: walk the days (fine for a test, too slow for a region). */
  function byDay(stStart: string, serviceLevel: number, rows: Leave[], fullTimeEnd = '2027-07-01'): string {
    const required = daysBetween(stStart, fullTimeEnd) * 10_000;
    let counted = 0;
    let k = 0;
    while (counted < required) {
      const day = addDays(stStart, k);
      const away = rows.filter((r) => r.from <= day && day <= r.to).reduce((sum, r) => sum + r.extent, 0);
      counted += serviceLevel * (100 - Math.min(100, away));
      k++;
    }
    return addDays(stStart, k);
  }

  type Span = [string, string, number];
  it.each<[number, Span[]]>([
    [100, []],
    [80, [['2022-06-01', '2022-12-31', 100]]],
    [75, [['2023-01-01', '2023-06-30', 50], ['2023-03-01', '2023-09-30', 60]]],
    [60, [['2021-01-01', '2022-02-01', 100], ['2026-01-01', '2031-01-01', 20]]],
    [33, [['2024-02-29', '2024-02-29', 100]]],
  ])('%i %% with leave %j', (level, rows) => {
    const leaves = rows.map(([from, to, extent]) => leave(from, to, extent));
    expect(estimate('2022-01-01', level, HSLF, leaves).end).toBe(byDay('2022-01-01', level, leaves));
  });

  it('property: any start, 20–100 %, up to three leave rows (overlapping, before the start, after the end)', () => {
    const day = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));
    const row = fc
      .record({ from: day('2014-01-01', 6000), length: fc.integer({ min: 0, max: 700 }), extent: fc.constantFrom(10, 25, 50, 62.5, 100) })
      .map(({ from, length, extent }) => leave(from, addDays(from, length), extent));
    fc.assert(
      fc.property(day('2015-01-01', 3650), fc.integer({ min: 20, max: 100 }), fc.constantFrom(HSLF, SOSFS), fc.array(row, { maxLength: 3 }), (stStart, level, regulation, leaves) => {
        const result = estimate(stStart, level, regulation, leaves);
        expect(result.end).toBe(byDay(stStart, level, leaves, result.fullTimeEnd));
        expect(addDays(result.fullTimeEnd, result.partTimeDays)).toBe(byDay(stStart, level, [], result.fullTimeEnd));
      }),
      { numRuns: 25 },
    );
  });
});

describe('rule 10: extreme values', () => {
  it('1 % Tjänstgöringsgrad gives a far but real date (2,007 days × 100 = 200,700 days), with no loop over the days', () => {
    const result = estimate('2022-01-01', 1, HSLF);
    expect(result.end).toBe(addDays('2022-01-01', 200_700));
    expect(result.end.slice(0, 4)).toBe('2571');
  });

  it('an end after 9999-12-31 cannot be computed (ok: false), which validation reports', () => {
    expect(estimateStEnd({ stStart: '9990-01-01', serviceLevel: 1, regulation: HSLF }, [], DEFAULT_SETTINGS)).toEqual({ ok: false });
  });

  it('100 % leave for the whole ST and beyond moves the end past the leave', () => {
    expect(estimate('2022-01-01', 100, HSLF, [leave('2022-01-01', '2029-12-31')]).end).toBe('2035-07-01');
  });
});

describe('rule 10: the planned end every rule uses', () => {
  it('a typed Planerat ST-slut wins; blank means Beräknat ST-slut', () => {
    expect(plannedEndFrom('2027-01-01', '2028-11-14')).toBe('2027-01-01');
    expect(plannedEndFrom(null, '2028-11-14')).toBe('2028-11-14');
  });

  it('flags Beräknat ST-slut efter planerat only when a typed end is earlier than the estimate', () => {
    const estimateOn = (end: string) => ({ fullTimeEnd: '2027-07-01', end, partTimeDays: 0, leaveDays: 0 });
    expect(texts(estimatedEndFlags(trainee({ typedPlannedEnd: '2027-06-30', estimate: estimateOn('2027-07-01') })))).toEqual([
      'Beräknat ST-slut efter planerat',
    ]);
    expect(estimatedEndFlags(trainee({ typedPlannedEnd: '2027-07-01', estimate: estimateOn('2027-07-01') }))).toEqual([]);
    expect(estimatedEndFlags(trainee({ typedPlannedEnd: null, estimate: estimateOn('2027-07-01') }))).toEqual([]);
  });
});

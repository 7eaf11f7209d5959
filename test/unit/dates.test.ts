/**
 * Specification of src/domain/dates.ts: calendar-day arithmetic on YYYY-MM-DD
 * (PRODUCT.md §2: "+N months keeps the day of month, clamped to the month's last day").
 */
import * as fc from 'fast-check';
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isIsoDate,
  isLeapYear,
  isoDateToSerial,
  isoFromParts,
  maxDate,
  serialToIsoDate,
  toEpochDay,
} from '../../src/domain/dates';

/** Any real day 1950-01-01 … 2149-12-31, as an IsoDate (±600 months stays after 1900). */
const isoDate = fc
  .record({ year: fc.integer({ min: 1950, max: 2149 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => isoFromParts(year, month, Math.min(day, daysInMonth(year, month))));

describe('leap years', () => {
  test('2024 is a leap year, 2023 is not', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
  });
  test('1900 is not a leap year (divisible by 100), 2000 is (divisible by 400)', () => {
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
  });
  test('February has 29 days in 2024 and 28 in 2023', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
  });
});

describe('isIsoDate: only real days written exactly YYYY-MM-DD', () => {
  test.each(['2024-02-29', '2023-12-31', '1900-01-01', '2025-06-30'])('%s is a date', (text) => {
    expect(isIsoDate(text)).toBe(true);
  });
  test.each([
    ['2023-02-29', 'no leap day in 2023'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-13-01', 'no month 13'],
    ['2024-00-10', 'no month 0'],
    ['2024-1-5', 'digits not padded'],
    ['5/1/2024', 'another format'],
    ['2024-01-05T00:00', 'a time of day'],
    [' 2024-01-05', 'surrounding space'],
    ['1899-12-31', 'before 1900'],
  ])('%s is not (%s)', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });
});

describe('isIsoDate reads characters, exactly as the regular expression it replaced', () => {
  const byRegExp = (text: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return false;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  };
  test.each(['2024-01-05\n', '２０２４-01-05', '2024-01-05 ', '2024/01/05', '20240-1-05'])('%j is not a date', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });
  test('property: on texts made of digits, dashes and a few other characters, both agree', () => {
    const char = fc.constantFrom('0', '1', '2', '9', '3', '-', ' ', '/', 'a', '\n', '٣', '１');
    fc.assert(fc.property(fc.array(char, { minLength: 8, maxLength: 12 }).map((cs) => cs.join('')), (text) => isIsoDate(text) === byRegExp(text)), { numRuns: 5_000 });
  });
  test('property: on shapes YYYY-MM-DD with any digits, both agree', () => {
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((ds) => ds.join(''));
    fc.assert(fc.property(digits(4), digits(2), digits(2), (y, m, d) => isIsoDate(`${y}-${m}-${d}`) === byRegExp(`${y}-${m}-${d}`)), { numRuns: 5_000 });
  });
});

describe('addDays and daysBetween', () => {
  test('2024-02-28 + 1 day is the leap day 2024-02-29', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
  test('2023-02-28 + 1 day is 2023-03-01', () => {
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
  });
  test('2024-12-31 + 1 day wraps into 2025-01-01', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });
  test('2025-01-01 − 1 day is 2024-12-31', () => {
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
  test('the daylight-saving change 2024-03-31 is an ordinary day', () => {
    expect(addDays('2024-03-30', 2)).toBe('2024-04-01');
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
  });
  test('2024 has 366 days, 2023 has 365', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
  });
  test('daysBetween is negative when the second date is earlier', () => {
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
  });
  test('property: daysBetween(a, addDays(a, n)) = n and addDays(addDays(a, n), -n) = a', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -18_000, max: 18_000 }), (a, n) => {
        const b = addDays(a, n);
        return isIsoDate(b) && daysBetween(a, b) === n && addDays(b, -n) === a;
      }),
    );
  });
});

describe('addMonths: keeps the day of month, clamped to the month end', () => {
  test('2024-01-31 + 1 month is 2024-02-29 (leap year)', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });
  test('2023-01-31 + 1 month is 2023-02-28', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
  });
  test('2024-03-31 + 1 month is 2024-04-30', () => {
    expect(addMonths('2024-03-31', 1)).toBe('2024-04-30');
  });
  test('2024-01-15 + 6 months is 2024-07-15', () => {
    expect(addMonths('2024-01-15', 6)).toBe('2024-07-15');
  });
  test('2024-11-30 + 2 months wraps into 2025-01-30', () => {
    expect(addMonths('2024-11-30', 2)).toBe('2025-01-30');
  });
  test('2024-03-31 − 1 month is 2024-02-29', () => {
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });
  test('2024-01-10 − 1 month wraps back into 2023-12-10', () => {
    expect(addMonths('2024-01-10', -1)).toBe('2023-12-10');
  });
  test('+12 months from a leap day 2024-02-29 is 2025-02-28', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

  test('property: the result is a real date', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: -600, max: 600 }), (a, n) => isIsoDate(addMonths(a, n))));
  });
  test('property: the month index moves by exactly n (never overflows into the next month)', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: -600, max: 600 }), (a, n) => monthIndex(addMonths(a, n)) === monthIndex(a) + n));
  });
  test('property: the day is kept, or clamped to the last day of the target month', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -600, max: 600 }), (a, n) => {
        const result = addMonths(a, n);
        const [y, m] = [Number(result.slice(0, 4)), Number(result.slice(5, 7))];
        return Number(result.slice(8)) === Math.min(Number(a.slice(8)), daysInMonth(y, m));
      }),
    );
  });
});

describe('addYears', () => {
  test('ST-start 2024-01-31 + 5 years is 2029-01-31', () => {
    expect(addYears('2024-01-31', 5)).toBe('2029-01-31');
  });
  test('2024-02-29 + 5 years is 2029-02-28', () => {
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
  });
  test('2024-02-29 + 4 years is the leap day 2028-02-29', () => {
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});

describe('Sheets date serials (days since 1899-12-30)', () => {
  test('45292 is 2024-01-01', () => {
    expect(serialToIsoDate(45292)).toBe('2024-01-01');
  });
  test('45351 is the leap day 2024-02-29', () => {
    expect(serialToIsoDate(45351)).toBe('2024-02-29');
  });
  test('2 is 1900-01-01 (Sheets counts from 1899-12-30)', () => {
    expect(serialToIsoDate(2)).toBe('1900-01-01');
  });
  test('a fraction (a time of day) is refused, not rounded: 45000.5', () => {
    expect(serialToIsoDate(45000.5)).toBeNull();
  });
  test('a serial before 1900 is refused: 1', () => {
    expect(serialToIsoDate(1)).toBeNull();
  });
  test('the last serial ST-koll reads is 9999-12-31: 2958465', () => {
    expect(serialToIsoDate(2958465)).toBe('9999-12-31');
  });
  test('a serial past 9999-12-31 is refused, not read as a five-digit year: 2958466, 6245678', () => {
    expect(serialToIsoDate(2958466)).toBeNull();
    expect(serialToIsoDate(6245678)).toBeNull();
  });
  test('isoDateToSerial(2024-01-01) is 45292', () => {
    expect(isoDateToSerial('2024-01-01')).toBe(45292);
  });
  test('property: serial → date → serial round-trips', () => {
    fc.assert(fc.property(isoDate, (a) => serialToIsoDate(isoDateToSerial(a)) === a));
  });
});

describe('epoch days are counted by arithmetic, exactly as Date.UTC counts them', () => {
  const MS_PER_DAY = 86_400_000;
  /** The reference: what a Date object says the day is. */
  const byDate = (epochDay: number) => new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);

  test('1970-01-01 is day 0, 1900-01-01 is day −25,567, 9999-12-31 is day 2,932,896', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1900-01-01')).toBe(-25_567);
    expect(toEpochDay('9999-12-31')).toBe(2_932_896);
  });
  test('every day from 1900-01-01 to 2299-12-31 (a whole 400-year cycle) formats as Date does and reads back to itself', () => {
    // Compared in a loop rather than with expect per day: 146,097 days.
    let mismatches = 0;
    for (let day = toEpochDay('1900-01-01'); day <= toEpochDay('2299-12-31'); day++) {
      const date = fromEpochDay(day);
      if (date !== byDate(day) || toEpochDay(date) !== day) mismatches++;
    }
    expect(mismatches).toBe(0);
  });
  test('property: any day up to 9999-12-31 formats as Date does and reads back to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 2_932_896 }), (day) => fromEpochDay(day) === byDate(day) && toEpochDay(fromEpochDay(day)) === day),
      { numRuns: 5_000 },
    );
  });
  test('outside 1900–9999 (a stray date serial) the day is still formatted by Date, as before', () => {
    expect(fromEpochDay(-25_568)).toBe('1899-12-31');
    expect(fromEpochDay(2_932_897)).toBe('10000-01-01');
  });
});

describe('maxDate', () => {
  test('the later of 2024-03-01 and 2024-02-29 is 2024-03-01', () => {
    expect(maxDate('2024-03-01', '2024-02-29')).toBe('2024-03-01');
    expect(maxDate('2024-02-29', '2024-03-01')).toBe('2024-03-01');
  });
});

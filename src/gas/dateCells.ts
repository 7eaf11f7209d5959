/**
 * The shell's date conversion (the domain only ever sees `YYYY-MM-DD`).
 * Sheets hands back a Date at local midnight in the spreadsheet's time zone;
 * formatting it in that zone gives the calendar day the user typed.
 */
import type { CellValue, IsoDate } from '../domain/model';

export type DateToIso = (date: Date) => IsoDate;

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * A converter memoised per instant: a sheet of 200,000 sessions holds only a
 * few hundred distinct days, and each Utilities.formatDate is a service call.
 */
export function dateFormatterFor(timeZone: string): DateToIso {
  const cache = new Map<number, IsoDate>();
  return (date) => {
    const time = date.getTime();
    let iso = cache.get(time);
    if (iso === undefined) {
      iso = Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
      cache.set(time, iso);
    }
    return iso;
  };
}

/** One cell from getValues() as the domain sees it. */
export function toCellValue(value: unknown, toIso: DateToIso): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : toIso(value);
  return String(value);
}

/** Today in the spreadsheet's time zone: the one clock of a server call. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  return Utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
}

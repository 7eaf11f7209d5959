/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings (PRODUCT.md §2).
 * Pure: days are counted on the proleptic Gregorian calendar through UTC
 * epoch days, so no time zone or daylight-saving shift can move a date.
 */
import type { IsoDate } from './model';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Day 0 of Google Sheets' date serials. */
const SHEETS_EPOCH_DAY = Date.UTC(1899, 11, 30) / MS_PER_DAY;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

/** True for a real calendar day written exactly as `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Days since 1970-01-01 for a valid IsoDate. */
export function toEpochDay(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromEpochDay(epochDay: number): IsoDate {
  const dt = new Date(epochDay * MS_PER_DAY);
  return isoFromParts(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** `b − a` in whole days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/**
 * `date + months`, keeping the day of month and clamping to the month's last
 * day: 2024-01-31 + 1 month = 2024-02-29, 2023-01-31 + 1 month = 2023-02-28.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return isoFromParts(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** ISO dates compare correctly as strings; these read better at call sites. */
export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return a > b;
}
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/**
 * A Google Sheets date serial (whole days since 1899-12-30) as an IsoDate, or
 * null when the number is not a whole day in 1900–9999. A fraction (a time of
 * day) is refused rather than rounded: ST-koll never guesses a date.
 */
export function serialToIsoDate(serial: number): IsoDate | null {
  if (!Number.isInteger(serial)) return null;
  const date = fromEpochDay(SHEETS_EPOCH_DAY + serial);
  return date >= '1900-01-01' && date <= '9999-12-31' ? date : null;
}

export function isoDateToSerial(date: IsoDate): number {
  return toEpochDay(date) - SHEETS_EPOCH_DAY;
}

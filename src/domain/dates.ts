/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings (PRODUCT.md §2).
 * Pure: days are counted on the proleptic Gregorian calendar through UTC
 * epoch days, so no time zone or daylight-saving shift can move a date.
 */
import type { IsoDate } from './model';

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

/** The parts of a valid IsoDate, read digit by digit (no slices, no Number()). */
function digitAt(date: IsoDate, index: number): number {
  return date.charCodeAt(index) - 48;
}
function yearOf(date: IsoDate): number {
  return digitAt(date, 0) * 1000 + digitAt(date, 1) * 100 + digitAt(date, 2) * 10 + digitAt(date, 3);
}
function monthOf(date: IsoDate): number {
  return digitAt(date, 5) * 10 + digitAt(date, 6);
}
function dayOf(date: IsoDate): number {
  return digitAt(date, 8) * 10 + digitAt(date, 9);
}

/** The positions of the digits in `YYYY-MM-DD`. */
const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9];

/**
 * True for a real calendar day written exactly as `YYYY-MM-DD`. Checked
 * character by character, not with a regular expression: it runs on every
 * date cell of the workbook, and a match array and three substrings per
 * cell add up.
 */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value[4] !== '-' || value[7] !== '-') return false;
  for (let i = 0; i < DIGIT_POSITIONS.length; i++) {
    const code = value.charCodeAt(DIGIT_POSITIONS[i]);
    if (code < 48 || code > 57) return false;
  }
  const year = yearOf(value);
  const month = monthOf(value);
  const day = dayOf(value);
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}


/*
 * toEpochDay and fromEpochDay run a few hundred thousand times in a national
 * refresh, so they count days with integer arithmetic (H. Hinnant's
 * days_from_civil / civil_from_days, eras of 400 years = 146,097 days, years
 * starting in March) instead of a Date object, slices and padStart. A test
 * checks every day of 1900–9999 against Date.UTC.
 */
const DAYS_PER_ERA = 146_097;
/** Days from 0000-03-01 to 1970-01-01. */
const EPOCH_SHIFT = 719_468;
const FIRST_FAST_DAY = -25_567; // 1900-01-01
const LAST_FAST_DAY = 2_932_896; // 9999-12-31

/** Days since 1970-01-01 for a valid IsoDate. */
export function toEpochDay(date: IsoDate): number {
  const year = yearOf(date);
  const month = monthOf(date);
  const day = dayOf(date);
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function fromEpochDay(epochDay: number): IsoDate {
  // Outside 1900–9999 (only a stray date serial gets there) Date's own output is kept as it was.
  if (!(Number.isInteger(epochDay) && epochDay >= FIRST_FAST_DAY && epochDay <= LAST_FAST_DAY)) return fromEpochDayByDate(epochDay);
  const shifted = epochDay + EPOCH_SHIFT;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

function fromEpochDayByDate(epochDay: number): IsoDate {
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
  const y = yearOf(date);
  const m = monthOf(date);
  const d = dayOf(date);
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
  // The range is checked on the number: as text, a five-digit year such as
  // '19000-01-30' sorts before '9999-12-31' and would pass.
  if (!Number.isInteger(serial) || serial < FIRST_SERIAL || serial > LAST_SERIAL) return null;
  return fromEpochDay(SHEETS_EPOCH_DAY + serial);
}

export function isoDateToSerial(date: IsoDate): number {
  return toEpochDay(date) - SHEETS_EPOCH_DAY;
}

/** The serials of 1900-01-01 and 9999-12-31, the dates ST-koll reads from a number. */
const FIRST_SERIAL = isoDateToSerial('1900-01-01');
const LAST_SERIAL = isoDateToSerial('9999-12-31');

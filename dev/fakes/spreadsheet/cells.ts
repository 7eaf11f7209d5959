/**
 * What a cell stores, and how Sheets turns typed input into it: a date cell
 * keeps its serial (so changing the spreadsheet's zone keeps the calendar day),
 * a formula keeps its text and the value it last computed, everything else
 * keeps its JS type.
 *
 * setValue/setValues take a string as if the user typed it (the Sheets API calls
 * this USER_ENTERED): "If it begins with '=' it is interpreted as a formula"
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue),
 * numbers and dates are recognised in the spreadsheet's locale, and a leading
 * apostrophe keeps the rest as text without being stored
 * (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption:
 * "The values will be parsed as if the user typed them into the UI").
 * A cell formatted as plain text ('@') keeps the string as it is.
 */
import { gasError } from '../errors';
import { isDateLike } from '../realm';
import { civilFromDayNumber, dayNumber, epochFromSerial, serialFromEpoch } from '../time/zone';

export class DateCell {
  constructor(
    readonly serial: number,
    /** False for a calendar date typed as YYYY-MM-DD (displayed without a time). */
    readonly hasTime: boolean,
  ) {}
}

/**
 * The fakes do not evaluate formulas: a formula cell holds the value it last
 * computed, '' until a test sets one (env.spreadsheet.setComputed). getValues
 * returns that value, as Sheets returns a formula's result, never its text.
 */
export class FormulaCell {
  constructor(
    readonly formula: string,
    public computed: Exclude<Stored, FormulaCell> = '',
  ) {}
}

export type Stored = '' | number | boolean | string | DateCell | FormulaCell;

/** What typed input is read against: the spreadsheet's zone (today's year, Date values) and its locale (day or month first). */
export interface TypingContext {
  timeZone: string;
  locale: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/** '2026-11': Sheets reads a year and a month as the first of that month. */
const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;
/** '2/11', '2/11/2026': day first in a Swedish (or other day-first) locale, month first in en_US. */
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/;
const MONTH_FIRST_LOCALES = new Set(['en_US', 'en_PH', 'es_US']);

function validCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Characters that can start a number, a date or a boolean (possibly after spaces). */
const MAY_BE_TYPED = /^[\s\d+\-.tTfF]/;
const dateCache = new Map<string, Stored>();
const SV_SE: TypingContext = { timeZone: 'Europe/Stockholm', locale: 'sv_SE' };

/** A string as Sheets reads it when a user types it (or a script writes it). */
export function parseTyped(input: string, context: TypingContext = SV_SE): Stored {
  if (input === '') return '';
  if (input[0] === "'") return input.slice(1);
  if (input[0] === '=' && input.length > 1) return new FormulaCell(input);
  if (!MAY_BE_TYPED.test(input)) return input;
  const slash = SLASH_DATE.exec(input.trim());
  if (slash) return slashDate(input, slash, context);
  const cached = dateCache.get(input);
  if (cached !== undefined) return cached;
  const parsed = parseTypedUncached(input);
  if (parsed instanceof DateCell) {
    if (dateCache.size > 100_000) dateCache.clear();
    dateCache.set(input, parsed);
  }
  return parsed;
}

/** 'd/m' (or 'm/d' in a month-first locale), the year today's in the spreadsheet's zone when left out. */
function slashDate(input: string, match: RegExpExecArray, context: TypingContext): Stored {
  const [first, second] = [Number(match[1]), Number(match[2])];
  const [day, month] = MONTH_FIRST_LOCALES.has(context.locale) ? [second, first] : [first, second];
  let year = match[3] === undefined ? currentYear(context.timeZone) : Number(match[3]);
  if (match[3] !== undefined && match[3].length === 2) year += year < 30 ? 2000 : 1900;
  return validCalendarDay(year, month, day) ? new DateCell(dayNumber(year, month, day), false) : input;
}

function wallSerialNow(timeZone: string): number {
  return serialFromEpoch(Date.now(), timeZone);
}

function currentYear(timeZone: string): number {
  return civilFromDayNumber(Math.floor(wallSerialNow(timeZone))).year;
}

function parseTypedUncached(input: string): Stored {
  const trimmed = input.trim();
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  if (NUMBER.test(trimmed)) return Number(trimmed);
  if (PERCENT.test(trimmed)) return Number(trimmed.slice(0, -1)) / 100;
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const [hour, minute, second] = [Number(date[4] ?? 0), Number(date[5] ?? 0), Number(date[6] ?? 0)];
    if (validCalendarDay(year, month, day) && hour < 24 && minute < 60 && second < 60) {
      const seconds = hour * 3600 + minute * 60 + second;
      return new DateCell(dayNumber(year, month, day) + seconds / 86_400, date[4] !== undefined);
    }
  }
  const yearMonth = YEAR_MONTH.exec(trimmed);
  if (yearMonth && validCalendarDay(Number(yearMonth[1]), Number(yearMonth[2]), 1)) {
    return new DateCell(dayNumber(Number(yearMonth[1]), Number(yearMonth[2]), 1), false);
  }
  return input;
}

/**
 * A value from setValue(s) or a workbook spec. Strings are read as typed input
 * unless the cell is formatted as plain text ('@').
 */
export function toStored(value: unknown, context: TypingContext, plainText = false): Stored {
  if (value === null || value === undefined) return '';
  switch (typeof value) {
    case 'string':
      return plainText ? value : parseTyped(value, context);
    case 'number':
      return value;
    case 'boolean':
      return value;
    case 'bigint':
      return Number(value);
    default:
      break;
  }
  if (isDateLike(value)) {
    const time = value.getTime();
    if (Number.isNaN(time)) return '';
    return new DateCell(serialFromEpoch(time, context.timeZone), true);
  }
  if (value instanceof DateCell || value instanceof FormulaCell) return value;
  throw gasError(`Cannot convert '${String(value)}' to a cell value.`);
}

/** Caches the instant of each date serial per zone: a large sheet repeats few days. */
export class DateCellReader {
  private readonly epochs = new Map<number, number>();

  constructor(readonly timeZone: string) {}

  toDate(cell: DateCell): Date {
    let epoch = this.epochs.get(cell.serial);
    if (epoch === undefined) {
      epoch = epochFromSerial(cell.serial, this.timeZone);
      this.epochs.set(cell.serial, epoch);
    }
    return new Date(epoch);
  }
}

/** What getValues() returns for a stored cell. */
export function scriptValue(cell: Stored | undefined, dates: DateCellReader): unknown {
  if (cell === undefined) return '';
  if (typeof cell !== 'object') return cell;
  if (cell instanceof DateCell) return dates.toDate(cell);
  return scriptValue(cell.computed, dates);
}

export function isEmptyCell(cell: Stored | undefined): boolean {
  return cell === undefined || cell === '';
}

/**
 * What a cell stores, and how Sheets turns typed input into it: a date cell
 * keeps its serial (so changing the spreadsheet's zone keeps the calendar day),
 * a formula keeps its text, everything else keeps its JS type.
 */
import { gasError } from '../errors';
import { isDateLike } from '../realm';
import { dayNumber, epochFromSerial, serialFromEpoch } from '../time/zone';

export class DateCell {
  constructor(
    readonly serial: number,
    /** False for a calendar date typed as YYYY-MM-DD (displayed without a time). */
    readonly hasTime: boolean,
  ) {}
}

export class FormulaCell {
  constructor(readonly formula: string) {}
}

export type Stored = '' | number | boolean | string | DateCell | FormulaCell;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function validCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Characters that can start a number, a date or a boolean (possibly after spaces). */
const MAY_BE_TYPED = /^[\s\d+\-.tTfF]/;
const dateCache = new Map<string, Stored>();

/** A string as Sheets reads it when a user types it (or a script writes it). */
export function parseTyped(input: string): Stored {
  if (input === '') return '';
  if (input[0] === "'") return input.slice(1);
  if (input[0] === '=' && input.length > 1) return new FormulaCell(input);
  if (!MAY_BE_TYPED.test(input)) return input;
  const cached = dateCache.get(input);
  if (cached !== undefined) return cached;
  const parsed = parseTypedUncached(input);
  if (parsed instanceof DateCell) {
    if (dateCache.size > 100_000) dateCache.clear();
    dateCache.set(input, parsed);
  }
  return parsed;
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
  return input;
}

/**
 * A value from setValue(s) or a workbook spec. Strings are read as typed input
 * unless the cell is formatted as plain text ('@').
 */
export function toStored(value: unknown, timeZone: string, plainText = false): Stored {
  if (value === null || value === undefined) return '';
  switch (typeof value) {
    case 'string':
      return plainText ? value : parseTyped(value);
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
    return new DateCell(serialFromEpoch(time, timeZone), true);
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
  return '';
}

export function isEmptyCell(cell: Stored | undefined): boolean {
  return cell === undefined || cell === '';
}

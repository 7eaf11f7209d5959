/**
 * Readers that turn one sheet cell into a typed value or a Swedish reason.
 * A reader never guesses: what is not unmistakably the expected kind of value
 * is an error the user fixes, never silently reinterpreted (PRODUCT.md §2).
 * A missing column reads as an empty cell (`undefined` is treated as `''`).
 */
import { VALIDATION } from '../shared/messages/validation';
import { isIsoDate, serialToIsoDate } from './dates';
import type { CellValue, IsoDate } from './model';

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };
export type CellReader<T> = (cell: CellValue | undefined) => CellResult<T>;

/** Blank cells are a large share of every sheet: their results are shared (and frozen), not made per cell. */
const OK_NULL: CellResult<null> = Object.freeze({ ok: true, value: null });
const OK_EMPTY: CellResult<string> = Object.freeze({ ok: true, value: '' });
const OK_FALSE: CellResult<boolean> = Object.freeze({ ok: true, value: false });

function ok<T>(value: T): CellResult<T> {
  if (value === null) return OK_NULL as CellResult<T>;
  if (value === '') return OK_EMPTY as CellResult<T>;
  if (value === false) return OK_FALSE as CellResult<T>;
  return { ok: true, value };
}
function fail(message: string): CellResult<never> {
  return { ok: false, message };
}

/**
 * True when a cell holds nothing a user typed. `false` counts as empty because
 * a checkbox column shows unticked boxes on rows nobody has filled in.
 */
export function isBlankCell(cell: CellValue | undefined): boolean {
  if (cell === undefined || cell === '' || cell === false) return true;
  return typeof cell === 'string' && cell.trim() === '';
}

/** The cell as trimmed text; numbers and booleans as Sheets would display them. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return String(cell);
  return cell ? 'TRUE' : 'FALSE';
}

/** Free text, trimmed. Text that looks like a formula stays plain text. */
export const readText: CellReader<string> = (cell) => ok(cellText(cell));

export const readRequiredText: CellReader<string> = (cell) => {
  const text = cellText(cell);
  return text === '' ? fail(VALIDATION.requiredText) : ok(text);
};

/** A reference cell (ID or name), still unresolved; references.ts resolves it. */
export const readRequiredReference: CellReader<string> = (cell) => {
  const text = cellText(cell);
  return text === '' ? fail(VALIDATION.requiredReference) : ok(text);
};

/**
 * A date: exactly `YYYY-MM-DD`, or a whole-number Sheets date serial (a date
 * cell that lost its format). Blank is null. '5/1/2024' could be May or
 * January, so any other spelling is refused rather than guessed.
 */
export const readDate: CellReader<IsoDate | null> = (cell) => {
  if (typeof cell === 'number') {
    const date = serialToIsoDate(cell);
    if (date) return ok(date);
    return fail(Number.isFinite(cell) && !Number.isInteger(cell) ? VALIDATION.dateWithTime(cell) : VALIDATION.invalidDate(cell));
  }
  const text = cellText(cell);
  if (text === '') return ok(null);
  return isIsoDate(text) ? ok(text) : fail(VALIDATION.invalidDate(text));
};

export const readRequiredDate: CellReader<IsoDate> = (cell) => {
  const result = readDate(cell);
  if (result.ok && result.value === null) return fail(VALIDATION.requiredDate);
  return result as CellResult<IsoDate>;
};

/** Digits with an optional sign and one decimal separator, '.' or ',' (Swedish). */
const NUMERIC_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;

/** A number, or a numeric text such as '7,5' or '7.5'. Blank is null. */
export const readNumber: CellReader<number | null> = (cell) => {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail(VALIDATION.invalidNumber(cell));
  const text = cellText(cell);
  if (text === '') return ok(null);
  return NUMERIC_TEXT.test(text) ? ok(Number(text.replace(',', '.'))) : fail(VALIDATION.invalidNumber(text));
};

export interface NumberLimits {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** A number reader that also enforces limits; blank is still null (the caller defaults it). */
export function numberReader(limits: NumberLimits): CellReader<number | null> {
  const { min, max, integer = false } = limits;
  return (cell) => {
    const result = readNumber(cell);
    if (!result.ok || result.value === null) return result;
    const n = result.value;
    const fits = (min === undefined || n >= min) && (max === undefined || n <= max) && (!integer || Number.isInteger(n));
    return fits ? result : fail(VALIDATION.numberOutOfRange(typeof cell === 'number' ? cell : cellText(cell), { min, max, integer }));
  };
}

const CHECKBOX_TEXT: ReadonlyMap<string, boolean> = new Map([
  ['TRUE', true],
  ['FALSE', false],
  ['SANT', true],
  ['FALSKT', false],
]);

/** A checkbox: a boolean; empty is unticked; 'TRUE'/'FALSE' (or the Swedish SANT/FALSKT) as text. */
export const readCheckbox: CellReader<boolean> = (cell) => {
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') return fail(VALIDATION.invalidCheckbox(cell));
  const text = cellText(cell);
  if (text === '') return ok(false);
  const value = CHECKBOX_TEXT.get(text.toUpperCase());
  return value === undefined ? fail(VALIDATION.invalidCheckbox(text)) : ok(value);
};

/** One @, no spaces, a dot in the domain: catches typos without rejecting real addresses. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** An optional e-mail address, trimmed; blank is ''. */
export const readEmail: CellReader<string> = (cell) => {
  const text = cellText(cell);
  if (text === '' || EMAIL.test(text)) return ok(text);
  return fail(VALIDATION.invalidEmail(text));
};

/**
 * A value from a fixed list, matched case-insensitively and returned in its
 * canonical spelling ('vilande' → 'Vilande'). Blank is null.
 * The lookup map is built once per list, not per cell.
 */
export function choiceReader<T extends string>(allowed: readonly T[]): CellReader<T | null> {
  const byLowerCase = new Map<string, T>(allowed.map((value) => [value.toLowerCase(), value]));
  return (cell) => {
    const text = cellText(cell);
    if (text === '') return ok(null);
    const value = byLowerCase.get(text.toLowerCase());
    return value === undefined ? fail(VALIDATION.invalidChoice(text, allowed)) : ok(value);
  };
}

/** Like choiceReader, but blank is an error. */
export function requiredChoiceReader<T extends string>(allowed: readonly T[]): CellReader<T> {
  const read = choiceReader(allowed);
  return (cell) => {
    const result = read(cell);
    if (result.ok && result.value === null) return fail(VALIDATION.requiredChoice(allowed));
    return result as CellResult<T>;
  };
}

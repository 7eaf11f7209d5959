/**
 * Editing a cell in the page: what kind of editor a column gets (from the
 * sheet's data validation, as Sheets shows it) and whether a typed value is
 * accepted. A refused value leaves the cell as it was; dates are typed
 * `YYYY-MM-DD` and never guessed.
 */
import { EDIT_TEXT as T } from '../local/texts';

export type EditKind =
  | { kind: 'readonly' }
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'checkbox' }
  | { kind: 'list'; options: string[]; strict: boolean }
  | { kind: 'number'; min: number | null; max: number | null; strict: boolean }
  | { kind: 'email' };

export interface ValidationLike {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
}

export function editKindOf(validation: ValidationLike | null, owned: boolean): EditKind {
  if (owned) return { kind: 'readonly' };
  if (!validation) return { kind: 'text' };
  const [a, b] = validation.values;
  switch (validation.criteria) {
    case 'DATE_IS_VALID_DATE':
      return { kind: 'date' };
    case 'CHECKBOX':
      return { kind: 'checkbox' };
    case 'VALUE_IN_LIST':
      return { kind: 'list', options: Array.isArray(a) ? a.map(String) : [], strict: !validation.allowInvalid };
    case 'TEXT_IS_VALID_EMAIL':
      return { kind: 'email' };
    case 'NUMBER_BETWEEN':
      return { kind: 'number', min: Number(a), max: Number(b), strict: !validation.allowInvalid };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return { kind: 'number', min: Number(a), max: null, strict: !validation.allowInvalid };
    default:
      return { kind: 'text' };
  }
}

export type EditResult = { ok: true; value: string | number | boolean } | { ok: false; message: string };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The value to write for what the user typed (or ticked), or why it is refused. Empty clears the cell. */
export function acceptEdit(kind: EditKind, input: string | boolean): EditResult {
  if (kind.kind === 'readonly') return { ok: false, message: T.readOnly };
  if (kind.kind === 'checkbox') return { ok: true, value: input === true || input === 'true' || input === 'TRUE' };
  const text = String(input).trim();
  if (text === '') return { ok: true, value: '' };
  switch (kind.kind) {
    case 'date':
      return isCalendarDay(text) ? { ok: true, value: text } : { ok: false, message: T.badDate(text) };
    case 'list':
      if (kind.strict && !kind.options.includes(text)) return { ok: false, message: T.notInList(text, kind.options) };
      return { ok: true, value: `'${text}` };
    case 'number': {
      const n = Number(text.replace(',', '.'));
      if (!/^[+-]?\d+([.,]\d+)?$/.test(text) || !Number.isFinite(n)) return { ok: false, message: T.badNumber(text) };
      if (kind.strict && (n < (kind.min ?? -Infinity) || n > (kind.max ?? Infinity))) return { ok: false, message: T.outOfRange(text, kind.min ?? 0, kind.max) };
      return { ok: true, value: n };
    }
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? { ok: true, value: `'${text}` } : { ok: false, message: T.badEmail(text) };
    default:
      // Typed as in Sheets: a number stays a number, anything else is text as typed.
      return { ok: true, value: /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : `'${text}` };
  }
}

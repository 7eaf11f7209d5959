/**
 * One cell between the file and the fake: a date is a serial (whole days since
 * 1899-12-30, no time zone involved) stored as a number with a date format; a
 * formula keeps its text; strings are written inline (t="inlineStr"), so the
 * shared-string table never has to change.
 */
import type { TransferCell } from '../../fakes/spreadsheet/transfer';
import { escapeXml, textElement } from './xml';

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as a serial. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and the 1904 date systems (a workbook with date1904 counts from 1904-01-01). */
const DATE_1904_OFFSET = 1_462;

/**
 * The fake's serial of a date cell holding `value`: to the second, computed
 * the way exceljs did (through the instant) so a file reads as it always has.
 */
export function serialOfFileNumber(value: number, date1904: boolean): number {
  const ms = Math.round((value - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET : 0)) * MS_PER_DAY);
  return Math.round((ms / MS_PER_DAY + UNIX_EPOCH_SERIAL) * 86_400) / 86_400;
}

export function fileNumberOfSerial(serial: number, date1904: boolean): number {
  const ms = Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return UNIX_EPOCH_SERIAL + ms / MS_PER_DAY - (date1904 ? DATE_1904_OFFSET : 0);
}

/** An ISO 8601 date (a t="d" cell) as a serial. */
export function serialOfIsoDate(text: string): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !/T/.test(text) ? text : `${text}Z`);
  return Number.isNaN(ms) ? null : Math.round((ms / MS_PER_DAY + UNIX_EPOCH_SERIAL) * 86_400) / 86_400;
}

/** Equality of two transfer cells (a changed cell is the only kind written back). */
export function sameCell(a: TransferCell | undefined, b: TransferCell | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === y) return true;
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
  if ('date' in x && 'date' in y) return x.date === y.date;
  if ('formula' in x && 'formula' in y) return x.formula === y.formula;
  return false;
}

export function isDateValue(value: TransferCell): value is { date: number } {
  return value !== null && typeof value === 'object' && 'date' in value;
}

/**
 * The <c> element for a value, or '' for an empty cell without a style. A
 * formula has no cached result: the workbook is marked for recalculation on
 * open. A number that is not finite cannot be stored and is written as text.
 */
export function cellXml(ref: string, style: number, value: TransferCell, date1904: boolean, prefix = ''): string {
  const p = prefix;
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === '') return style ? `<${p}c r="${ref}"${s}/>` : '';
  if (typeof value === 'string') return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is>${textElement(value, p)}</${p}is></${p}c>`;
  if (typeof value === 'boolean') return `<${p}c r="${ref}"${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return cellXml(ref, style, String(value), date1904, prefix);
    return `<${p}c r="${ref}"${s}><${p}v>${value}</${p}v></${p}c>`;
  }
  if ('date' in value) return `<${p}c r="${ref}"${s}><${p}v>${fileNumberOfSerial(value.date, date1904)}</${p}v></${p}c>`;
  return `<${p}c r="${ref}"${s}><${p}f>${escapeXml(value.formula.replace(/^=/, ''))}</${p}f></${p}c>`;
}

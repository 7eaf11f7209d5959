/**
 * How ST-koll hands a value to setValues so that Sheets stores what was meant.
 * Sheets reads a string as if the user typed it: '0042' becomes 42, '2026-11'
 * and '2/11' become dates, 'TRUE' a boolean, '=…' a formula ("The values will
 * be parsed as if the user typed them into the UI",
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption;
 * Range.setValue: "If it begins with '=' it is interpreted as a formula",
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue).
 *
 * So a text that could be read as anything but itself goes out behind an
 * apostrophe, which keeps it text and is not stored (the cell reads back as
 * exactly the text given); plain words go out as they are, so the formula bar
 * shows no apostrophe. Only a date column is handed a date (an IsoDate, read
 * as that day, or a Date); numbers and booleans go out as they are; a column
 * setup formats as plain text ('@') stores its input as is. Every text ST-koll
 * writes into a sheet goes through here.
 */
import { SHEET_SPECS, type ColumnType } from '../domain/sheetLayout';
import type { CellValue } from '../domain/model';
import type { SheetName } from '../domain/sheetContract';

/** Starts with a letter, holds no digit, and is no boolean word: Sheets keeps it as text. */
function surelyText(text: string): boolean {
  return /^\p{L}/u.test(text) && !/\d/.test(text) && !/^(true|false|sant|falskt)$/i.test(text.trim());
}

/** A text Sheets must store as typed, whatever it looks like. */
export function asText(text: string): string {
  return text === '' || surelyText(text) ? text : `'${text}`;
}

function isDateColumn(type: ColumnType | undefined): boolean {
  return type?.kind === 'date' || type?.kind === 'timestamp';
}

/** A value for a column of type `type` (undefined: free text, or a sheet without a contract such as Översikt). */
export function cellFor(type: ColumnType | undefined, value: unknown): unknown {
  if (typeof value !== 'string' || isDateColumn(type)) return value;
  // A 'literal' column is formatted as plain text by setup (@): Sheets stores its input as is, an apostrophe included.
  if (type?.kind === 'literal') return value;
  return asText(value);
}

/** The contract's type of a column of an ST-koll sheet (undefined: free text). */
export function columnTypeOf(sheetName: SheetName, header: string): ColumnType | undefined {
  return SHEET_SPECS.find((spec) => spec.name === sheetName)?.columnTypes[header];
}

/** `values` as cells of the sheet's columns `headers`, each typed by the contract. */
export function cellsFor(sheetName: SheetName, headers: readonly string[], values: readonly unknown[]): unknown[] {
  return values.map((value, i) => cellFor(columnTypeOf(sheetName, headers[i]), value));
}

/** A row given by header, each value typed by the contract of its column (a string stays a string, anything else as it is). */
export function rowCellsFor(sheetName: SheetName, row: Readonly<Record<string, CellValue>>): Record<string, CellValue> {
  return Object.fromEntries(Object.entries(row).map(([header, value]) => [header, cellFor(columnTypeOf(sheetName, header), value) as CellValue]));
}

/**
 * Values as ST-koll hands them to setValues. Sheets reads a string as if the
 * user typed it: '0042' becomes 42, '2026-11' and '3/11' become dates, '=…'
 * a formula ("The values will be parsed as if the user typed them into the
 * UI", https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption;
 * Range.setValue: "If it begins with '=' it is interpreted as a formula",
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue).
 * So every text goes out behind an apostrophe, which keeps it text and is not
 * stored; only a date column is handed a date (an IsoDate, read as that day,
 * or a Date), and numbers and booleans go out as they are.
 */
import { SHEET_SPECS, type ColumnType } from '../domain/sheetLayout';
import type { SheetName } from '../domain/sheetContract';

/** A text Sheets must store as typed, whatever it looks like. */
export function asText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

function isDateColumn(type: ColumnType | undefined): boolean {
  return type?.kind === 'date' || type?.kind === 'timestamp';
}

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

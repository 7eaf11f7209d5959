/**
 * One cell between exceljs and the fake: a date is a serial (whole days since
 * 1899-12-30 on the workbook's own calendar, no time zone involved), a formula
 * keeps its text, rich text and links become their plain text.
 */
import ExcelJS from 'exceljs';
import type { TransferCell } from '../../fakes/spreadsheet/transfer';

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as a serial. exceljs hands dates over as the UTC instant of the serial. */
const UNIX_EPOCH_SERIAL = 25_569;

export function serialOfExcelDate(date: Date): number {
  return Math.round((date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL) * 86_400) / 86_400;
}

export function excelDateOfSerial(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

function plainText(value: ExcelJS.CellValue): string {
  if (value && typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return String(value.error);
  }
  return String(value ?? '');
}

export function readCell(cell: ExcelJS.Cell): TransferCell {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.Boolean:
      return cell.value as number | boolean;
    case ExcelJS.ValueType.Date:
      return { date: serialOfExcelDate(cell.value as Date) };
    case ExcelJS.ValueType.Formula:
      return { formula: `=${cell.formula}` };
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
      return cell.value === '' ? null : String(cell.value);
    default:
      return plainText(cell.value) || null;
  }
}

export function writeCell(cell: ExcelJS.Cell, value: TransferCell): void {
  if (value === null || value === '') {
    cell.value = null;
  } else if (typeof value !== 'object') {
    cell.value = value;
  } else if ('date' in value) {
    cell.value = excelDateOfSerial(value.date);
    // Without a date format Excel shows the serial; ISO days read the same in every locale.
    if (!cell.numFmt) cell.numFmt = value.date % 1 === 0 ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';
  } else {
    cell.value = { formula: value.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  }
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

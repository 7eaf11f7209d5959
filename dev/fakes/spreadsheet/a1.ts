/** A1 notation: 'B2', 'A1:C3', 'A:A', '2:5', 'A2:B', "'My sheet'!A1". */
import { gasError } from '../errors';

export interface GridRange {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface ParsedA1 {
  sheetName?: string;
  startRow?: number;
  startCol?: number;
  endRow?: number;
  endCol?: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

export function parseA1(notation: string): ParsedA1 {
  const fail = () => gasError('Range not found');
  let text = String(notation).trim();
  let sheetName: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = text.slice(0, bang);
    if (sheetName.startsWith("'") && sheetName.endsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [first, second, extra] = text.split(':');
  if (extra !== undefined || !first) throw fail();
  const a = CELL.exec(first);
  const b = second === undefined ? a : CELL.exec(second);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) throw fail();
  const cols = [a[1] ? columnNumber(a[1]) : undefined, b[1] ? columnNumber(b[1]) : undefined];
  const rows = [a[2] ? Number(a[2]) : undefined, b[2] ? Number(b[2]) : undefined];
  if (rows.some((r) => r === 0)) throw fail();
  const order = (x?: number, y?: number): [number | undefined, number | undefined] =>
    x !== undefined && y !== undefined && y < x ? [y, x] : [x, y];
  const [startRow, endRow] = order(rows[0], rows[1]);
  const [startCol, endCol] = order(cols[0], cols[1]);
  return { sheetName, startRow, startCol, endRow, endCol };
}

/** Resolves open ends ('A:A', '2:2', 'A2:B') against the sheet's size. */
export function resolveA1(parsed: ParsedA1, maxRows: number, maxCols: number): GridRange {
  const row = parsed.startRow ?? 1;
  const col = parsed.startCol ?? 1;
  const endRow = parsed.endRow ?? maxRows;
  const endCol = parsed.endCol ?? maxCols;
  return { row, col, numRows: endRow - row + 1, numCols: endCol - col + 1 };
}

export function a1Of(range: GridRange): string {
  const start = `${columnLetters(range.col)}${range.row}`;
  if (range.numRows === 1 && range.numCols === 1) return start;
  return `${start}:${columnLetters(range.col + range.numCols - 1)}${range.row + range.numRows - 1}`;
}

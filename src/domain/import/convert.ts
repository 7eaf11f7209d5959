/**
 * One row of the list → the cells of a new ST-läkare row. The values go
 * through the very readers a typed ST-läkare row goes through
 * (schemas/trainee.ts), so an imported row is valid exactly when the same row
 * typed into ST-läkare would be: dates are date cells, date serials or
 * `YYYY-MM-DD`, and '03/04/2026' is a problem, never a guess.
 */
import { IMPORT } from '../../shared/messages/import';
import { cellText, readText, type CellReader } from '../cells';
import type { CellValue } from '../model';
import { DEFAULT_SETTINGS } from '../settings';
import { parseTraineeRow, TRAINEE_READERS } from '../schemas/trainee';
import type { SourceColumn } from './headers';

/** Target header → its source columns (schemas.ts: sourcesByTarget). */
export type SourcesByTarget = ReadonlyMap<string, readonly SourceColumn[]>;

const READERS: Readonly<Record<string, CellReader<unknown>>> = TRAINEE_READERS;

/** The mapped cells of one source line, by target header; several name columns are joined with a space. */
export function mappedCells(line: readonly CellValue[], sources: SourcesByTarget): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  for (const [target, columns] of sources) {
    if (columns.length === 1) cells[target] = line[columns[0].column - 1] ?? '';
    else cells[target] = columns.map((c) => cellText(line[c.column - 1])).filter((text) => text !== '').join(' ');
  }
  return cells;
}

export type Conversion = { ok: true; cells: Record<string, CellValue> } | { ok: false; reasons: string[] };

/**
 * Validates the mapped cells as an ST-läkare row and returns them as ST-koll
 * writes them: dates as `YYYY-MM-DD`, numbers as numbers, a status in its
 * canonical spelling, text trimmed; blank stays blank (defaults are applied
 * when the row is read, as for a typed row). `row` is the source row number.
 */
export function convertRow(row: number, cells: Record<string, CellValue>, sources: SourcesByTarget): Conversion {
  // Settings only fill in defaults; whether a row is valid does not depend on them.
  const read = parseTraineeRow({ row, cells }, DEFAULT_SETTINGS);
  if (!read.ok) return { ok: false, reasons: read.issues.map((issue) => reasonFor(issue.column, issue.message, sources)) };
  const written: Record<string, CellValue> = {};
  for (const target of Object.keys(cells)) {
    const result = (READERS[target] ?? readText)(cells[target]);
    // Every mapped column was read above; a reader that passed then passes now.
    if (!result.ok) return { ok: false, reasons: [reasonFor(target, result.message, sources)] };
    written[target] = writtenValue(result.value);
  }
  return { ok: true, cells: written };
}

function writtenValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** The reason under the source's own header(s), so the user finds the cell in their list. */
function reasonFor(target: string, message: string, sources: SourcesByTarget): string {
  const columns = sources.get(target);
  return columns ? IMPORT.cellReason(columns.map((c) => c.header).join(' + '), message) : message;
}

/**
 * A sheet's columns as cell readers, and the two ways to run them over a row:
 * as a zod schema (rowSchema: the declared contract, for single rows such as
 * the sidebar's input) and as a plain loop over the same readers
 * (fastRowReader), which parseWorkbook uses for whole sheets. Measured on
 * 200,000 Samtal rows, zod's per-row overhead alone was ~0.5 s; cold, 12,000
 * rows of the other sheets cost ~150 ms with zod against ~50 ms with the loop.
 * Both paths call the same readers, so they accept and reject exactly the
 * same cells; test/unit/parseWorkbook.test.ts checks that they agree.
 */
import * as z from 'zod';
import { isBlankCell, type CellReader } from '../cells';
import type { CellValue, RawRow } from '../model';

/** Header text → the reader for that column. */
export type ColumnReaders = Record<string, CellReader<unknown>>;

/** The typed values of a row, keyed by header text. */
export type ColumnValues<R extends ColumnReaders> = { [K in keyof R]: R[K] extends CellReader<infer T> ? T : never };

export interface ColumnIssue {
  /** Header text, or '' for a problem with the whole row. */
  column: string;
  message: string;
}

export type RowRead<T> = { ok: true; values: T } | { ok: false; issues: ColumnIssue[] };

function asCellValue(input: unknown): CellValue | undefined {
  if (input === undefined || input === null) return undefined;
  if (typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean') return input;
  // Anything else (a stray Date object, say) becomes text the readers will refuse.
  return String(input);
}

/**
 * One column as a zod schema. `z.transform` (not `z.unknown().transform`)
 * because zod treats an absent key of an `unknown` schema as optional and
 * would skip the reader, letting a missing required column pass.
 */
function cellSchema<T>(reader: CellReader<T>): z.ZodType<T> {
  return z.transform((input: unknown, ctx) => {
    const result = reader(asCellValue(input));
    if (result.ok) return result.value;
    ctx.issues.push({ code: 'custom', message: result.message, input });
    return z.NEVER;
  }) as unknown as z.ZodType<T>;
}

/** The zod schema of a row: one entry per column; other columns (the user's own) are ignored. */
export function rowSchema<R extends ColumnReaders>(readers: R): z.ZodType<ColumnValues<R>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [column, reader] of Object.entries(readers)) shape[column] = cellSchema(reader);
  return z.object(shape) as unknown as z.ZodType<ColumnValues<R>>;
}

export function readRowWithSchema<T>(schema: z.ZodType<T>, cells: RawRow['cells']): RowRead<T> {
  const parsed = schema.safeParse(cells);
  if (parsed.success) return { ok: true, values: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({
    column: issue.path.length > 0 ? String(issue.path[0]) : '',
    message: issue.message,
  }));
  return { ok: false, issues };
}

/**
 * A plain-loop reader over the same readers: what readRowWithSchema(rowSchema(readers), …)
 * gives, without zod's per-row cost. The column list is fixed once, here.
 */
export function fastRowReader<R extends ColumnReaders>(readers: R): (cells: RawRow['cells']) => RowRead<ColumnValues<R>> {
  const columns = Object.keys(readers);
  const columnReaders = columns.map((column) => readers[column]);
  return (cells) => {
    const values: Record<string, unknown> = {};
    let issues: ColumnIssue[] | null = null;
    for (let i = 0; i < columns.length; i++) {
      const result = columnReaders[i](asCellValue(cells[columns[i]]));
      if (result.ok) values[columns[i]] = result.value;
      else (issues ??= []).push({ column: columns[i], message: result.message });
    }
    return issues ? { ok: false, issues } : { ok: true, values: values as ColumnValues<R> };
  };
}

/**
 * True when no cell the user owns holds anything. Columns ST-koll writes
 * (computed blocks, Dokument/Skapad) are ignored: they can outlive the
 * user's data on a row the user emptied.
 */
export function isBlankRow(raw: RawRow, ignoredColumns: ReadonlySet<string>): boolean {
  for (const column in raw.cells) {
    if (!ignoredColumns.has(column) && !isBlankCell(raw.cells[column])) return false;
  }
  return true;
}

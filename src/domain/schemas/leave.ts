/**
 * The Frånvaro row (PRODUCT.md §6): its columns, its zod schema (shared with
 * the sidebar's "log leave" form) and the Till ≥ Från rule.
 */
import { VALIDATION } from '../../shared/messages/validation';
import { choiceReader, numberReader, readRequiredDate, readRequiredReference, readText } from '../cells';
import type { Leave, RawRow } from '../model';
import { LEAVE_COL, LEAVE_TYPE } from '../sheetContract';
import { fastRowReader, rowSchema, type ColumnValues, type RowRead } from './row';

/** Omfattning (%) when blank: the whole day away. */
export const DEFAULT_LEAVE_EXTENT = 100;

export const LEAVE_READERS = {
  [LEAVE_COL.trainee]: readRequiredReference,
  [LEAVE_COL.from]: readRequiredDate,
  [LEAVE_COL.to]: readRequiredDate,
  [LEAVE_COL.type]: choiceReader(LEAVE_TYPE),
  [LEAVE_COL.extent]: numberReader({ min: 1, max: 100 }),
  [LEAVE_COL.note]: readText,
};

/** The declared contract of the row, for single rows (sidebar input) and tests. */
export const leaveRowSchema = /* @__PURE__ */ rowSchema(LEAVE_READERS);

const readLeaveCells = fastRowReader(LEAVE_READERS);

/** A valid leave row before its ST-läkare reference is resolved. */
export type LeaveDraft = Omit<Leave, 'traineeId'>;

export function parseLeaveRow(raw: RawRow): RowRead<LeaveDraft> {
  const read = readLeaveCells(raw.cells);
  return read.ok ? leaveDraft(raw.row, read.values) : read;
}

/** The Till ≥ Från rule and the default, on cells that each read correctly (sheet row or sidebar input). */
export function leaveDraft(row: number, cells: ColumnValues<typeof LEAVE_READERS>): RowRead<LeaveDraft> {
  const from = cells[LEAVE_COL.from];
  const to = cells[LEAVE_COL.to];
  // A one-day leave has Till = Från.
  if (to < from) return { ok: false, issues: [{ column: LEAVE_COL.to, message: VALIDATION.leaveToBeforeFrom }] };
  return {
    ok: true,
    values: {
      row,
      from,
      to,
      type: cells[LEAVE_COL.type],
      extent: cells[LEAVE_COL.extent] ?? DEFAULT_LEAVE_EXTENT,
      note: cells[LEAVE_COL.note],
    },
  };
}

/** The Handledare row (PRODUCT.md §1): its columns and zod schema. */
import { readDate, readEmail, readRequiredText, readText } from '../cells';
import type { RawRow, Supervisor } from '../model';
import { SUPERVISOR_COL } from '../sheetContract';
import { fastRowReader, rowSchema, type RowRead } from './row';

/** The ID column is left to parseWorkbook (assignment and duplicates span rows). */
export const SUPERVISOR_READERS = {
  [SUPERVISOR_COL.name]: readRequiredText,
  [SUPERVISOR_COL.email]: readEmail,
  [SUPERVISOR_COL.specialty]: readText,
  [SUPERVISOR_COL.unit]: readText,
  [SUPERVISOR_COL.trainingDone]: readDate,
  [SUPERVISOR_COL.lastMeeting]: readDate,
  [SUPERVISOR_COL.note]: readText,
};

/** The declared contract of the row, for single rows (sidebar input) and tests. */
export const supervisorRowSchema = /* @__PURE__ */ rowSchema(SUPERVISOR_READERS);

/** The same readers without zod's per-row cost; parseWorkbook reads whole sheets with it. */
const readSupervisorCells = fastRowReader(SUPERVISOR_READERS);

/** A valid supervisor row before its ID is settled. */
export type SupervisorDraft = Omit<Supervisor, 'id'>;

export function parseSupervisorRow(raw: RawRow): RowRead<SupervisorDraft> {
  const read = readSupervisorCells(raw.cells);
  if (!read.ok) return read;
  const cells = read.values;
  return {
    ok: true,
    values: {
      row: raw.row,
      name: cells[SUPERVISOR_COL.name],
      email: cells[SUPERVISOR_COL.email],
      specialty: cells[SUPERVISOR_COL.specialty],
      unit: cells[SUPERVISOR_COL.unit],
      trainingDone: cells[SUPERVISOR_COL.trainingDone],
      lastMeeting: cells[SUPERVISOR_COL.lastMeeting],
      note: cells[SUPERVISOR_COL.note],
    },
  };
}

/**
 * The Samtal row (PRODUCT.md §1): its columns, its zod schema, and the
 * defaults and date rule applied once every cell has been read. Samtal has no
 * ID column.
 */
import { VALIDATION } from '../../shared/messages/validation';
import { defaultSessionMinutes } from '../../shared/sessionRules';
import {
  numberReader,
  readCheckbox,
  readRequiredDate,
  readRequiredReference,
  readText,
  requiredChoiceReader,
} from '../cells';
import { isAfter } from '../dates';
import type { IsoDate, RawRow, Session } from '../model';
import { SESSION_COL, SESSION_TYPE, type SessionType } from '../sheetContract';
import { fastRowReader, rowSchema, type ColumnValues, type RowRead } from './row';

export const SESSION_READERS = {
  [SESSION_COL.date]: readRequiredDate,
  [SESSION_COL.trainee]: readRequiredReference,
  [SESSION_COL.supervisor]: readText,
  [SESSION_COL.type]: requiredChoiceReader(SESSION_TYPE),
  [SESSION_COL.minutes]: numberReader({ min: 0 }),
  [SESSION_COL.documented]: readCheckbox,
  [SESSION_COL.note]: readText,
};

/** The declared contract of the row, for single rows (sidebar input) and tests. */
export const sessionRowSchema = /* @__PURE__ */ rowSchema(SESSION_READERS);

/** The same readers without zod's per-row cost; parseWorkbook reads whole sheets with it. */
const readSessionCells = fastRowReader(SESSION_READERS);

/**
 * A valid session row before its references are resolved; parseWorkbook adds
 * them (it reads the reference cells itself).
 */
export type SessionDraft = Omit<Session, 'traineeId' | 'supervisorId'>;

/** Längd (min) when blank: a supervision session is an hour; other events carry no time. */
export function defaultMinutes(type: SessionType): number {
  return defaultSessionMinutes(type) ?? 0;
}

type SessionCells = ColumnValues<typeof SESSION_READERS>;

/** Defaults and the not-in-the-future rule, on cells that each read correctly. */
function toSessionDraft(raw: RawRow, cells: SessionCells, today: IsoDate): RowRead<SessionDraft> {
  const date = cells[SESSION_COL.date];
  if (isAfter(date, today)) {
    return { ok: false, issues: [{ column: SESSION_COL.date, message: VALIDATION.futureDate(date) }] };
  }
  const type = cells[SESSION_COL.type];
  const draft: SessionDraft = {
    row: raw.row,
    date,
    type,
    minutes: cells[SESSION_COL.minutes] ?? defaultMinutes(type),
    documented: cells[SESSION_COL.documented],
    note: cells[SESSION_COL.note],
  };
  return { ok: true, values: draft };
}

export function parseSessionRow(raw: RawRow, today: IsoDate): RowRead<SessionDraft> {
  const read = readSessionCells(raw.cells);
  return read.ok ? toSessionDraft(raw, read.values, today) : read;
}

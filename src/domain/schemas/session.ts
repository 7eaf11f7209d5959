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
import { isAfter, isIsoDate } from '../dates';
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

/** Defaults and the not-in-the-future rule, on cells that each read correctly (by zod or the loop). */
export function sessionDraft(row: number, cells: SessionCells, today: IsoDate): RowRead<SessionDraft> {
  const date = cells[SESSION_COL.date];
  if (isAfter(date, today)) {
    return { ok: false, issues: [{ column: SESSION_COL.date, message: VALIDATION.futureDate(date) }] };
  }
  const type = cells[SESSION_COL.type];
  const draft: SessionDraft = {
    row,
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
  return read.ok ? sessionDraft(raw.row, read.values, today) : read;
}

const CANONICAL_TYPES: ReadonlySet<string> = new Set(SESSION_TYPE);

/**
 * The Samtal sheet's fast path (up to 400,000 rows, where per-cell result
 * objects cost much of a refresh). A row whose every cell is in its plainest
 * form — Datum an exact `YYYY-MM-DD` text no later than today, ST-läkare
 * non-blank text, Typ spelled as listed, Längd a number ≥ 0 or blank,
 * Dokumenterat a checkbox or blank, Anteckning text or blank — becomes a
 * Session at once, with the references the caller has resolved. Any other
 * row (a date serial, 'medsittning', '7,5', a future date, a missing cell…)
 * gives null, and parseSessionRow reads it, with its Swedish messages. For
 * the rows this accepts, the general reader and the zod schema accept too and
 * give the same values (property tests in test/unit/sessionFastPath.test.ts).
 */
export function readWellFormedSession(raw: RawRow, today: IsoDate, traineeId: string, supervisorId: string): Session | null {
  const { row, cells } = raw;
  const date = cells[SESSION_COL.date];
  const trainee = cells[SESSION_COL.trainee];
  const type = cells[SESSION_COL.type];
  if (typeof date !== 'string' || isAfter(date, today) || !isIsoDate(date)) return null;
  if (typeof trainee !== 'string' || trainee.trim() === '') return null;
  if (typeof type !== 'string' || !CANONICAL_TYPES.has(type)) return null;
  const minutes = plainMinutes(cells[SESSION_COL.minutes]);
  const documented = plainCheckbox(cells[SESSION_COL.documented]);
  const note = plainText(cells[SESSION_COL.note]);
  if (minutes === undefined || documented === undefined || note === undefined) return null;
  const sessionType = type as SessionType;
  return { row, date, traineeId, supervisorId, type: sessionType, minutes: minutes ?? defaultMinutes(sessionType), documented, note };
}

/** Längd (min) in its plainest form: blank (null, the default applies) or a finite number ≥ 0; undefined for anything else. */
function plainMinutes(cell: unknown): number | null | undefined {
  if (cell === '' || cell === undefined) return null;
  return typeof cell === 'number' && Number.isFinite(cell) && cell >= 0 ? cell : undefined;
}

/** Dokumenterat in its plainest form: a boolean, or blank (unticked); undefined for anything else. */
function plainCheckbox(cell: unknown): boolean | undefined {
  if (cell === '' || cell === undefined) return false;
  return typeof cell === 'boolean' ? cell : undefined;
}

/** A free-text cell in its plainest form: text (trimmed) or blank; undefined for anything else. */
function plainText(cell: unknown): string | undefined {
  if (cell === undefined) return '';
  return typeof cell === 'string' ? cell.trim() : undefined;
}

/**
 * The ST-läkare row (PRODUCT.md §1): its columns, its zod schema, and the
 * defaults and cross-column rules applied once every cell has been read.
 */
import { VALIDATION } from '../../shared/messages/validation';
import {
  choiceReader,
  numberReader,
  readDate,
  readEmail,
  readRequiredDate,
  readRequiredText,
  readText,
} from '../cells';
import { isAfter } from '../dates';
import type { RawRow, Trainee } from '../model';
import type { Settings } from '../settings';
import { regulationFor } from '../rules/regulation';
import { DEFAULT_SPECIALTY, REGULATIONS, TRAINEE_COL, TRAINEE_STATUS } from '../sheetContract';
import { fastRowReader, rowSchema, type RowRead } from './row';

/** The ID column is left to parseWorkbook (assignment and duplicates span rows). */
export const TRAINEE_READERS = {
  [TRAINEE_COL.name]: readRequiredText,
  [TRAINEE_COL.email]: readEmail,
  [TRAINEE_COL.specialty]: readText,
  [TRAINEE_COL.unit]: readText,
  [TRAINEE_COL.stStart]: readRequiredDate,
  [TRAINEE_COL.plannedEnd]: readDate,
  [TRAINEE_COL.serviceLevel]: numberReader({ min: 1, max: 100 }),
  [TRAINEE_COL.mainSupervisor]: readText,
  [TRAINEE_COL.studyDirector]: readText,
  [TRAINEE_COL.head]: readText,
  [TRAINEE_COL.status]: choiceReader(TRAINEE_STATUS),
  [TRAINEE_COL.iupDone]: readDate,
  [TRAINEE_COL.note]: readText,
  [TRAINEE_COL.regulation]: choiceReader(REGULATIONS),
  [TRAINEE_COL.btApproved]: readDate,
};

/** The declared contract of the row, for single rows (sidebar input) and tests. */
export const traineeRowSchema = /* @__PURE__ */ rowSchema(TRAINEE_READERS);

/** The same readers without zod's per-row cost; parseWorkbook reads whole sheets with it. */
const readTraineeCells = fastRowReader(TRAINEE_READERS);

/**
 * A valid trainee row before its ID is settled, Huvudhandledare is resolved
 * and Beräknat ST-slut is computed; parseWorkbook adds them (the last needs
 * the trainee's Frånvaro rows).
 */
export type TraineeDraft = Omit<Trainee, 'id' | 'mainSupervisorId' | 'plannedEnd' | 'estimate'>;

export function parseTraineeRow(raw: RawRow, settings: Settings): RowRead<TraineeDraft> {
  const read = readTraineeCells(raw.cells);
  if (!read.ok) return read;
  const cells = read.values;
  const stStart = cells[TRAINEE_COL.stStart];
  const typedEnd = cells[TRAINEE_COL.plannedEnd];
  if (typedEnd !== null && !isAfter(typedEnd, stStart)) {
    return { ok: false, issues: [{ column: TRAINEE_COL.plannedEnd, message: VALIDATION.plannedEndNotAfterStart }] };
  }
  const draft: TraineeDraft = {
    row: raw.row,
    name: cells[TRAINEE_COL.name],
    email: cells[TRAINEE_COL.email],
    specialty: cells[TRAINEE_COL.specialty] || DEFAULT_SPECIALTY,
    unit: cells[TRAINEE_COL.unit],
    stStart,
    typedPlannedEnd: typedEnd,
    serviceLevel: cells[TRAINEE_COL.serviceLevel] ?? settings.defaultServiceLevel,
    studyDirector: cells[TRAINEE_COL.studyDirector],
    head: cells[TRAINEE_COL.head],
    status: cells[TRAINEE_COL.status] ?? 'Aktiv',
    iupDone: cells[TRAINEE_COL.iupDone],
    note: cells[TRAINEE_COL.note],
    regulation: regulationFor(stStart, cells[TRAINEE_COL.regulation]),
    btApproved: cells[TRAINEE_COL.btApproved],
  };
  return { ok: true, values: draft };
}

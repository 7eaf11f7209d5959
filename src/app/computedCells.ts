/**
 * Results as the cells of ST-koll's computed blocks, in the order of
 * TRAINEE_COMPUTED / SUPERVISOR_COMPUTED. Dates go out as `YYYY-MM-DD`
 * strings (Sheets reads them as that calendar day); blanks as ''.
 */
import type { SupervisorResult, TraineeResult } from '../domain/model';
import { SUPERVISOR_COMPUTED, TRAINEE_COMPUTED } from '../domain/sheetContract';
import { FLAG_SEPARATOR } from '../shared/messages';

export const TRAINEE_COMPUTED_HEADERS: readonly string[] = Object.values(TRAINEE_COMPUTED);
export const SUPERVISOR_COMPUTED_HEADERS: readonly string[] = Object.values(SUPERVISOR_COMPUTED);

function blankIfNull<T>(value: T | null): T | '' {
  return value === null ? '' : value;
}

/**
 * Delmål med intyg as `n/m`. Sheets would read '3/11' typed into a cell as a
 * date: setup gives the column the plain-text format `@` (sheetLayout.ts), so
 * the text stays text.
 */
export function delmalCell(delmal: TraineeResult['delmal']): string {
  return delmal ? `${delmal.covered}/${delmal.required}` : '';
}

export function traineeCells(result: TraineeResult, updated: Date): unknown[] {
  return [
    result.annualStatus,
    blankIfNull(result.nextAnnualDue),
    blankIfNull(result.lastSupervision),
    blankIfNull(result.supervisionHours12m),
    blankIfNull(result.sitIns12m),
    blankIfNull(result.estimatedEnd),
    delmalCell(result.delmal),
    result.flags.join(FLAG_SEPARATOR),
    updated,
  ];
}

export function supervisorCells(result: SupervisorResult): unknown[] {
  return [result.activeTrainees, result.flags.join(FLAG_SEPARATOR)];
}

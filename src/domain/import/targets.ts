/**
 * The ST-läkare columns an imported list may fill (PRODUCT.md §9): every user
 * column of the sheet contract except ID, which ST-koll assigns. Derived from
 * the contract, so a column added there is importable without a change here.
 */
import { SHEET_SPECS } from '../sheetLayout';
import { TRAINEE_COL } from '../sheetContract';

const traineeSpec = SHEET_SPECS.find((spec) => spec.key === 'trainees')!;

export const IMPORT_TARGETS: readonly string[] = traineeSpec.userHeaders.filter((header) => header !== TRAINEE_COL.id);

/** Without these nothing can be imported: every row would lack a required value. */
export const REQUIRED_TARGETS: readonly string[] = [TRAINEE_COL.name, TRAINEE_COL.stStart];

/**
 * Namn may be fed by several columns ('Förnamn' + 'Efternamn'), joined with a
 * space in column order; any other column takes one source column.
 */
export const MULTI_SOURCE_TARGETS: ReadonlySet<string> = new Set([TRAINEE_COL.name]);

/** Columns holding a date (read by the domain's date rules, written as YYYY-MM-DD). */
export const DATE_TARGETS: ReadonlySet<string> = new Set(
  Object.entries(traineeSpec.columnTypes).flatMap(([header, type]) => (type.kind === 'date' ? [header] : [])),
);

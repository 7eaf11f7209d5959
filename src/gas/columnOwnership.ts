/**
 * ST-koll marks every computed column it makes with developer metadata on
 * the whole column (key st-koll.column, value the header), which moves with
 * the column when columns are inserted, moved or deleted. Before it writes a
 * computed block it knows each column is its own:
 *
 * - the layout it last verified (computed header → column) is kept in the
 *   document properties, read with the settings in one call; a refresh whose
 *   layout is unchanged makes no further call;
 * - otherwise it reads the sheet's marks (one find per sheet), adopts an
 *   unmarked column that is empty or lies in the protection an earlier setup
 *   put on the computed block (workbooks set up before marks existed), marks
 *   it, and stores the new layout;
 * - an unmarked column holding data is someone's own: nothing is written and
 *   the user is told in Swedish which column to rename.
 *
 * Metadata reference: https://developers.google.com/apps-script/reference/spreadsheet/range#addDeveloperMetadata(String,String,DeveloperMetadataVisibility)
 * and https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder.
 * DOCUMENT visibility: the mark must survive a redeployment of the add-on
 * under another Cloud project (PROJECT metadata would vanish from view).
 */
import { UserError } from '../app/userError';
import {
  columnHoldsData,
  computedLayout,
  sameLayout,
  verdictOf,
  type ColumnLayout,
} from '../domain/columnOwnership';
import type { SheetSpec } from '../domain/sheetLayout';
import { ERROR } from '../shared/messages';
import { SETUP_PROTECTION_DESCRIPTION } from '../shared/messages/setup';
import { documentProperties } from './settingsStore';
import { headersOf } from './sheetTable';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const OWNED_COLUMN_KEY = 'st-koll.column';
export const OWNED_LAYOUT_PROPERTY = 'st-koll.ownedColumns';

/** A sheet whose computed block ST-koll is about to write, with its grid as read. */
export interface SheetToWrite {
  spec: SheetSpec;
  sheet: Sheet;
  grid: unknown[][];
}

type Layouts = Record<string, ColumnLayout>;

function storedLayouts(stored: Readonly<Record<string, string>>): Layouts {
  try {
    const parsed: unknown = JSON.parse(stored[OWNED_LAYOUT_PROPERTY] ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Layouts) : {};
  } catch {
    return {};
  }
}

/** Column → header of every column carrying ST-koll's mark (one find for the sheet). */
function markedColumns(sheet: Sheet): Map<number, string> {
  const marks = new Map<number, string>();
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(OWNED_COLUMN_KEY).find()) {
    const column = metadata.getLocation().getColumn();
    if (column) marks.set(column.getColumn(), metadata.getValue() ?? '');
  }
  return marks;
}

/** Columns covered by the warning-only protections an earlier setup made (found by their description). */
function setupProtectedColumns(sheet: Sheet): Set<number> {
  const columns = new Set<number>();
  for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (protection.getDescription() !== SETUP_PROTECTION_DESCRIPTION) continue;
    const range = protection.getRange();
    const first = range.getColumn();
    const last = first + range.getNumColumns() - 1;
    for (let c = first; c <= last; c++) columns.add(c);
  }
  return columns;
}

export interface OwnershipCheck {
  /** Computed columns without ST-koll's mark that it may take (empty, or set up before marks existed). */
  adopt: Array<{ header: string; column: number }>;
  foreign: Array<{ sheet: string; header: string }>;
}

/** Classifies every computed-named column of a sheet by reading its marks (and, when needed, setup's protections). */
export function checkSheet({ spec, sheet, grid }: SheetToWrite): OwnershipCheck {
  const headers = headersOf(grid);
  const marks = markedColumns(sheet);
  let protectedColumns: Set<number> | null = null;
  const check: OwnershipCheck = { adopt: [], foreign: [] };
  for (const [header, column] of Object.entries(computedLayout(spec, headers))) {
    const marked = marks.get(column) === header;
    const holdsData = !marked && columnHoldsData(grid, column);
    if (holdsData && !protectedColumns) protectedColumns = setupProtectedColumns(sheet);
    const inSetupProtection = protectedColumns?.has(column) ?? false;
    const verdict = verdictOf({ header, column, marked, holdsData, inSetupProtection });
    if (verdict === 'adopt') check.adopt.push({ header, column });
    if (verdict === 'foreign') check.foreign.push({ sheet: spec.name, header });
  }
  return check;
}

/** Marks `column` of `sheet` as ST-koll's `header` column (the whole column, so the mark moves with it). */
export function markColumn(sheet: Sheet, column: number, header: string, maxRows = sheet.getMaxRows()): void {
  sheet
    .getRange(1, column, maxRows, 1)
    .addDeveloperMetadata(OWNED_COLUMN_KEY, header, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
}

/** Stores the layouts now verified, keeping those of other sheets. */
export function storeLayouts(stored: Readonly<Record<string, string>>, verified: ReadonlyArray<{ spec: SheetSpec; headers: readonly string[] }>): void {
  const layouts = storedLayouts(stored);
  for (const { spec, headers } of verified) layouts[spec.name] = computedLayout(spec, headers);
  documentProperties().setProperty(OWNED_LAYOUT_PROPERTY, JSON.stringify(layouts));
}

/**
 * Before a refresh writes: every computed column it will write is ST-koll's,
 * or a Swedish UserError names the columns to rename and nothing is written.
 * No call at all when each sheet's layout is the one last verified.
 */
export function ensureOwnColumns(sheets: readonly SheetToWrite[], stored: Readonly<Record<string, string>>): void {
  const layouts = storedLayouts(stored);
  const changed = sheets.filter((s) => !sameLayout(computedLayout(s.spec, headersOf(s.grid)), layouts[s.spec.name]));
  if (changed.length === 0) return;
  const checks = changed.map((s) => ({ s, check: checkSheet(s) }));
  const foreign = checks.flatMap(({ check }) => check.foreign);
  if (foreign.length) throw new UserError(ERROR.foreignColumns(foreign));
  for (const { s, check } of checks) {
    if (check.adopt.length === 0) continue;
    const maxRows = s.sheet.getMaxRows();
    for (const { header, column } of check.adopt) markColumn(s.sheet, column, header, maxRows);
  }
  storeLayouts(stored, changed.map((s) => ({ spec: s.spec, headers: headersOf(s.grid) })));
}

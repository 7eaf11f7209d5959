/**
 * Setup step 0 and 1b: the computed columns are ST-koll's own. Before setup
 * changes anything, a computed-named column ST-koll did not make and that
 * holds data stops it with a Swedish message naming the column; afterwards
 * every computed column setup made, and every one it adopted (empty, or from
 * a workbook set up before marks existed), carries ST-koll's mark, and the
 * verified layout is stored for the refreshes (src/gas/columnOwnership.ts).
 */
import { UserError } from '../../app/userError';
import { REFRESHED_SHEETS, SHEET_SPECS } from '../../domain/sheetLayout';
import { ERROR } from '../../shared/messages';
import { checkSheet, markColumn, storeLayouts } from '../columnOwnership';
import type { PreparedSheet } from './sheetsAndHeaders';

/** Adopted computed headers by sheet name; throws when a computed-named column is someone's own. */
export function checkComputedColumns(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Map<string, Set<string>> {
  const adopted = new Map<string, Set<string>>();
  const foreign: Array<{ sheet: string; header: string }> = [];
  for (const spec of SHEET_SPECS) {
    if (spec.computedHeaders.length === 0 || !REFRESHED_SHEETS.includes(spec.key)) continue;
    const sheet = spreadsheet.getSheetByName(spec.name);
    if (!sheet || sheet.getLastColumn() === 0) continue;
    const check = checkSheet({ spec, sheet, grid: sheet.getDataRange().getValues() });
    foreign.push(...check.foreign);
    adopted.set(spec.name, new Set(check.adopt.map((a) => a.header)));
  }
  if (foreign.length) throw new UserError(ERROR.foreignColumns(foreign));
  return adopted;
}

/** Marks the computed columns setup made or adopted, at their places after setup, and stores the layout. */
export function markComputedColumns(
  sheets: readonly PreparedSheet[],
  adopted: ReadonlyMap<string, ReadonlySet<string>>,
  stored: Readonly<Record<string, string>>,
): void {
  const withBlocks = sheets.filter((p) => p.spec.computedHeaders.length > 0);
  for (const { spec, sheet, headers, added, maxRows } of withBlocks) {
    const toMark = spec.computedHeaders.filter((h) => added.includes(h) || adopted.get(spec.name)?.has(h));
    for (const header of toMark) markColumn(sheet, headers.indexOf(header) + 1, header, maxRows);
  }
  storeLayouts(stored, withBlocks);
}

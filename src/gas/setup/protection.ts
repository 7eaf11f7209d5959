/**
 * Setup step 5: each computed block is protected with a warning only (users
 * may override it; the next refresh rewrites the block). Setup finds its own
 * protections by description and adjusts them instead of stacking new ones.
 */
import { columnLetter, computedRuns, type ColumnRun } from '../../domain/sheetLayout';
import { SETUP_PROTECTION_DESCRIPTION } from '../../shared/messages/setup';
import type { PreparedSheet } from './sheetsAndHeaders';

/** Header row included, so the computed headers are not renamed by accident. */
function blockA1(run: ColumnRun, maxRows: number): string {
  return `${columnLetter(run.column)}1:${columnLetter(run.column + run.width - 1)}${maxRows}`;
}

export function protectComputedBlocks({ sheet, spec, headers, maxRows }: PreparedSheet): void {
  const runs = computedRuns(spec, headers);
  const own = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .filter((protection) => protection.getDescription() === SETUP_PROTECTION_DESCRIPTION);
  if (runs.length === 0 && own.length === 0) return;
  runs.forEach((run, i) => {
    const a1 = blockA1(run, maxRows);
    const protection = own[i];
    if (!protection) {
      sheet.getRange(a1).protect().setDescription(SETUP_PROTECTION_DESCRIPTION).setWarningOnly(true);
      return;
    }
    if (protection.getRange().getA1Notation() !== a1) protection.setRange(sheet.getRange(a1));
    if (!protection.isWarningOnly()) protection.setWarningOnly(true);
  });
  // More of ours than blocks (a block was joined up again): drop the surplus.
  own.slice(runs.length).forEach((protection) => protection.remove());
}

/**
 * Setup step 5: Målbeskrivning gets the a- and b-delmål it lacks
 * (domain/catalogueSeed.ts decides which), appended below the coordinator's rows.
 */
import { catalogueSeedRows } from '../../domain/catalogueSeed';
import type { CellValue } from '../../domain/model';
import { SHEET } from '../../domain/sheetContract';
import { appendRowsByHeader } from '../appendRows';
import { headersOf } from '../sheetTable';
import type { PreparedSheet } from './sheetsAndHeaders';

/** Returns how many rows were added. */
export function seedCatalogue({ sheet }: PreparedSheet): number {
  const grid = sheet.getDataRange().getValues();
  const headers = headersOf(grid);
  const existing = grid.slice(1).map((line) => {
    const cells: Record<string, CellValue> = {};
    headers.forEach((header, i) => {
      if (header !== '' && !(header in cells)) cells[header] = String(line[i] ?? '');
    });
    return cells;
  });
  const rows = catalogueSeedRows(existing);
  if (rows.length) appendRowsByHeader(SHEET.catalogue, sheet, rows);
  return rows.length;
}

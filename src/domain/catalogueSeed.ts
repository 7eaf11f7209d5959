/**
 * Setup's seeding of Målbeskrivning (PRODUCT.md §6): the a- and b-delmål of
 * both regulations, blank Specialitet, each unless the sheet already has a
 * row with that Föreskrift and code (any Specialitet, any case). Only ever
 * adds rows; what the coordinator wrote is never touched, so running setup
 * again adds nothing, and a row the coordinator renamed stays renamed.
 */
import { DELMAL_SEED } from '../shared/messages/catalogueSeed';
import { cellText } from './cells';
import { delmalKey } from './delmalCodes';
import type { CellValue } from './model';
import { CATALOGUE_COL, REGULATIONS } from './sheetContract';

function seedKey(regulation: string, code: string): string {
  return `${regulation.trim().toLowerCase()}|${delmalKey(code)}`;
}

/** The rows to append, keyed by header, in regulation and code order. */
export function catalogueSeedRows(existing: ReadonlyArray<Record<string, CellValue>>): Record<string, string>[] {
  const present = new Set(
    existing.map((cells) => seedKey(cellText(cells[CATALOGUE_COL.regulation]), cellText(cells[CATALOGUE_COL.delmal]))),
  );
  const rows: Record<string, string>[] = [];
  for (const regulation of REGULATIONS) {
    for (const [code, title] of DELMAL_SEED[regulation]) {
      if (present.has(seedKey(regulation, code))) continue;
      rows.push({
        [CATALOGUE_COL.regulation]: regulation,
        [CATALOGUE_COL.specialty]: '',
        [CATALOGUE_COL.delmal]: code,
        [CATALOGUE_COL.title]: title,
      });
    }
  }
  return rows;
}

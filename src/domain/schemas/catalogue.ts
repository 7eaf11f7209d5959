/** The Målbeskrivning row (PRODUCT.md §6): one delmål of a regulation. */
import { VALIDATION } from '../../shared/messages/validation';
import { cellText, readText, requiredChoiceReader, type CellReader } from '../cells';
import { isSingleDelmalCode } from '../delmalCodes';
import type { CatalogueEntry, RawRow } from '../model';
import { CATALOGUE_COL, REGULATIONS } from '../sheetContract';
import { fastRowReader, rowSchema, type RowRead } from './row';

/** Delmål in the catalogue: exactly one code (an Intyg cell may hold several). */
export const readCatalogueCode: CellReader<string> = (cell) => {
  const text = cellText(cell);
  if (text === '') return { ok: false, message: VALIDATION.requiredText };
  return isSingleDelmalCode(text) ? { ok: true, value: text } : { ok: false, message: VALIDATION.catalogueCodeNotSingle(text) };
};

export const CATALOGUE_READERS = {
  [CATALOGUE_COL.regulation]: requiredChoiceReader(REGULATIONS),
  [CATALOGUE_COL.specialty]: readText,
  [CATALOGUE_COL.delmal]: readCatalogueCode,
  [CATALOGUE_COL.title]: readText,
};

export const catalogueRowSchema = /* @__PURE__ */ rowSchema(CATALOGUE_READERS);

const readCatalogueCells = fastRowReader(CATALOGUE_READERS);

export function parseCatalogueRow(raw: RawRow): RowRead<CatalogueEntry> {
  const read = readCatalogueCells(raw.cells);
  if (!read.ok) return read;
  const cells = read.values;
  return {
    ok: true,
    values: {
      row: raw.row,
      regulation: cells[CATALOGUE_COL.regulation],
      specialty: cells[CATALOGUE_COL.specialty],
      code: cells[CATALOGUE_COL.delmal],
      title: cells[CATALOGUE_COL.title],
    },
  };
}

/**
 * The Överenskommelser row (PRODUCT.md §1): its columns, its zod schema, and
 * the defaults and cross-column rules applied once every cell has been read.
 * Skapad is not read: ST-koll writes it, and it may hold a timestamp.
 */
import { VALIDATION } from '../../shared/messages/validation';
import {
  cellText,
  choiceReader,
  numberReader,
  readDate,
  readRequiredDate,
  readRequiredReference,
  readText,
  type CellReader,
} from '../cells';
import { isAfter } from '../dates';
import type { Agreement, RawRow } from '../model';
import type { Settings } from '../settings';
import { AGREEMENT_COL, AGREEMENT_STATUS, BUILT_IN_TEMPLATES, FREQUENCY } from '../sheetContract';
import { fastRowReader, rowSchema, type RowRead } from './row';

const DEFAULT_TEMPLATE = 'allmanmedicin';
/** Google Doc IDs are long runs of these characters; 25 keeps short typos out. */
const DOC_ID = /^[A-Za-z0-9_-]{25,}$/;
const DOC_URL = /^https:\/\/docs\.google\.com\/document\/(?:u\/\d+\/)?d\/[A-Za-z0-9_-]{25,}(?:[/?#]\S*)?$/;

const builtInByLowerCase = new Map<string, string>(BUILT_IN_TEMPLATES.map((id) => [id.toLowerCase(), id]));

/**
 * Mall: blank is the default template; a built-in id (any case) comes back
 * canonical; a Google Doc URL or bare doc ID is kept as typed for the
 * generator to open. Anything else is refused before a generation fails on it.
 */
export const readTemplate: CellReader<string> = (cell) => {
  const text = cellText(cell);
  if (text === '') return { ok: true, value: DEFAULT_TEMPLATE };
  const builtIn = builtInByLowerCase.get(text.toLowerCase());
  if (builtIn) return { ok: true, value: builtIn };
  if (DOC_URL.test(text) || DOC_ID.test(text)) return { ok: true, value: text };
  return { ok: false, message: VALIDATION.invalidTemplate(text, BUILT_IN_TEMPLATES) };
};

/** The ID column is left to parseWorkbook (assignment and duplicates span rows). */
export const AGREEMENT_READERS = {
  [AGREEMENT_COL.trainee]: readRequiredReference,
  [AGREEMENT_COL.supervisor]: readRequiredReference,
  [AGREEMENT_COL.template]: readTemplate,
  [AGREEMENT_COL.frequency]: choiceReader(FREQUENCY),
  [AGREEMENT_COL.sitInsPerYear]: numberReader({ min: 0, integer: true }),
  [AGREEMENT_COL.validFrom]: readRequiredDate,
  [AGREEMENT_COL.validTo]: readDate,
  [AGREEMENT_COL.signed]: readDate,
  [AGREEMENT_COL.status]: choiceReader(AGREEMENT_STATUS),
  [AGREEMENT_COL.document]: readText,
};

/** The declared contract of the row, for single rows (sidebar input) and tests. */
export const agreementRowSchema = /* @__PURE__ */ rowSchema(AGREEMENT_READERS);

/** The same readers without zod's per-row cost; parseWorkbook reads whole sheets with it. */
const readAgreementCells = fastRowReader(AGREEMENT_READERS);

/**
 * A valid agreement row before its ID is settled and its references are
 * resolved; parseWorkbook adds them (it reads the reference cells itself).
 */
export type AgreementDraft = Omit<Agreement, 'id' | 'traineeId' | 'supervisorId'>;

export function parseAgreementRow(raw: RawRow, settings: Settings): RowRead<AgreementDraft> {
  const read = readAgreementCells(raw.cells);
  if (!read.ok) return read;
  const cells = read.values;
  const validFrom = cells[AGREEMENT_COL.validFrom];
  const validTo = cells[AGREEMENT_COL.validTo];
  if (validTo !== null && !isAfter(validTo, validFrom)) {
    return { ok: false, issues: [{ column: AGREEMENT_COL.validTo, message: VALIDATION.validToNotAfterFrom }] };
  }
  const draft: AgreementDraft = {
    row: raw.row,
    template: cells[AGREEMENT_COL.template],
    frequency: cells[AGREEMENT_COL.frequency] ?? settings.defaultFrequency,
    sitInsPerYear: cells[AGREEMENT_COL.sitInsPerYear] ?? settings.defaultAgreementSitIns,
    validFrom,
    validTo,
    signed: cells[AGREEMENT_COL.signed],
    status: cells[AGREEMENT_COL.status] ?? 'Utkast',
    document: cells[AGREEMENT_COL.document],
  };
  return { ok: true, values: draft };
}

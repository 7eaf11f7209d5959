/**
 * Which rows "create every missing agreement" concerns: every valid
 * Överenskommelser row without a Dokument (rows marked Ersatt are left alone),
 * and the rows without a Dokument that fail validation, with their problems,
 * so none is silently passed over. The flow itself is src/app/agreementBatch.ts.
 */
import { cellText } from '../domain/cells';
import type { Agreement, ParsedWorkbook, RawRow, RawWorkbook } from '../domain/model';
import { AGREEMENT_READERS } from '../domain/schemas/agreement';
import { AGREEMENT_COL, SHEET } from '../domain/sheetContract';
import type { RowProblem } from '../shared/messages/agreement';
import { isReplaced } from './generateAgreement';

const readAgreementStatus = AGREEMENT_READERS[AGREEMENT_COL.status];

/** The agreements a "create every missing agreement" run works through, in row order. */
export function missingAgreements(parsed: ParsedWorkbook): Agreement[] {
  return parsed.workbook.agreements
    .filter((a) => a.document.trim() === '' && !isReplaced(a.status))
    .sort((a, b) => a.row - b.row);
}

/** A row of Överenskommelser that failed validation, with its problems. */
export interface InvalidAgreementRow {
  row: number;
  problems: RowProblem[];
}

/**
 * The rows a "create every missing agreement" run cannot make a document from
 * yet: they failed validation (parseWorkbook left them out), have no Dokument
 * and are not marked Ersatt. In row order, each with its validation problems.
 */
export function invalidMissingAgreements(raw: RawWorkbook, parsed: ParsedWorkbook): InvalidAgreementRow[] {
  const problemsByRow = new Map<number, RowProblem[]>();
  for (const { sheet, row, column, message } of parsed.issues) {
    if (sheet !== SHEET.agreements) continue;
    const problems = problemsByRow.get(row) ?? [];
    problems.push({ column, message });
    problemsByRow.set(row, problems);
  }
  return raw.agreements
    .filter(
      (r) =>
        problemsByRow.has(r.row) &&
        cellText(r.cells[AGREEMENT_COL.document]) === '' &&
        !isReplacedCell(r.cells[AGREEMENT_COL.status]),
    )
    .map((r) => ({ row: r.row, problems: problemsByRow.get(r.row)! }))
    .sort((a, b) => a.row - b.row);
}

/** A raw Status cell read as the schema reads it ('ersatt' is Ersatt); a cell that does not read is not Ersatt. */
function isReplacedCell(cell: RawRow['cells'][string] | undefined): boolean {
  const status = readAgreementStatus(cell);
  return status.ok && status.value !== null && isReplaced(status.value);
}

/**
 * Which agreement a trainee's row stands for when generating a document: the
 * agreement in force today (rule of PRODUCT.md §1, defined once in
 * rules/agreementInForce.ts), else the trainee's latest agreement — a draft
 * not yet signed is exactly the one a coordinator wants printed.
 */
import type { Agreement, IsoDate, ValidationIssue } from '../model';
import { agreementInForce } from '../rules/agreementInForce';
import { SHEET } from '../sheetContract';

function latestFirst(a: Agreement, b: Agreement): number {
  if (a.validFrom !== b.validFrom) return a.validFrom < b.validFrom ? 1 : -1;
  return b.row - a.row;
}

export function agreementForTrainee(agreements: Agreement[], traineeId: string, today: IsoDate): Agreement | null {
  const own = agreements.filter((a) => a.traineeId === traineeId);
  return agreementInForce(own, today) ?? own.sort(latestFirst)[0] ?? null;
}

/**
 * The Överenskommelser rows that failed validation and concern this trainee
 * (the rows parseWorkbook left out, found through their issues), latest row
 * last. A trainee whose only agreement rows are invalid is told which row to
 * fix rather than that no agreement exists.
 */
export function invalidAgreementRowsOfTrainee(issues: readonly ValidationIssue[], traineeId: string): number[] {
  const rows = new Set<number>();
  for (const issue of issues) {
    if (issue.sheet === SHEET.agreements && issue.traineeIds.includes(traineeId)) rows.add(issue.row);
  }
  return Array.from(rows).sort((a, b) => a - b);
}

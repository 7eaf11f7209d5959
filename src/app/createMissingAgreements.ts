/**
 * Use case "create every missing agreement": one document for every valid
 * Överenskommelser row that has no Dokument yet (rows marked Ersatt are left
 * alone). A row without a Dokument that fails validation cannot become a
 * document yet: the summary names it with the reason, so it is never silently
 * passed over.
 *
 * How it resumes: each row's Dokument/Skapad/Status is written right after its
 * document is made, so the sheet itself is the bookmark. A run stops before
 * its time budget (well under Apps Script's 6-minute limit) and reports how
 * many rows remain; running the command again re-reads the sheet, skips every
 * row that now has a document and carries on with the rest. A row that fails
 * is reported and tried again on the next run.
 */
import { planAgreementById } from '../domain/agreement';
import { cellText } from '../domain/cells';
import type { Agreement, ParsedWorkbook, RawRow, RawWorkbook } from '../domain/model';
import { AGREEMENT_READERS } from '../domain/schemas/agreement';
import { AGREEMENT_COL, SHEET } from '../domain/sheetContract';
import { AGREEMENT_MSG, type RowProblem } from '../shared/messages/agreement';
import {
  isReplaced,
  produceAgreementDocument,
  type AgreementSnapshot,
  type GenerateAgreementPorts,
} from './generateAgreement';
import { UserError } from './userError';

/** Four minutes: a run ends with two minutes to spare before Apps Script's limit. */
export const BATCH_TIME_BUDGET_MS = 4 * 60 * 1000;

const readAgreementStatus = AGREEMENT_READERS[AGREEMENT_COL.status];

export interface BatchPorts extends GenerateAgreementPorts {
  /** Milliseconds on a monotonic-enough clock (Date.now in Apps Script). */
  elapsedMs(): number;
}

export interface BatchReport {
  created: Array<{ row: number; name: string; url: string; warnings: string[] }>;
  /** In row order: rows that failed validation, and rows whose document could not be made. */
  failed: Array<{ row: number; message: string }>;
  /** Rows left for the next run because the time budget ran out. */
  remaining: number;
}

export function createMissingAgreements(
  snapshot: AgreementSnapshot,
  ports: BatchPorts,
  options: { pdf: boolean; budgetMs?: number },
): BatchReport {
  const budget = options.budgetMs ?? BATCH_TIME_BUDGET_MS;
  const queue = missingAgreements(snapshot.parsed);
  const report: BatchReport = { created: [], failed: [], remaining: 0 };
  let slowest = 0;
  for (let i = 0; i < queue.length; i++) {
    const started = ports.elapsedMs();
    // Start a document only if one as slow as the slowest so far still fits.
    if (started + slowest > budget) {
      report.remaining = queue.length - i;
      break;
    }
    const agreement = queue[i];
    const planned = planAgreementById(snapshot.raw, snapshot.parsed, agreement.id, snapshot.today, snapshot.settings);
    if (!planned.ok) {
      report.failed.push({ row: agreement.row, message: planned.message });
      continue;
    }
    try {
      const created = produceAgreementDocument(planned.plan, 1, options.pdf, ports);
      report.created.push({ row: agreement.row, name: created.name, url: created.url, warnings: created.warnings });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      report.failed.push({ row: agreement.row, message: error.message });
    }
    slowest = Math.max(slowest, ports.elapsedMs() - started);
  }
  for (const invalid of invalidMissingAgreements(snapshot.raw, snapshot.parsed)) {
    report.failed.push({ row: invalid.row, message: AGREEMENT_MSG.invalidRowReasons(invalid.problems) });
  }
  report.failed.sort((a, b) => a.row - b.row);
  return report;
}

/** The Swedish summary of a run, failures listed under it. */
export function batchReportText(report: BatchReport): string {
  if (!report.created.length && !report.failed.length && !report.remaining) return AGREEMENT_MSG.batchNothingToDo;
  const lines = [AGREEMENT_MSG.batchSummary(report.created.length, report.failed.length, report.remaining)];
  for (const failure of report.failed) lines.push(AGREEMENT_MSG.batchFailure(failure.row, failure.message));
  for (const created of report.created) for (const warning of created.warnings) lines.push(AGREEMENT_MSG.batchFailure(created.row, warning));
  return lines.join('\n');
}

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

/**
 * Use case "create every missing agreement" as a flow the sidebar drives
 * (issue #12): first a plan (which rows get a document, which are skipped and
 * why), then steps of a few documents each, so that every server call stays
 * well under 30 s on real Docs and the sidebar can show progress and stop.
 *
 * Resuming needs no bookmark: each row's Dokument is written as soon as its
 * document is complete, so a new plan lists only what is still missing. A
 * step re-reads the sheet under the document lock and skips a row that has a
 * Dokument by now, so two coordinators never make two documents for one row.
 */
import { planAgreementById } from '../domain/agreement';
import { cellText } from '../domain/cells';
import type { ParsedWorkbook, RawWorkbook } from '../domain/model';
import { AGREEMENT_COL } from '../domain/sheetContract';
import type { AgreementBatchPlanDto, AgreementStepResultDto, BatchRowDto } from '../shared/api';
import { AGREEMENT_MSG } from '../shared/messages/agreement';
import { AGREEMENT_BATCH_MSG } from '../shared/messages/agreementBatch';
import { invalidMissingAgreements, missingAgreements } from './createMissingAgreements';
import { isReplaced, produceAgreementDocument, type AgreementSnapshot, type GenerateAgreementPorts } from './generateAgreement';
import { UserError } from './userError';

/** The trainee's name, or '' when the row names no valid trainee. */
function traineeNameOf(parsed: ParsedWorkbook, traineeId: string): string {
  return parsed.workbook.trainees.find((t) => t.id === traineeId)?.name ?? '';
}

/** An invalid row as the plan lists it: its ID, and its trainee's name (else the cell as typed). */
function invalidRowDto(raw: RawWorkbook, parsed: ParsedWorkbook, row: number): BatchRowDto {
  const cells = raw.agreements.find((r) => r.row === row)?.cells ?? {};
  const traineeCell = cellText(cells[AGREEMENT_COL.trainee]);
  return { id: cellText(cells[AGREEMENT_COL.id]), row, traineeName: traineeNameOf(parsed, traineeCell) || traineeCell };
}

/**
 * What a run would do now. `unwrittenIds`: IDs the parse assigned that could
 * not be written to the sheet (a step could not find those rows).
 */
export function planAgreementBatch(snapshot: AgreementSnapshot, unwrittenIds: ReadonlySet<string>): AgreementBatchPlanDto {
  const { raw, parsed, today, settings } = snapshot;
  const toCreate: BatchRowDto[] = [];
  const skipped: AgreementBatchPlanDto['skipped'] = [];
  for (const agreement of missingAgreements(parsed)) {
    const row = { id: agreement.id, row: agreement.row, traineeName: traineeNameOf(parsed, agreement.traineeId) };
    if (unwrittenIds.has(agreement.id)) {
      skipped.push({ ...row, reason: AGREEMENT_BATCH_MSG.idNotWritten });
      continue;
    }
    const planned = planAgreementById(raw, parsed, agreement.id, today, settings);
    if (planned.ok) toCreate.push(row);
    else skipped.push({ ...row, reason: planned.message });
  }
  for (const invalid of invalidMissingAgreements(raw, parsed)) {
    skipped.push({ ...invalidRowDto(raw, parsed, invalid.row), reason: AGREEMENT_MSG.invalidRowReasons(invalid.problems) });
  }
  skipped.sort((a, b) => a.row - b.row);
  const withDocument = parsed.workbook.agreements.filter((a) => a.document.trim() !== '' && !isReplaced(a.status)).length;
  return { toCreate, skipped, withDocument, chunkSize: settings.agreementBatchSize };
}

/**
 * One step: a document for each agreement ID, in order, from a snapshot read
 * under the document lock (the caller holds it for the whole step). Each row
 * is all-or-nothing: a failure trashes what was made and leaves the row as it
 * was, and the next ID is still tried.
 */
export function runAgreementStep(
  snapshot: AgreementSnapshot,
  agreementIds: readonly string[],
  ports: GenerateAgreementPorts,
  pdf: boolean,
): AgreementStepResultDto[] {
  return agreementIds.map((id) => stepRow(snapshot, id, ports, pdf));
}

function stepRow(snapshot: AgreementSnapshot, id: string, ports: GenerateAgreementPorts, pdf: boolean): AgreementStepResultDto {
  const { raw, parsed, today, settings } = snapshot;
  const agreement = parsed.workbook.agreements.find((a) => a.id === id);
  // Made meanwhile (another coordinator, or this one in another tab): never a second document.
  if (agreement && agreement.document.trim() !== '') return { id, outcome: 'skipped', reason: AGREEMENT_BATCH_MSG.hasDocument };
  if (agreement && isReplaced(agreement.status)) return { id, outcome: 'skipped', reason: AGREEMENT_BATCH_MSG.replaced };
  const planned = planAgreementById(raw, parsed, id, today, settings);
  if (!planned.ok) return { id, outcome: 'failed', reason: planned.message };
  try {
    const created = produceAgreementDocument(planned.plan, 1, pdf, ports);
    return { id, outcome: 'created', name: created.name, url: created.url, pdfUrl: created.pdfUrl, warnings: created.warnings };
  } catch (error) {
    // Any failure stays this row's: the rows after it are still tried.
    if (error instanceof UserError) return { id, outcome: 'failed', reason: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    return { id, outcome: 'failed', reason: AGREEMENT_MSG.failedAndUndone(detail) };
  }
}

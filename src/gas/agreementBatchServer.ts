/**
 * "Skapa alla saknade överenskommelser" (issue #12): the menu item opens the
 * sidebar's batch flow; the flow calls planMissingAgreements once, then
 * createAgreementsStep with a few IDs at a time (at most the setting
 * agreementBatchSize), showing progress between the calls.
 */
import * as z from 'zod';
import { planAgreementBatch, runAgreementStep } from '../app/agreementBatch';
import type { AgreementBatchPlanDto, AgreementStepResultDto, Result } from '../shared/api';
import { AGREEMENT_BATCH_MSG } from '../shared/messages/agreementBatch';
import { loadWorkbook, rowPort } from './agreementEntryPoints';
import { createDocumentPort } from './agreements/documentPort';
import { pdfByDefault } from './agreements/output';
import { runFromMenu, serverCall } from './feedback';
import { loadSettings } from './settingsStore';
import { openSidebar } from './sidebar';
import { withDocumentLock } from './workbookIO';

/** Menu: the sidebar opens on the batch flow, which shows its plan at once. */
export function createMissingAgreements(): void {
  runFromMenu(() => openSidebar('agreement-batch'));
}

export function planMissingAgreements(): Result<{ plan: AgreementBatchPlanDto }> {
  return serverCall(() => {
    // A step finds rows by ID: the IDs ST-koll assigns to new rows are written here.
    const { snapshot, unwrittenIds } = loadWorkbook();
    return { ok: true, plan: planAgreementBatch(snapshot, unwrittenIds) };
  });
}

const stepInputSchema = z.object({ agreementIds: z.array(z.string().trim().min(1).max(200)).min(1).max(100) });

export function createAgreementsStep(input: unknown): Result<{ results: AgreementStepResultDto[] }> {
  return serverCall<{ results: AgreementStepResultDto[] }>(() => {
    const parsed = stepInputSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: AGREEMENT_BATCH_MSG.badInput };
    const max = loadSettings().agreementBatchSize;
    if (parsed.data.agreementIds.length > max) return { ok: false, message: AGREEMENT_BATCH_MSG.tooMany(max) };
    const ids = [...new Set(parsed.data.agreementIds)];
    const pdf = pdfByDefault();
    const documents = createDocumentPort();
    // The whole step under the lock, read inside it: a row another coordinator
    // gave a Dokument a moment ago is seen here and skipped.
    const results = withDocumentLock(() => {
      // No new IDs here (the plan wrote them), so the lock is never taken twice.
      const { snapshot, agreementsTable } = loadWorkbook(false);
      return runAgreementStep(snapshot, ids, { documents, rows: rowPort(agreementsTable, true), now: () => new Date() }, pdf);
    });
    return { ok: true, results };
  });
}

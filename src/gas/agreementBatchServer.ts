/**
 * "Skapa alla saknade överenskommelser" (issue #12): the menu item opens the
 * sidebar's batch flow; the flow calls planMissingAgreements once, then
 * createAgreementsStep with a few IDs at a time (at most the setting
 * agreementBatchSize), showing progress between the calls.
 */
import * as z from 'zod';
import { planAgreementBatch, runAgreementStep } from '../app/agreementBatch';
import type { AgreementSnapshot } from '../app/generateAgreement';
import { parseWorkbook } from '../domain/parseWorkbook';
import { SHEET } from '../domain/sheetContract';
import type { AgreementBatchPlanDto, AgreementStepResultDto, Result } from '../shared/api';
import { AGREEMENT_BATCH_MSG } from '../shared/messages/agreementBatch';
import { rowPort } from './agreementEntryPoints';
import { createDocumentPort } from './agreements/documentPort';
import { pdfByDefault } from './agreements/output';
import { runFromMenu, serverCall } from './feedback';
import { loadSettings } from './settingsStore';
import { openSidebar } from './sidebar';
import { loadSnapshot } from './snapshot';
import { persistAssignedIds, withDocumentLock, type WorkbookTables } from './workbookIO';

/** Menu: the sidebar opens on the batch flow, which shows its plan at once. */
export function createMissingAgreements(): void {
  runFromMenu(() => openSidebar('agreement-batch'));
}

interface AgreementsRead {
  snapshot: AgreementSnapshot;
  tables: WorkbookTables;
}

function readAgreements(): AgreementsRead {
  const read = loadSnapshot();
  const { wb, settings } = read;
  const parsed = parseWorkbook(read.raw, wb.today, settings);
  return { snapshot: { raw: read.raw, parsed, today: wb.today, settings }, tables: read.tables };
}

export function planMissingAgreements(): Result<{ plan: AgreementBatchPlanDto }> {
  return serverCall(() => {
    const { snapshot, tables } = readAgreements();
    // A step finds rows by ID: the IDs ST-koll assigns to new rows are written first.
    const assigned = snapshot.parsed.assignedIds.filter((a) => a.sheet === SHEET.agreements);
    const unwritten = persistAssignedIds(tables, assigned);
    return { ok: true, plan: planAgreementBatch(snapshot, unwritten) };
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
      const { snapshot, tables } = readAgreements();
      return runAgreementStep(snapshot, ids, { documents, rows: rowPort(tables.agreements, true), now: () => new Date() }, pdf);
    });
    return { ok: true, results };
  });
}

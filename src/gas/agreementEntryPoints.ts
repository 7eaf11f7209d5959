/**
 * Entry points of agreement generation (PRODUCT.md §3 and §4):
 *  - generateAgreementForSelection(): menu; the selected Överenskommelser row,
 *    or the agreement in force (else the latest) of the selected ST-läkare row
 *    (else the trainee's last invalid row, to say what to fix);
 *    when the row already has a document the user chooses: open it or make a
 *    new version.
 *  - generateAgreement(input): sidebar; untrusted input checked with zod;
 *    returns plain JSON.
 *  - createMissingAgreements(): menu; opens the sidebar's batch flow
 *    (src/gas/agreementBatchServer.ts).
 */
import * as z from 'zod';
import {
  generateAgreement as runGenerate,
  type AgreementRowPort,
  type AgreementSelector,
  type AgreementSnapshot,
  type GenerateAgreementOutcome,
  type GenerateAgreementPorts,
} from '../app/generateAgreement';
import { UserError } from '../app/userError';
import { agreementForTrainee, invalidAgreementRowsOfTrainee } from '../domain/agreement';
import { parseWorkbook } from '../domain/parseWorkbook';
import { AGREEMENT_COL, SHEET } from '../domain/sheetContract';
import type { ExistingDocumentChoice } from '../shared/api';
import { ERROR } from '../shared/messages';
import { AGREEMENT_MSG } from '../shared/messages/agreement';
import { createDocumentPort } from './agreements/documentPort';
import { agreementFolderUnreachable, pdfByDefault, useOwnAgreementFolder } from './agreements/output';
import { alertUser, runFromMenu, serverCall } from './feedback';
import { dialogHtml, escapeHtml } from './html';
import { loadSnapshot } from './snapshot';
import type { SheetTable } from './sheetTable';
import { persistAssignedIds, withDocumentLock, writeRowCellsById } from './workbookIO';

export interface LoadedWorkbook {
  snapshot: AgreementSnapshot;
  agreementsTable: SheetTable;
  /** IDs the parse assigned to agreement rows that could not be written (no row can be found by them). */
  unwrittenIds: Set<string>;
}

/**
 * One read of the workbook. IDs ST-koll assigned to agreement rows are written
 * first (taking the lock), so rows can be found by ID; a caller that already
 * holds the lock and needs no new ID passes `persistIds` false.
 */
export function loadWorkbook(persistIds = true): LoadedWorkbook {
  const read = loadSnapshot();
  const { wb, settings } = read;
  const parsed = parseWorkbook(read.raw, wb.today, settings);
  const assigned = parsed.assignedIds.filter((a) => a.sheet === SHEET.agreements);
  const unwrittenIds = persistIds ? persistAssignedIds(read.tables, assigned) : new Set<string>();
  return { snapshot: { raw: read.raw, parsed, today: wb.today, settings }, agreementsTable: read.tables.agreements, unwrittenIds };
}

/**
 * Writes an agreement's Dokument/Skapad/Status to the row holding its ID now.
 * `alreadyLocked`: the caller holds the document lock for the whole step
 * (the batch), so the write must not take and release it again.
 */
export function rowPort(table: SheetTable, alreadyLocked = false): AgreementRowPort {
  return {
    write(agreementId, cells) {
      const values: Record<string, unknown> = {
        [AGREEMENT_COL.document]: cells.document,
        [AGREEMENT_COL.created]: cells.created,
      };
      if (cells.status) values[AGREEMENT_COL.status] = cells.status;
      const write = () => writeRowCellsById(table, agreementId, values);
      return alreadyLocked ? write() : withDocumentLock(write);
    },
  };
}

function portsFor(table: SheetTable, documents = createDocumentPort()): GenerateAgreementPorts {
  return { documents, rows: rowPort(table), now: () => new Date() };
}

// ---------------------------------------------------------------- menu

/** The agreement the selection stands for, or a Swedish reason why there is none. */
function selectedAgreement(snapshot: AgreementSnapshot): AgreementSelector {
  const range = SpreadsheetApp.getActiveRange();
  const row = range ? range.getRow() : 0;
  const name = range ? range.getSheet().getName() : '';
  if (row < 2 || (name !== SHEET.agreements && name !== SHEET.trainees)) throw new UserError(ERROR.noSelection);
  const { workbook } = snapshot.parsed;
  if (name === SHEET.agreements) {
    const agreement = workbook.agreements.find((a) => a.row === row);
    return agreement ? { kind: 'id', id: agreement.id } : { kind: 'row', row };
  }
  const trainee = workbook.trainees.find((t) => t.row === row);
  if (!trainee) throw new UserError(AGREEMENT_MSG.traineeRowInvalid(row));
  const agreement = agreementForTrainee(workbook.agreements, trainee.id, snapshot.today);
  if (agreement) return { kind: 'id', id: agreement.id };
  // No usable agreement: a row that fails validation gets the same message as when it is selected itself.
  const invalidRows = invalidAgreementRowsOfTrainee(snapshot.parsed.issues, trainee.id);
  if (invalidRows.length) return { kind: 'row', row: invalidRows[invalidRows.length - 1] };
  throw new UserError(AGREEMENT_MSG.noAgreementForTrainee(trainee.name));
}

export function generateAgreementForSelection(): void {
  runFromMenu(() => {
    const pdf = pdfByDefault();
    let documents = createDocumentPort();
    let loaded = loadWorkbook();
    const select = selectedAgreement(loaded.snapshot);
    let onExisting: ExistingDocumentChoice = 'ask';
    let outcome = runGenerate(loaded.snapshot, { select, onExisting, pdf }, portsFor(loaded.agreementsTable, documents));
    if (outcome.ok && outcome.outcome === 'exists') {
      const ui = SpreadsheetApp.getUi();
      const answer = ui.alert(AGREEMENT_MSG.dialogTitle, AGREEMENT_MSG.existsQuestion(outcome.name), ui.ButtonSet.YES_NO_CANCEL);
      if (answer === ui.Button.YES) {
        // Read again: the user may have edited while the question was open.
        loaded = loadWorkbook();
        onExisting = 'new-version';
        outcome = runGenerate(loaded.snapshot, { select, onExisting, pdf }, portsFor(loaded.agreementsTable, documents));
      } else if (answer === ui.Button.NO) {
        outcome = { ok: true, outcome: 'opened', url: outcome.url };
      } else {
        return;
      }
    }
    if (outcome.ok && outcome.outcome === 'folder-unreachable') {
      if (!ownFolderAgreed()) return;
      documents = createDocumentPort();
      loaded = loadWorkbook();
      outcome = runGenerate(loaded.snapshot, { select, onExisting, pdf }, portsFor(loaded.agreementsTable, documents));
    }
    showOutcome(outcome);
  });
}

/**
 * The workbook's folder is a colleague's: asks (Ja/Nej) whether to use a folder
 * of the user's own. Yes creates it (for this user and workbook only); No says
 * nothing was made. The shared setting is left as it is either way.
 */
function ownFolderAgreed(): boolean {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(AGREEMENT_MSG.dialogTitle, AGREEMENT_MSG.folderOfColleague + AGREEMENT_MSG.folderQuestionMenu, ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) {
    ui.alert(AGREEMENT_MSG.dialogTitle, AGREEMENT_MSG.folderKept, ui.ButtonSet.OK);
    return false;
  }
  useOwnAgreementFolder();
  return true;
}

function showOutcome(outcome: GenerateAgreementOutcome): void {
  if (!outcome.ok) {
    alertUser(outcome.message);
    return;
  }
  const parts: string[] = [];
  if (outcome.outcome === 'created') {
    parts.push(`<p>${escapeHtml(AGREEMENT_MSG.createdIntro)}<br><b>${escapeHtml(outcome.name)}</b></p>`);
    parts.push(link(outcome.url, AGREEMENT_MSG.openLink));
    if (outcome.pdfUrl) parts.push(link(outcome.pdfUrl, AGREEMENT_MSG.openPdf));
    for (const warning of outcome.warnings ?? []) parts.push(`<p class="warn">${escapeHtml(warning)}</p>`);
  } else if (outcome.outcome === 'folder-unreachable') {
    alertUser(outcome.message);
    return;
  } else {
    parts.push(`<p>${escapeHtml(AGREEMENT_MSG.existingIntro)}</p>`);
    parts.push(link(outcome.url, AGREEMENT_MSG.openLink));
  }
  const html = HtmlService.createHtmlOutput(dialogHtml(parts.join(''))).setWidth(420).setHeight(200);
  SpreadsheetApp.getUi().showModalDialog(html, AGREEMENT_MSG.dialogTitle);
}

function link(url: string, text: string): string {
  return `<p><a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(text)}</a></p>`;
}


// ---------------------------------------------------------------- sidebar

const CHOICES: readonly [ExistingDocumentChoice, ...ExistingDocumentChoice[]] = ['ask', 'open-existing', 'new-version'];

const generateInputSchema = z.object({
  agreementId: z.string().trim().min(1).max(200),
  onExisting: z.enum(CHOICES),
  pdf: z.boolean().optional(),
  folder: z.literal('own').optional(),
});

export function generateAgreement(input: unknown): GenerateAgreementOutcome {
  return serverCall(() => {
    const parsedInput = generateInputSchema.safeParse(input);
    if (!parsedInput.success) return { ok: false, message: AGREEMENT_MSG.badInput };
    const { agreementId, onExisting, pdf, folder } = parsedInput.data;
    // The user said yes to a folder of their own (asked after a 'folder-unreachable' outcome).
    if (folder === 'own' && agreementFolderUnreachable()) useOwnAgreementFolder();
    const loaded = loadWorkbook();
    const outcome = runGenerate(
      loaded.snapshot,
      { select: { kind: 'id', id: agreementId }, onExisting, pdf: pdf ?? pdfByDefault() },
      portsFor(loaded.agreementsTable),
    );
    // Plain JSON only: google.script.run refuses anything else.
    return JSON.parse(JSON.stringify(outcome)) as GenerateAgreementOutcome;
  });
}

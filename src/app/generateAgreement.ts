/**
 * Use case "generate an agreement document" (PRODUCT.md §4), over small ports:
 * read the workbook, choose the agreement, render the document, write the row.
 *
 * Never half-done: a template that cannot be opened stops everything before a
 * document exists; once a document exists, any failure (rendering, PDF, the
 * row gone) trashes it again; and the row is written only after its document
 * is complete.
 */
import {
  agreementDocumentName,
  buildAgreementContent,
  nextVersion,
  planAgreementById,
  planAgreementAtRow,
  type AgreementContent,
  type AgreementFacts,
  type AgreementPlan,
} from '../domain/agreement';
import type { IsoDate, ParsedWorkbook, RawWorkbook } from '../domain/model';
import type { Settings } from '../domain/settings';
import { AGREEMENT_STATE, type AgreementStatus } from '../domain/sheetContract';
import type { ExistingDocumentChoice, GenerateAgreementOk, Result } from '../shared/api';
import { AGREEMENT_MSG } from '../shared/messages/agreement';
import { FolderUnreachable, UserError } from './userError';

/** One read of the workbook, parsed. */
export interface AgreementSnapshot {
  raw: RawWorkbook;
  parsed: ParsedWorkbook;
  today: IsoDate;
  settings: Settings;
}

/** A document being made; the adapter's handles stay opaque here. */
export interface DraftDocument {
  id: string;
  url: string;
  name: string;
}

/** Docs and Drive, as the use case needs them. */
export interface AgreementDocumentPort {
  /** The file name of the document at a Dokument URL, or null when it cannot be read. */
  nameOf(url: string): string | null;
  /** Opens the user's template; throws UserError (nothing created yet) when it cannot. */
  openTemplate(documentId: string, row: number, cell: string): unknown;
  /** A new, empty Google Doc with this name, in the agreements folder; FolderUnreachable when that folder is a colleague's. */
  createDocument(name: string): DraftDocument;
  renderContent(doc: DraftDocument, content: AgreementContent): void;
  /** Copies the template's content into `doc` and fills its tags; returns the unknown tags. */
  fillFromTemplate(doc: DraftDocument, template: unknown, facts: AgreementFacts): string[];
  /** A PDF copy beside the document; returns its URL. */
  exportPdf(doc: DraftDocument): { id: string; url: string };
  trash(fileId: string): void;
}

export interface AgreementRowCells {
  document: string;
  created: Date;
  /** Omitted when the row's Status stays as it is (Undertecknad). */
  status?: AgreementStatus;
}

export interface AgreementRowPort {
  /** Writes the cells of the row holding `agreementId` now; false when no row holds it. */
  write(agreementId: string, cells: AgreementRowCells): boolean;
}

export interface GenerateAgreementPorts {
  documents: AgreementDocumentPort;
  rows: AgreementRowPort;
  now(): Date;
}

export type AgreementSelector = { kind: 'id'; id: string } | { kind: 'row'; row: number };

export interface GenerateAgreementRequest {
  select: AgreementSelector;
  onExisting: ExistingDocumentChoice;
  pdf: boolean;
}

/** The created outcome also carries warnings (unknown template tags). */
export type GenerateAgreementOutcome = Result<GenerateAgreementOk & { warnings?: string[] }>;

export interface CreatedAgreement {
  url: string;
  name: string;
  pdfUrl: string | null;
  /** The row's Status now. */
  status: AgreementStatus;
  warnings: string[];
}

/**
 * Status after generation: Skapad, unless the row is already Undertecknad or
 * Ersatt — a replaced agreement must never come back into force because
 * someone printed it again (PRODUCT.md §1).
 */
export function statusAfterGeneration(status: AgreementStatus): AgreementStatus | undefined {
  return status === AGREEMENT_STATE.signed || isReplaced(status) ? undefined : AGREEMENT_STATE.created;
}

/** Ersatt, exactly as the schema reads it (choiceReader gives the canonical spelling). */
export function isReplaced(status: string): boolean {
  return status === AGREEMENT_STATE.replaced;
}

export function generateAgreement(
  snapshot: AgreementSnapshot,
  request: GenerateAgreementRequest,
  ports: GenerateAgreementPorts,
): GenerateAgreementOutcome {
  const { raw, parsed, today, settings } = snapshot;
  const planned =
    request.select.kind === 'id'
      ? planAgreementById(raw, parsed, request.select.id, today, settings)
      : planAgreementAtRow(raw, parsed, request.select.row, today, settings);
  if (!planned.ok) return { ok: false, message: planned.message };
  const { plan } = planned;

  let version = 1;
  const existingUrl = plan.agreement.document.trim();
  if (existingUrl !== '') {
    if (request.onExisting === 'open-existing') return { ok: true, outcome: 'opened', url: existingUrl };
    const existingName = ports.documents.nameOf(existingUrl);
    if (request.onExisting === 'ask') {
      return { ok: true, outcome: 'exists', url: existingUrl, name: existingName ?? existingUrl };
    }
    version = nextVersion(existingName);
  }

  try {
    const created = produceAgreementDocument(plan, version, request.pdf, ports);
    const { url, name, pdfUrl, status, warnings } = created;
    return { ok: true, outcome: 'created', url, name, pdfUrl, status, warnings };
  } catch (error) {
    if (error instanceof FolderUnreachable) return { ok: true, outcome: 'folder-unreachable', message: error.message };
    if (error instanceof UserError) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * Makes one document and records it on its row, or leaves nothing behind.
 * Throws UserError with a Swedish message when it cannot.
 */
export function produceAgreementDocument(
  plan: AgreementPlan,
  version: number,
  pdf: boolean,
  { documents, rows, now }: GenerateAgreementPorts,
): CreatedAgreement {
  const name = agreementDocumentName(plan.trainee.name, plan.agreement.validFrom, version);
  // Opened before anything is created: a missing template leaves no trace.
  const template =
    plan.template.kind === 'user'
      ? documents.openTemplate(plan.template.documentId, plan.agreement.row, plan.agreement.template)
      : null;

  const madeFiles: string[] = [];
  try {
    // Created inside the clean-up: a failure at any later step trashes it again.
    const doc = documents.createDocument(name);
    madeFiles.push(doc.id);
    let warnings: string[] = [];
    if (plan.template.kind === 'built-in') {
      documents.renderContent(doc, buildAgreementContent(plan.template.id, plan.facts));
    } else {
      const unknownTags = documents.fillFromTemplate(doc, template, plan.facts);
      if (unknownTags.length) warnings = [AGREEMENT_MSG.unknownTags(unknownTags)];
    }
    let pdfUrl: string | null = null;
    if (pdf) {
      const copy = documents.exportPdf(doc);
      madeFiles.push(copy.id);
      pdfUrl = copy.url;
    }
    const newStatus = statusAfterGeneration(plan.agreement.status);
    const written = rows.write(plan.agreement.id, { document: doc.url, created: now(), status: newStatus });
    if (!written) throw new UserError(AGREEMENT_MSG.rowGone(plan.agreement.id));
    return { url: doc.url, name: doc.name, pdfUrl, status: newStatus ?? plan.agreement.status, warnings };
  } catch (error) {
    for (const id of madeFiles) trashQuietly(documents, id);
    if (error instanceof UserError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError(AGREEMENT_MSG.failedAndUndone(detail));
  }
}

function trashQuietly(documents: AgreementDocumentPort, fileId: string): void {
  try {
    documents.trash(fileId);
  } catch (error) {
    // The original failure is what the user needs to hear about.
    console.error(error);
  }
}

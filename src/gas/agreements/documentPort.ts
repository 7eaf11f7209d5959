/**
 * The Docs/Drive side of agreement generation (AgreementDocumentPort): create
 * the Doc directly in the agreements folder (advanced Drive service), render or
 * fill it (DocumentApp), upload a PDF copy, trash on failure. One instance per
 * server call: the folder is looked up once.
 */
import type { AgreementDocumentPort, DraftDocument } from '../../app/generateAgreement';
import { documentIdOfUrl, documentUrlOfId, pdfName } from '../../domain/agreement';
import { createGoogleDoc, findFile, trashFile, uploadFile } from '../drive/driveFiles';
import { agreementFolder, type AgreementFolder } from './output';
import { renderAgreement } from './renderer';
import { fillFromTemplate, openTemplateDocument } from './userTemplate';

type Document = GoogleAppsScript.Document.Document;

export function createDocumentPort(): AgreementDocumentPort {
  let folder: AgreementFolder | null = null;
  const open = new Map<string, Document>();
  const names = new Map<string, string | null>();
  const folderNow = () => (folder ??= agreementFolder());

  return {
    nameOf(url) {
      // Asked twice when the user chooses a new version: Drive is asked once.
      if (!names.has(url)) names.set(url, fileName(url));
      return names.get(url) ?? null;
    },
    openTemplate: (documentId, row, cell) => openTemplateDocument(documentId, row, cell),
    createDocument(name): DraftDocument {
      const id = createGoogleDoc(name, folderNow().id);
      try {
        open.set(id, DocumentApp.openById(id));
      } catch (error) {
        // The use case never learns this ID: the Doc is trashed here, or it would be left behind.
        trashFile(id);
        throw error;
      }
      return { id, url: documentUrlOfId(id), name };
    },
    renderContent(draft, content) {
      const doc = open.get(draft.id)!;
      renderAgreement(doc.getBody(), content);
      doc.saveAndClose();
    },
    fillFromTemplate(draft, template, facts) {
      const doc = open.get(draft.id)!;
      const unknown = fillFromTemplate(doc.getBody(), template as Document, facts);
      doc.saveAndClose();
      return unknown;
    },
    exportPdf(draft) {
      // Opened again: a Document is closed after saveAndClose(), and the export must see the finished text.
      const blob = DocumentApp.openById(draft.id).getAs('application/pdf');
      const copy = uploadFile(blob, pdfName(draft.name), folderNow().id);
      return { id: copy.id, url: copy.url };
    },
    trash: (fileId) => trashFile(fileId),
  };
}

/**
 * The name of the document at a Dokument URL: through Drive when ST-koll made
 * it for this person, else through DocumentApp (the documents scope opens any
 * Doc the person can read, e.g. one a colleague made and shared); null when neither can.
 */
function fileName(url: string): string | null {
  const id = documentIdOfUrl(url);
  if (!id) return null;
  const file = findFile(id);
  if (file) return file.name;
  try {
    return DocumentApp.openById(id).getName();
  } catch {
    return null;
  }
}

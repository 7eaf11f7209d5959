/**
 * The Docs/Drive side of agreement generation (AgreementDocumentPort): create
 * the Doc in the agreements folder, render or fill it, export a PDF, trash on
 * failure. One instance per server call: the folder is looked up once.
 */
import type { AgreementDocumentPort, DraftDocument } from '../../app/generateAgreement';
import { documentIdOfUrl, documentUrlOfId, pdfName } from '../../domain/agreement';
import { agreementFolder } from './output';
import { renderAgreement } from './renderer';
import { fillFromTemplate, openTemplateDocument } from './userTemplate';

type Document = GoogleAppsScript.Document.Document;
type Folder = GoogleAppsScript.Drive.Folder;

export function createDocumentPort(): AgreementDocumentPort {
  let folder: Folder | null = null;
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
      const target = folderNow();
      const doc = DocumentApp.create(name);
      const id = doc.getId();
      open.set(id, doc);
      DriveApp.getFileById(id).moveTo(target);
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
      const blob = DriveApp.getFileById(draft.id).getAs(MimeType.PDF);
      blob.setName(pdfName(draft.name));
      const id = folderNow().createFile(blob).getId();
      return { id, url: `https://drive.google.com/file/d/${id}/view` };
    },
    trash(fileId) {
      DriveApp.getFileById(fileId).setTrashed(true);
    },
  };
}

function fileName(url: string): string | null {
  const id = documentIdOfUrl(url);
  if (!id) return null;
  try {
    return DriveApp.getFileById(id).getName();
  } catch {
    return null;
  }
}

/**
 * Where agreement documents go, and whether a PDF copy is made. Both are
 * document properties: the folder's ID (the default folder is created once and
 * its ID remembered) and a PDF flag ('true' to make a PDF beside every Doc).
 */
import { UserError } from '../../app/userError';
import { AGREEMENT_FOLDER_NAME, AGREEMENT_MSG } from '../../shared/messages/agreement';

export const AGREEMENT_FOLDER_PROPERTY = 'ST_KOLL_AGREEMENT_FOLDER_ID';
export const AGREEMENT_PDF_PROPERTY = 'ST_KOLL_AGREEMENT_PDF';

export function pdfByDefault(): boolean {
  return PropertiesService.getDocumentProperties().getProperty(AGREEMENT_PDF_PROPERTY) === 'true';
}

/**
 * The agreements folder: the remembered one when it can still be opened and is
 * not in the trash, else a new default folder whose ID is remembered. With the
 * drive.file scope ST-koll can open only folders it created (or the user chose
 * through ST-koll), so a lost folder is replaced rather than searched for.
 */
export function agreementFolder(): GoogleAppsScript.Drive.Folder {
  const properties = PropertiesService.getDocumentProperties();
  const storedId = properties.getProperty(AGREEMENT_FOLDER_PROPERTY);
  if (storedId) {
    const folder = openFolder(storedId);
    if (folder) return folder;
  }
  const folder = DriveApp.createFolder(AGREEMENT_FOLDER_NAME);
  properties.setProperty(AGREEMENT_FOLDER_PROPERTY, folder.getId());
  return folder;
}

/** The folder in use, without creating one (the first document does that). */
export function currentFolderUrl(): string | null {
  const id = PropertiesService.getDocumentProperties().getProperty(AGREEMENT_FOLDER_PROPERTY);
  return id ? openFolder(id)?.getUrl() ?? null : null;
}

function openFolder(id: string): GoogleAppsScript.Drive.Folder | null {
  try {
    const folder = DriveApp.getFolderById(id);
    return folder.isTrashed() ? null : folder;
  } catch {
    return null;
  }
}

const FOLDER_URL = /\/folders\/([A-Za-z0-9_-]{10,})/;

/** Remembers a folder given as an ID or a Drive URL ('' goes back to the default folder). */
export function setAgreementFolder(folderRef: string): string | null {
  const properties = PropertiesService.getDocumentProperties();
  const ref = folderRef.trim();
  if (ref === '') {
    properties.deleteProperty(AGREEMENT_FOLDER_PROPERTY);
    return null;
  }
  const id = FOLDER_URL.exec(ref)?.[1] ?? ref;
  const folder = openFolder(id);
  if (!folder) throw new UserError(AGREEMENT_MSG.folderUnavailable(ref));
  properties.setProperty(AGREEMENT_FOLDER_PROPERTY, id);
  return folder.getUrl();
}

export function setPdfByDefault(pdf: boolean): void {
  PropertiesService.getDocumentProperties().setProperty(AGREEMENT_PDF_PROPERTY, pdf ? 'true' : 'false');
}

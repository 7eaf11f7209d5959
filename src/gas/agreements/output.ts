/**
 * Where agreement documents go, and whether a PDF copy is made.
 *
 * The workbook's folder is a document property, shared by everyone who uses
 * the workbook, but the folder itself lives in one person's Drive, and under
 * drive.file ST-koll reaches it only for the person it created it for. So, for
 * the person using ST-koll now:
 *  1. the workbook's folder, when ST-koll can reach it for them;
 *  2. else their own folder for this workbook (a user property, set only when
 *     they said yes to using one), when reachable;
 *  3. no folder saved yet (or the saved one is in the trash): a new default
 *     folder becomes the workbook's folder;
 *  4. else the workbook's folder is out of their reach: the caller asks them
 *     (FolderUnreachable) and the shared setting is never overwritten.
 */
import { FolderUnreachable, UserError } from '../../app/userError';
import { AGREEMENT_FOLDER_NAME, AGREEMENT_MSG } from '../../shared/messages/agreement';
import { createFolder, findFile, type DriveFileInfo } from '../drive/driveFiles';

export const AGREEMENT_FOLDER_PROPERTY = 'ST_KOLL_AGREEMENT_FOLDER_ID';
export const AGREEMENT_PDF_PROPERTY = 'ST_KOLL_AGREEMENT_PDF';
/** A user property per workbook: `<prefix><spreadsheet ID>` → the ID of this person's own folder. */
export const OWN_FOLDER_PROPERTY_PREFIX = 'ST_KOLL_OWN_AGREEMENT_FOLDER_ID:';

export interface AgreementFolder {
  id: string;
  url: string;
}

export function pdfByDefault(): boolean {
  return PropertiesService.getDocumentProperties().getProperty(AGREEMENT_PDF_PROPERTY) === 'true';
}

export function setPdfByDefault(pdf: boolean): void {
  PropertiesService.getDocumentProperties().setProperty(AGREEMENT_PDF_PROPERTY, pdf ? 'true' : 'false');
}

type FolderState = { kind: 'ready'; folder: AgreementFolder } | { kind: 'none' } | { kind: 'unreachable' };

/** Where this person's documents go now, without creating anything. */
function folderState(): FolderState {
  const sharedId = PropertiesService.getDocumentProperties().getProperty(AGREEMENT_FOLDER_PROPERTY);
  const shared = sharedId ? findFile(sharedId) : null;
  if (shared && shared.isFolder && !shared.trashed) return { kind: 'ready', folder: asFolder(shared) };
  const own = ownFolder();
  if (own) return { kind: 'ready', folder: own };
  // Not saved, or saved and reachable but trashed or not a folder: nobody can use it.
  return sharedId && !shared ? { kind: 'unreachable' } : { kind: 'none' };
}

/**
 * The folder for the next document: see the steps above. Throws
 * FolderUnreachable (a UserError with a Swedish message) in case 4.
 */
export function agreementFolder(): AgreementFolder {
  const state = folderState();
  if (state.kind === 'ready') return state.folder;
  if (state.kind === 'unreachable') throw new FolderUnreachable(AGREEMENT_MSG.folderOfColleague);
  const folder = asFolder(createFolder(AGREEMENT_FOLDER_NAME));
  PropertiesService.getDocumentProperties().setProperty(AGREEMENT_FOLDER_PROPERTY, folder.id);
  return folder;
}

/** Whether the next document would hit a colleague's folder this person cannot reach. */
export function agreementFolderUnreachable(): boolean {
  return folderState().kind === 'unreachable';
}

/**
 * The person said yes to a folder of their own: create it in their Drive and
 * remember it for them and this workbook only. The workbook's setting stays.
 */
export function useOwnAgreementFolder(): AgreementFolder {
  const existing = ownFolder();
  if (existing) return existing;
  const folder = asFolder(createFolder(AGREEMENT_FOLDER_NAME));
  PropertiesService.getUserProperties().setProperty(ownFolderKey(), folder.id);
  return folder;
}

/** The folder in use for this person (null before the first document creates it), or that it is a colleague's. */
export function currentFolder(): { url: string | null; ofColleague: boolean } {
  const state = folderState();
  return { url: state.kind === 'ready' ? state.folder.url : null, ofColleague: state.kind === 'unreachable' };
}

const FOLDER_URL = /\/folders\/([A-Za-z0-9_-]{10,})/;

/** Remembers a folder given as an ID or a Drive URL as the workbook's folder ('' goes back to the default folder). */
export function setAgreementFolder(folderRef: string): string | null {
  const properties = PropertiesService.getDocumentProperties();
  const ref = folderRef.trim();
  if (ref === '') {
    properties.deleteProperty(AGREEMENT_FOLDER_PROPERTY);
    return null;
  }
  const id = FOLDER_URL.exec(ref)?.[1] ?? ref;
  const folder = findFile(id);
  if (!folder || !folder.isFolder || folder.trashed) throw new UserError(AGREEMENT_MSG.folderUnavailable(ref));
  properties.setProperty(AGREEMENT_FOLDER_PROPERTY, id);
  return folder.url;
}

function ownFolderKey(): string {
  return OWN_FOLDER_PROPERTY_PREFIX + SpreadsheetApp.getActiveSpreadsheet().getId();
}

function ownFolder(): AgreementFolder | null {
  const id = PropertiesService.getUserProperties().getProperty(ownFolderKey());
  const found = id ? findFile(id) : null;
  return found && found.isFolder && !found.trashed ? asFolder(found) : null;
}

function asFolder(file: DriveFileInfo): AgreementFolder {
  return { id: file.id, url: file.url };
}

/**
 * Drive through the advanced Drive service (Drive API v3, enabled in
 * appsscript.json). Unlike DriveApp, which needs the full `drive` scope, the
 * API honours `drive.file`: ST-koll reaches the files and folders it created
 * for the person using it, and nothing else of their Drive.
 *
 * Apps Script passes arguments as the API defines them: the request body
 * (a File resource) first, then path parameters, then the media blob, then
 * the optional query parameters.
 */

const FOLDER_MIME = 'application/vnd.google-apps.folder';
const DOCUMENT_MIME = 'application/vnd.google-apps.document';
const INFO_FIELDS = 'id,name,mimeType,trashed,webViewLink';
/** Folders in shared drives work too. */
const ALL_DRIVES = { supportsAllDrives: true };
/** No media: the slot before the optional arguments takes null, as in Apps Script's own samples. */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

export interface DriveFileInfo {
  id: string;
  name: string;
  isFolder: boolean;
  trashed: boolean;
  url: string;
}

function files(): GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection {
  if (typeof Drive === 'undefined' || !Drive) throw new Error('The advanced Drive service (v3) is not enabled in appsscript.json.');
  return Drive.Files;
}

function info(file: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File): DriveFileInfo {
  return {
    id: String(file.id),
    name: String(file.name ?? ''),
    isFolder: file.mimeType === FOLDER_MIME,
    trashed: file.trashed === true,
    url: String(file.webViewLink ?? ''),
  };
}

export function createFolder(name: string): DriveFileInfo {
  return info(files().create({ name, mimeType: FOLDER_MIME }, NO_MEDIA, { ...ALL_DRIVES, fields: INFO_FIELDS }));
}

/** An empty Google Doc created directly in the folder (no move afterwards); returns its ID. */
export function createGoogleDoc(name: string, folderId: string): string {
  return String(files().create({ name, mimeType: DOCUMENT_MIME, parents: [folderId] }, NO_MEDIA, { ...ALL_DRIVES, fields: 'id' }).id);
}

/** Uploads a blob (a PDF copy) into the folder. */
export function uploadFile(blob: GoogleAppsScript.Base.Blob, name: string, folderId: string): DriveFileInfo {
  return info(files().create({ name, parents: [folderId] }, blob, { ...ALL_DRIVES, fields: INFO_FIELDS }));
}

export function trashFile(fileId: string): void {
  files().update({ trashed: true }, fileId, NO_MEDIA, { ...ALL_DRIVES, fields: 'id' });
}

/**
 * A file or folder ST-koll can reach for this person, or null when Drive says
 * it is not there for them (deleted, or not created through ST-koll by them:
 * drive.file). Any other failure is not hidden.
 */
export function findFile(fileId: string): DriveFileInfo | null {
  try {
    return info(files().get(fileId, { ...ALL_DRIVES, fields: INFO_FIELDS }));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

function isNotFound(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /File not found|not found/i.test(message);
}

/**
 * Drive as seen by the people using the add-on. Every item has an owner and
 * may be shared with others; Google Docs are Drive files whose content is a
 * document model. Two kinds of reach, as in Google:
 *  - a person can read an item they own or that is shared with them
 *    (DocumentApp, under the documents scope, opens any such Doc);
 *  - the add-on, under drive.file, reaches only items it created (or that the
 *    person opened with it) for that person: `appUsers` (the advanced Drive
 *    service). A folder a colleague's ST-koll created is not among them, even
 *    when it is shared with you.
 */
import { newDocument, type DocumentModel } from '../document/model';
import { gasError } from '../errors';

export const GOOGLE_DOCS = 'application/vnd.google-apps.document';
export const FOLDER = 'application/vnd.google-apps.folder';
export const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  /** False for an item that exists but nobody here may open (deleted for us, permission withdrawn). */
  accessible: boolean;
  createdByApp: boolean;
  /** Who owns it (the person whose Drive it is in). */
  owner: string;
  /** Others it is shared with ('*': anyone with the link). */
  sharedWith: string[];
  /** The people for whom the add-on may reach it under drive.file (it created or was given the item for them). */
  appUsers: string[];
  created: number;
  updated: number;
  description: string | null;
  bytes: number[] | null;
  doc: DocumentModel | null;
}

/** Who is using the add-on right now (Session's user). */
export interface CurrentUser {
  email: string;
}

export class DriveStore {
  readonly items = new Map<string, DriveItem>();
  readonly rootId = '0AFakeRootFolderIdUk9PVA';
  private counter = 0;
  /** Docs fails on the body of a document whose name contains this (env.documents.failBodyOf). */
  failingDocumentName: string | null = null;

  constructor(readonly user: CurrentUser) {
    this.add({ id: this.rootId, name: 'Min enhet', mimeType: FOLDER, parents: [], createdByApp: false, sharedWith: ['*'] });
  }

  /** Drive-like ids (44 characters of [-\w]), deterministic for a run. */
  newId(kind: 'doc' | 'file' | 'folder'): string {
    this.counter++;
    const stem = { doc: '1FakeDoc', file: '1FakeFile', folder: '1FakeFolder' }[kind];
    return `${stem}${String(this.counter).padStart(6, '0')}`.padEnd(44, 'x');
  }

  add(init: Partial<DriveItem> & Pick<DriveItem, 'id' | 'name' | 'mimeType'>): DriveItem {
    const now = Date.now();
    const item: DriveItem = {
      parents: [this.rootId],
      trashed: false,
      accessible: true,
      createdByApp: true,
      owner: this.user.email,
      sharedWith: [],
      appUsers: init.createdByApp === false ? [] : [init.owner ?? this.user.email],
      created: now,
      updated: now,
      description: null,
      bytes: null,
      doc: null,
      ...init,
    };
    this.items.set(item.id, item);
    return item;
  }

  createDocument(name: string, parentId = this.rootId, id = this.newId('doc'), createdByApp = true): DriveItem {
    return this.add({ id, name, mimeType: GOOGLE_DOCS, parents: [parentId], createdByApp, doc: newDocument(id, name) });
  }

  /** Whether the current user may read the item (owner, or shared with them). */
  canRead(item: DriveItem): boolean {
    const { email } = this.user;
    return item.accessible && (item.owner === email || item.sharedWith.includes(email) || item.sharedWith.includes('*'));
  }

  /** Whether the add-on may reach the item for the current user under drive.file. */
  appCanReach(item: DriveItem): boolean {
    return this.canRead(item) && item.appUsers.includes(this.user.email);
  }

  /** A Doc the current user may read (DocumentApp), or Apps Script's not-found error. */
  openDocument(id: unknown): DriveItem {
    const item = this.items.get(String(id));
    if (!item || !this.canRead(item) || item.mimeType !== GOOGLE_DOCS) throw gasError(NOT_FOUND);
    return item;
  }

  url(item: DriveItem): string {
    if (item.mimeType === GOOGLE_DOCS) return `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`;
    if (item.mimeType === FOLDER) return `https://drive.google.com/drive/folders/${item.id}`;
    return `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
  }
}

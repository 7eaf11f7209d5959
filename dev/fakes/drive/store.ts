/**
 * Drive as the add-on sees it with the drive.file scope: the files and
 * folders it created plus those a test declares. Google Docs are Drive files
 * whose content is a document model.
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
  /** False for an item that exists but the add-on may not open. */
  accessible: boolean;
  createdByApp: boolean;
  created: number;
  updated: number;
  description: string | null;
  bytes: number[] | null;
  doc: DocumentModel | null;
}

export class DriveStore {
  readonly items = new Map<string, DriveItem>();
  readonly rootId = '0AFakeRootFolderIdUk9PVA';
  private counter = 0;
  /** Docs fails on the body of a document whose name contains this (env.documents.failBodyOf). */
  failingDocumentName: string | null = null;

  constructor() {
    this.add({ id: this.rootId, name: 'Min enhet', mimeType: FOLDER, parents: [], createdByApp: false });
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

  /** An item the add-on may open, or Apps Script's not-found error. */
  open(id: unknown, kind: 'file' | 'folder' | 'doc'): DriveItem {
    const item = this.items.get(String(id));
    const matches = item && (kind === 'folder' ? item.mimeType === FOLDER : kind === 'doc' ? item.mimeType === GOOGLE_DOCS : item.mimeType !== FOLDER);
    if (!item || !item.accessible || !matches) throw gasError(NOT_FOUND);
    return item;
  }

  children(folderId: string, folders: boolean): DriveItem[] {
    return [...this.items.values()].filter((i) => i.accessible && !i.trashed && i.parents.includes(folderId) && (i.mimeType === FOLDER) === folders);
  }

  url(item: DriveItem): string {
    if (item.mimeType === GOOGLE_DOCS) return `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`;
    if (item.mimeType === FOLDER) return `https://drive.google.com/drive/folders/${item.id}`;
    return `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
  }
}

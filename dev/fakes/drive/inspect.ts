/** env.drive: every file and folder, as plain data. */
import type { FolderSpec } from '../spec';
import { FOLDER, type DriveItem, type DriveStore } from './store';

export interface DriveItemView {
  id: string;
  name: string;
  mimeType: string;
  url: string;
  parentIds: string[];
  trashed: boolean;
  accessible: boolean;
  createdByApp: boolean;
  owner: string;
  sharedWith: string[];
  size: number;
}

export interface DriveInspector {
  rootFolderId(): string;
  files(): DriveItemView[];
  folders(): DriveItemView[];
  item(id: string): DriveItemView | null;
  /** A stored file's bytes (0–255) and type; a Google Doc's are its PDF export. */
  content(id: string): { name: string; contentType: string; bytes: number[] } | null;
  /** Files (not folders) directly in a folder, trashed ones included. */
  filesIn(folderId: string): DriveItemView[];
  setAccessible(id: string, accessible: boolean): void;
  /** Shares an item with someone (their browser opens it; the add-on still does not reach it for them). */
  share(id: string, email: string): void;
}

function view(store: DriveStore, item: DriveItem): DriveItemView {
  return {
    id: item.id,
    name: item.name,
    mimeType: item.mimeType,
    url: store.url(item),
    parentIds: item.parents.slice(),
    trashed: item.trashed,
    accessible: item.accessible,
    createdByApp: item.createdByApp,
    owner: item.owner,
    sharedWith: item.sharedWith.slice(),
    size: item.bytes?.length ?? 0,
  };
}

export function makeDriveInspector(store: DriveStore, pdf: (item: DriveItem) => number[]): DriveInspector {
  const items = () => [...store.items.values()];
  return {
    rootFolderId: () => store.rootId,
    files: () => items().filter((i) => i.mimeType !== FOLDER).map((i) => view(store, i)),
    folders: () => items().filter((i) => i.mimeType === FOLDER).map((i) => view(store, i)),
    item: (id) => {
      const item = store.items.get(id);
      return item ? view(store, item) : null;
    },
    content(id) {
      const item = store.items.get(id);
      if (!item || item.mimeType === FOLDER) return null;
      if (item.doc) return { name: `${item.name}.pdf`, contentType: 'application/pdf', bytes: pdf(item) };
      return { name: item.name, contentType: item.mimeType, bytes: (item.bytes ?? []).slice() };
    },
    filesIn: (folderId) => items().filter((i) => i.mimeType !== FOLDER && i.parents.includes(folderId)).map((i) => view(store, i)),
    setAccessible(id, accessible) {
      const item = store.items.get(id);
      if (!item) throw new Error(`No Drive item ${id}`);
      item.accessible = accessible;
    },
    share(id, email) {
      const item = store.items.get(id);
      if (!item) throw new Error(`No Drive item ${id}`);
      if (!item.sharedWith.includes(email)) item.sharedWith.push(email);
    },
  };
}

export function addSpecFolders(store: DriveStore, specs: FolderSpec[] = []): void {
  for (const spec of specs) {
    const owner = spec.owner ?? store.user.email;
    store.add({
      id: spec.id,
      name: spec.name,
      mimeType: FOLDER,
      parents: [spec.parentId ?? store.rootId],
      createdByApp: Boolean(spec.createdByApp),
      owner,
      sharedWith: (spec.sharedWith ?? []).slice(),
      appUsers: spec.createdByApp ? [owner] : [],
      accessible: !spec.inaccessible,
    });
  }
}

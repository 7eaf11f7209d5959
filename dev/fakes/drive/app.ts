/** DriveApp, Folder, File and their iterators over the Drive store. */
import { FakeBlob } from '../blob';
import { Facade } from '../calls/counting';
import { pdfBlob } from '../document/app';
import { copyBlock, newDocument } from '../document/model';
import { gasError } from '../errors';
import { FakeUser } from '../session';
import { FOLDER, GOOGLE_DOCS, type DriveItem, type DriveStore } from './store';

abstract class FakeIterator<T> extends Facade {
  private index = 0;

  constructor(private readonly items: T[]) {
    super();
  }
  hasNext(): boolean {
    return this.index < this.items.length;
  }
  next(): T {
    if (this.index >= this.items.length) throw gasError('Cannot retrieve the next object: iterator has reached the end.');
    return this.items[this.index++];
  }
  getContinuationToken(): string {
    return `token-${this.index}`;
  }
}

export class FakeFileIterator extends FakeIterator<FakeFile> {
  static gasName = 'FileIterator';
  static service = 'DriveApp';
}

export class FakeFolderIterator extends FakeIterator<FakeFolder> {
  static gasName = 'FolderIterator';
  static service = 'DriveApp';
}

abstract class DriveItemFacade extends Facade {
  constructor(
    readonly item: DriveItem,
    protected readonly store: DriveStore,
    private readonly email: string,
  ) {
    super();
  }
  getId(): string {
    return this.item.id;
  }
  getName(): string {
    return this.item.name;
  }
  setName(name: string): this {
    this.item.name = String(name);
    if (this.item.doc) this.item.doc.name = this.item.name;
    this.item.updated = Date.now();
    return this;
  }
  getUrl(): string {
    return this.store.url(this.item);
  }
  getDescription(): string | null {
    return this.item.description;
  }
  setDescription(description: string): this {
    this.item.description = String(description);
    return this;
  }
  getDateCreated(): Date {
    return new Date(this.item.created);
  }
  getLastUpdated(): Date {
    return new Date(this.item.updated);
  }
  getOwner(): FakeUser {
    return new FakeUser(this.email);
  }
  isTrashed(): boolean {
    return this.item.trashed;
  }
  setTrashed(trashed: boolean): this {
    this.item.trashed = Boolean(trashed);
    return this;
  }
  getParents(): FakeFolderIterator {
    return new FakeFolderIterator(
      this.item.parents
        .map((id) => this.store.items.get(id))
        .filter((p): p is DriveItem => !!p && p.accessible)
        .map((p) => new FakeFolder(p, this.store, this.email)),
    );
  }
  moveTo(destination: FakeFolder): this {
    if (!(destination instanceof FakeFolder)) throw gasError('Invalid argument: destination');
    this.item.parents = [destination.item.id];
    return this;
  }
}

export class FakeFile extends DriveItemFacade {
  static gasName = 'File';
  static service = 'DriveApp';

  getMimeType(): string {
    return this.item.mimeType;
  }
  getSize(): number {
    return this.item.bytes?.length ?? 0;
  }
  getBlob(): FakeBlob {
    return this.getAs(this.item.mimeType === GOOGLE_DOCS ? 'application/pdf' : this.item.mimeType);
  }
  getAs(contentType: string): FakeBlob {
    if (this.item.mimeType === GOOGLE_DOCS) {
      if (contentType !== 'application/pdf') throw gasError(`Converting from ${GOOGLE_DOCS} to ${contentType} is not supported.`);
      return pdfBlob(this.item);
    }
    if (contentType !== this.item.mimeType) throw gasError(`Converting from ${this.item.mimeType} to ${contentType} is not supported.`);
    return new FakeBlob(this.item.bytes ?? [], this.item.mimeType, this.item.name);
  }
  makeCopy(nameOrDestination?: string | FakeFolder, destination?: FakeFolder): FakeFile {
    const name = typeof nameOrDestination === 'string' ? nameOrDestination : `Kopia av ${this.item.name}`;
    const folder = nameOrDestination instanceof FakeFolder ? nameOrDestination : destination;
    const isDoc = this.item.mimeType === GOOGLE_DOCS;
    const id = this.store.newId(isDoc ? 'doc' : 'file');
    let doc = null;
    if (isDoc && this.item.doc) {
      doc = newDocument(id, name);
      doc.body.children = this.item.doc.body.children.map((child) => copyBlock(child));
      for (const child of doc.body.children) child.parent = doc.body;
    }
    const copy = this.store.add({
      id,
      name,
      mimeType: this.item.mimeType,
      parents: folder ? [folder.item.id] : this.item.parents.slice(),
      bytes: this.item.bytes?.slice() ?? null,
      doc,
    });
    return new FakeFile(copy, this.store, this.getOwner().getEmail());
  }
}

export class FakeFolder extends DriveItemFacade {
  static gasName = 'Folder';
  static service = 'DriveApp';

  private wrapFile = (item: DriveItem) => new FakeFile(item, this.store, this.getOwner().getEmail());
  private wrapFolder = (item: DriveItem) => new FakeFolder(item, this.store, this.getOwner().getEmail());

  createFolder(name: string): FakeFolder {
    return this.wrapFolder(this.store.add({ id: this.store.newId('folder'), name: String(name), mimeType: FOLDER, parents: [this.item.id] }));
  }
  createFile(blobOrName: FakeBlob | string, content?: string, mimeType?: string): FakeFile {
    if (blobOrName instanceof FakeBlob) {
      return this.wrapFile(
        this.store.add({
          id: this.store.newId('file'),
          name: blobOrName.getName() ?? 'Namnlös',
          mimeType: blobOrName.getContentType() ?? 'application/octet-stream',
          parents: [this.item.id],
          bytes: blobOrName.getBytes().map((b) => b & 0xff),
        }),
      );
    }
    const blob = new FakeBlob(String(content ?? ''), mimeType ?? 'text/plain', String(blobOrName));
    return this.createFile(blob);
  }
  getFiles(): FakeFileIterator {
    return new FakeFileIterator(this.store.children(this.item.id, false).map(this.wrapFile));
  }
  getFilesByName(name: string): FakeFileIterator {
    return new FakeFileIterator(this.store.children(this.item.id, false).filter((i) => i.name === name).map(this.wrapFile));
  }
  getFilesByType(mimeType: string): FakeFileIterator {
    return new FakeFileIterator(this.store.children(this.item.id, false).filter((i) => i.mimeType === mimeType).map(this.wrapFile));
  }
  getFolders(): FakeFolderIterator {
    return new FakeFolderIterator(this.store.children(this.item.id, true).map(this.wrapFolder));
  }
  getFoldersByName(name: string): FakeFolderIterator {
    return new FakeFolderIterator(this.store.children(this.item.id, true).filter((i) => i.name === name).map(this.wrapFolder));
  }
  addFile(file: FakeFile): this {
    if (!file.item.parents.includes(this.item.id)) file.item.parents.push(this.item.id);
    return this;
  }
  removeFile(file: FakeFile): this {
    file.item.parents = file.item.parents.filter((p) => p !== this.item.id);
    return this;
  }
}

export class FakeDriveApp extends Facade {
  static gasName = 'DriveApp';
  static service = 'DriveApp';

  constructor(
    private readonly store: DriveStore,
    private readonly email: string,
  ) {
    super();
  }

  private _all(folders: boolean): DriveItem[] {
    return [...this.store.items.values()].filter((i) => i.accessible && !i.trashed && i.id !== this.store.rootId && (i.mimeType === FOLDER) === folders);
  }

  getRootFolder(): FakeFolder {
    return new FakeFolder(this.store.items.get(this.store.rootId) as DriveItem, this.store, this.email);
  }
  createFolder(name: string): FakeFolder {
    return this.getRootFolder().createFolder(name);
  }
  createFile(blobOrName: FakeBlob | string, content?: string, mimeType?: string): FakeFile {
    return this.getRootFolder().createFile(blobOrName, content, mimeType);
  }
  getFileById(id: string): FakeFile {
    return new FakeFile(this.store.open(id, 'file'), this.store, this.email);
  }
  getFolderById(id: string): FakeFolder {
    return new FakeFolder(this.store.open(id, 'folder'), this.store, this.email);
  }
  getFiles(): FakeFileIterator {
    return new FakeFileIterator(this._all(false).map((i) => new FakeFile(i, this.store, this.email)));
  }
  getFilesByName(name: string): FakeFileIterator {
    return new FakeFileIterator(this._all(false).filter((i) => i.name === name).map((i) => new FakeFile(i, this.store, this.email)));
  }
  getFolders(): FakeFolderIterator {
    return new FakeFolderIterator(this._all(true).map((i) => new FakeFolder(i, this.store, this.email)));
  }
  getFoldersByName(name: string): FakeFolderIterator {
    return new FakeFolderIterator(this._all(true).filter((i) => i.name === name).map((i) => new FakeFolder(i, this.store, this.email)));
  }
  getTrashedFiles(): FakeFileIterator {
    return new FakeFileIterator(
      [...this.store.items.values()].filter((i) => i.accessible && i.trashed && i.mimeType !== FOLDER).map((i) => new FakeFile(i, this.store, this.email)),
    );
  }
}

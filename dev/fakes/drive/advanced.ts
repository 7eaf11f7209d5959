/**
 * The advanced Drive service (Drive API v3) as Apps Script exposes it: the
 * global `Drive` (only when appsscript.json enables it), `Drive.Files` with
 * the API's methods, arguments in Apps Script's order (request body first,
 * then path parameters, then the media blob, then optional arguments), plain
 * JSON `File` resources back, and failures as GoogleJsonResponseException.
 *
 * It serves what drive.file lets the add-on reach: only items ST-koll created
 * (or was given) for the current user. A user's template Doc is not among them;
 * DocumentApp opens that under the documents scope.
 *
 * Supported: files.create (metadata only, or with a media blob), files.get,
 * files.update (name, trashed; addParents/removeParents). Anything else the
 * fake refuses loudly rather than pretending.
 */
import { FakeBlob } from '../blob';
import { Facade } from '../calls/counting';
import { apiError } from '../calls/scopeGate';
import { newDocument } from '../document/model';
import { FOLDER, GOOGLE_DOCS, type DriveItem, type DriveStore } from './store';

type FileResource = Record<string, unknown>;

const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];
const KNOWN_FIELDS = new Set([...DEFAULT_FIELDS, 'parents', 'trashed', 'webViewLink', 'owners', 'createdTime', 'modifiedTime', 'size']);
const UPDATABLE = new Set(['name', 'trashed']);

export class FakeDriveFiles extends Facade {
  static gasName = 'Drive.Files';
  static service = 'Drive';

  constructor(private readonly store: DriveStore) {
    super();
  }

  create(resource: FileResource = {}, mediaData?: FakeBlob, optionalArgs: FileResource = {}): FileResource {
    const fields = selectedFields('create', optionalArgs);
    const parents = this._parents('create', resource.parents);
    const blob = mediaData instanceof FakeBlob ? mediaData : null;
    const mimeType = String(resource.mimeType ?? blob?.getContentType() ?? 'application/octet-stream');
    const name = String(resource.name ?? blob?.getName() ?? 'Untitled');
    if (blob && mimeType.startsWith('application/vnd.google-apps.')) {
      throw apiError('drive.files.create', `The fake does not convert uploads to ${mimeType}.`);
    }
    const kind = mimeType === GOOGLE_DOCS ? 'doc' : mimeType === FOLDER ? 'folder' : 'file';
    const id = this.store.newId(kind);
    const item = this.store.add({
      id,
      name,
      mimeType,
      parents,
      bytes: blob ? blob.getBytes().map((b) => b & 0xff) : null,
      doc: kind === 'doc' ? newDocument(id, name) : null,
    });
    return this._resource(item, fields);
  }

  get(fileId: string, optionalArgs: FileResource = {}): FileResource {
    if (optionalArgs.alt === 'media') throw apiError('drive.files.get', 'The fake does not download content.');
    return this._resource(this._reach('get', fileId), selectedFields('get', optionalArgs));
  }

  update(resource: FileResource = {}, fileId?: string, mediaData?: FakeBlob, optionalArgs: FileResource = {}): FileResource {
    if (typeof fileId !== 'string' || fileId === '') throw apiError('drive.files.update', 'Required parameter: fileId');
    if (mediaData !== undefined && mediaData !== null) throw apiError('drive.files.update', 'The fake does not replace content.');
    const fields = selectedFields('update', optionalArgs);
    const item = this._reach('update', fileId);
    for (const key of Object.keys(resource)) {
      if (!UPDATABLE.has(key)) throw apiError('drive.files.update', `The fake cannot update the field ${key}.`);
    }
    if (resource.name !== undefined) item.name = String(resource.name);
    if (item.doc) item.doc.name = item.name;
    if (resource.trashed !== undefined) item.trashed = resource.trashed === true;
    const added = commaList(optionalArgs.addParents);
    const removed = commaList(optionalArgs.removeParents);
    if (added.length) this._parents('update', added);
    item.parents = [...item.parents.filter((p) => !removed.includes(p)), ...added.filter((p) => !item.parents.includes(p))];
    item.updated = Date.now();
    return this._resource(item, fields);
  }

  /** The item, or the 404 the API gives for what drive.file does not reach. */
  private _reach(method: string, fileId: unknown): DriveItem {
    const item = this.store.items.get(String(fileId));
    if (!item || !this.store.appCanReach(item)) throw apiError(`drive.files.${method}`, `File not found: ${String(fileId)}.`);
    return item;
  }

  private _parents(method: string, parents: unknown): string[] {
    if (parents === undefined) return [this.store.rootId];
    if (!Array.isArray(parents) || parents.some((p) => typeof p !== 'string')) {
      throw apiError(`drive.files.${method}`, 'Invalid value for parents: a list of folder IDs (strings) is expected in v3.');
    }
    for (const id of parents as string[]) {
      const folder = this._reach(method, id);
      if (folder.mimeType !== FOLDER) throw apiError(`drive.files.${method}`, `The parent ${id} is not a folder.`);
    }
    return (parents as string[]).slice();
  }

  private _resource(item: DriveItem, fields: string[]): FileResource {
    const all: FileResource = {
      kind: 'drive#file',
      id: item.id,
      name: item.name,
      mimeType: item.mimeType,
      parents: item.parents.slice(),
      trashed: item.trashed,
      webViewLink: this.store.url(item),
      owners: [{ kind: 'drive#user', emailAddress: item.owner, me: item.owner === this.store.user.email }],
      createdTime: new Date(item.created).toISOString(),
      modifiedTime: new Date(item.updated).toISOString(),
      size: String(item.bytes?.length ?? 0),
    };
    const out: FileResource = {};
    for (const field of fields) out[field] = all[field];
    return out;
  }
}

/** `Drive`: the service object; only its collections are used. */
export class FakeDriveService extends Facade {
  static gasName = 'Drive';
  static service = 'Drive';

  constructor(readonly Files: FakeDriveFiles) {
    super();
  }
}

function selectedFields(method: string, optionalArgs: FileResource): string[] {
  if (optionalArgs.fields === undefined) return DEFAULT_FIELDS;
  const fields = commaList(optionalArgs.fields);
  if (fields.includes('*')) return [...KNOWN_FIELDS];
  for (const field of fields) {
    if (!KNOWN_FIELDS.has(field)) throw apiError(`drive.files.${method}`, `Invalid field selection ${field}`);
  }
  return fields;
}

function commaList(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return String(value)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

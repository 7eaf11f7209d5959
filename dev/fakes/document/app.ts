/** DocumentApp and Document, backed by the Drive store (a Google Doc is a Drive file). */
import { FakeBlob } from '../blob';
import { Facade } from '../calls/counting';
import { documentPdf } from '../drive/pdf';
import { NOT_FOUND, type DriveItem, type DriveStore } from '../drive/store';
import { gasError } from '../errors';
import { FakeSection } from './elements';
import { Attribute, ElementType, GlyphType, HorizontalAlignment, ParagraphHeading, VerticalAlignment } from './enums';
import { newSection, type DocumentModel } from './model';

export function pdfBlob(item: DriveItem): FakeBlob {
  return new FakeBlob(documentPdf(item.doc as DocumentModel), 'application/pdf', `${item.name}.pdf`);
}

export class FakeDocument extends Facade {
  static gasName = 'Document';
  static service = 'DocumentApp';

  constructor(
    private readonly item: DriveItem,
    private readonly store: DriveStore,
  ) {
    super();
  }

  private get doc(): DocumentModel {
    return this.item.doc as DocumentModel;
  }
  private _touch(): void {
    this.item.updated = Date.now();
  }

  getId(): string {
    return this.item.id;
  }
  getName(): string {
    return this.item.name;
  }
  setName(name: string): this {
    this.item.name = String(name);
    this.doc.name = this.item.name;
    this._touch();
    return this;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this.item.id}/edit`;
  }
  getBody(): FakeSection {
    const failing = this.store.failingDocumentName;
    if (failing && this.item.name.includes(failing)) {
      throw gasError(`Service Documents failed while accessing document with id ${this.item.id}.`);
    }
    this._touch();
    return new FakeSection(this.doc.body);
  }
  getHeader(): FakeSection | null {
    return this.doc.header ? new FakeSection(this.doc.header) : null;
  }
  addHeader(): FakeSection {
    if (this.doc.header) throw gasError('Document tab already contains a header.');
    this.doc.header = newSection('HEADER_SECTION', this.doc);
    return new FakeSection(this.doc.header);
  }
  getFooter(): FakeSection | null {
    return this.doc.footer ? new FakeSection(this.doc.footer) : null;
  }
  addFooter(): FakeSection {
    if (this.doc.footer) throw gasError('Document tab already contains a footer.');
    this.doc.footer = newSection('FOOTER_SECTION', this.doc);
    return new FakeSection(this.doc.footer);
  }
  saveAndClose(): void {
    this.doc.closed = true;
    this._touch();
  }
  getAs(contentType: string): FakeBlob {
    if (contentType !== 'application/pdf') throw gasError(`Converting from application/vnd.google-apps.document to ${contentType} is not supported.`);
    return pdfBlob(this.item);
  }
  getBlob(): FakeBlob {
    return pdfBlob(this.item);
  }
  getEditors(): never[] {
    return [];
  }
  addEditor(_email: string): this {
    return this;
  }
  getLanguage(): string {
    return 'sv';
  }
}

export class FakeDocumentApp extends Facade {
  static gasName = 'DocumentApp';
  static service = 'DocumentApp';

  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly VerticalAlignment = VerticalAlignment;
  readonly GlyphType = GlyphType;
  readonly ElementType = ElementType;
  readonly Attribute = Attribute;

  constructor(private readonly store: DriveStore) {
    super();
  }

  create(name: string): FakeDocument {
    if (name === undefined || name === null) throw gasError('Invalid argument: name');
    return new FakeDocument(this.store.createDocument(String(name)), this.store);
  }
  openById(id: string): FakeDocument {
    return new FakeDocument(this.store.openDocument(id), this.store);
  }
  openByUrl(url: string): FakeDocument {
    const match = /\/d\/([-\w]{20,})/.exec(String(url));
    if (!match) throw gasError(NOT_FOUND);
    return this.openById(match[1]);
  }
  getActiveDocument(): null {
    return null;
  }
}

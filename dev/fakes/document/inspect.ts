/** env.documents: a plain view of every Google Doc for assertions and the preview. */
import type { DriveStore } from '../drive/store';
import type { DocumentElementSpec, DocumentSpec } from '../spec';
import { appendRow, insertBlock, joinPrecedingList, newParagraph, newRow, newTable, sectionText, type BlockNode, type SectionNode, type Span } from './model';

export type ElementView =
  | { type: 'PARAGRAPH'; text: string; heading: string; alignment: string | null; element: 'HORIZONTAL_RULE' | 'PAGE_BREAK' | null; attributes: Record<string, unknown>; spans: Span[] }
  | { type: 'LIST_ITEM'; text: string; nestingLevel: number; glyphType: string | null; listId: string | null; attributes: Record<string, unknown>; spans: Span[] }
  | { type: 'TABLE'; rows: string[][]; attributes: Record<string, unknown> };

export interface DocumentView {
  id: string;
  name: string;
  url: string;
  body: ElementView[];
  header: ElementView[] | null;
  footer: ElementView[] | null;
  text: string;
  trashed: boolean;
  parentFolderIds: string[];
  createdByApp: boolean;
  savedAndClosed: boolean;
}

export interface DocumentsInspector {
  get(id: string): DocumentView | null;
  list(): DocumentView[];
  /** The body's text, paragraphs joined by newlines (Body.getText()). */
  text(id: string): string;
  /**
   * From now on Docs fails, with Apps Script's message, whenever the body of a
   * document whose name contains `namePart` is opened (a service outage for
   * one document); null ends it.
   */
  failBodyOf(namePart: string | null): void;
}

function elementView(node: BlockNode): ElementView {
  if (node.kind === 'TABLE') return { type: 'TABLE', rows: node.rows.map((r) => r.cells.map((c) => c.text)), attributes: { ...node.attributes } };
  const spans = node.spans.map((s) => ({ ...s, attributes: { ...s.attributes } }));
  if (node.kind === 'LIST_ITEM') {
    return { type: 'LIST_ITEM', text: node.text, nestingLevel: node.nestingLevel, glyphType: node.glyphType, listId: node.listId, attributes: { ...node.attributes }, spans };
  }
  return { type: 'PARAGRAPH', text: node.text, heading: node.heading, alignment: node.alignment, element: node.inline, attributes: { ...node.attributes }, spans };
}

const sectionView = (section: SectionNode | null) => (section ? section.children.map(elementView) : null);

export function makeDocumentsInspector(store: DriveStore): DocumentsInspector {
  const view = (id: string): DocumentView | null => {
    const item = store.items.get(id);
    if (!item?.doc) return null;
    return {
      id,
      name: item.name,
      url: store.url(item),
      body: item.doc.body.children.map(elementView),
      header: sectionView(item.doc.header),
      footer: sectionView(item.doc.footer),
      text: sectionText(item.doc.body),
      trashed: item.trashed,
      parentFolderIds: item.parents.slice(),
      createdByApp: item.createdByApp,
      savedAndClosed: item.doc.closed,
    };
  };
  return {
    get: view,
    list: () => [...store.items.values()].filter((i) => i.doc).map((i) => view(i.id) as DocumentView),
    text: (id) => view(id)?.text ?? '',
    failBodyOf: (namePart) => void (store.failingDocumentName = namePart),
  };
}

/** List IDs of the lists a spec names (LIST_ITEM `list`), per document. */
type NamedLists = Map<string, string>;

function addElement(section: SectionNode, spec: DocumentElementSpec, lists: NamedLists): void {
  const at = section.children.length;
  if (typeof spec === 'string') {
    insertBlock(section, at, newParagraph(spec));
    return;
  }
  switch (spec.type) {
    case 'PARAGRAPH': {
      const p = insertBlock(section, at, newParagraph(spec.text));
      if (spec.heading) p.heading = spec.heading;
      if (spec.alignment) p.alignment = spec.alignment;
      if (spec.bold) p.attributes.BOLD = true;
      return;
    }
    case 'LIST_ITEM': {
      const item = insertBlock(section, at, newParagraph(spec.text, 'LIST_ITEM'));
      item.nestingLevel = spec.nestingLevel ?? 0;
      joinPrecedingList(item);
      if (spec.glyphType) item.glyphType = spec.glyphType;
      if (spec.list !== undefined) {
        if (lists.has(spec.list)) item.listId = lists.get(spec.list)!;
        else lists.set(spec.list, item.listId!);
      }
      return;
    }
    case 'TABLE': {
      const table = newTable();
      for (const cells of spec.cells) appendRow(table, newRow(cells.map(String)));
      insertBlock(section, at, table);
      return;
    }
    default: {
      const p = insertBlock(section, at, newParagraph());
      p.inline = spec.type;
    }
  }
}

/** Adds the documents a test declares (a user's template, an earlier agreement). */
export function addSpecDocuments(store: DriveStore, specs: DocumentSpec[] = []): void {
  for (const spec of specs) {
    const item = store.createDocument(spec.name, spec.folderId ?? store.rootId, spec.id, false);
    item.accessible = !spec.inaccessible;
    if (spec.owner) item.owner = spec.owner;
    item.sharedWith = (spec.sharedWith ?? []).slice();
    item.trashed = Boolean(spec.trashed);
    const body = item.doc!.body;
    if (spec.body && spec.body.length) {
      body.children = [];
      const lists: NamedLists = new Map();
      for (const element of spec.body) addElement(body, element, lists);
      const last = body.children[body.children.length - 1];
      // As Docs keeps it: a body never ends with a table.
      if (last.kind === 'TABLE') insertBlock(body, body.children.length, newParagraph());
    }
  }
}

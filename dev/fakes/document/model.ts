/**
 * The in-memory Google Doc: sections holding paragraphs, list items and
 * tables. Text formatting is kept per element and as character spans, enough
 * for tests and the preview to see what a user would see.
 */
import { gasError } from '../errors';

export type Attributes = Record<string, unknown>;

export interface Span {
  start: number;
  /** Inclusive, as in Apps Script's Text ranges. */
  end: number;
  attributes: Attributes;
}

export interface TextHolder {
  text: string;
  attributes: Attributes;
  spans: Span[];
}

export interface ParagraphNode extends TextHolder {
  kind: 'PARAGRAPH' | 'LIST_ITEM';
  heading: string;
  alignment: string | null;
  /** A horizontal rule or page break is a paragraph holding that element. */
  inline: 'HORIZONTAL_RULE' | 'PAGE_BREAK' | null;
  nestingLevel: number;
  glyphType: string | null;
  listId: string | null;
  parent: SectionNode | null;
}

export interface TableCellNode extends TextHolder {
  kind: 'TABLE_CELL';
  background: string | null;
  parent: TableRowNode | null;
}

export interface TableRowNode {
  kind: 'TABLE_ROW';
  cells: TableCellNode[];
  parent: TableNode | null;
}

export interface TableNode {
  kind: 'TABLE';
  rows: TableRowNode[];
  attributes: Attributes;
  parent: SectionNode | null;
}

export type BlockNode = ParagraphNode | TableNode;

export interface SectionNode {
  kind: 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION';
  children: BlockNode[];
  attributes: Attributes;
  document: DocumentModel;
}

export interface DocumentModel {
  id: string;
  name: string;
  body: SectionNode;
  header: SectionNode | null;
  footer: SectionNode | null;
  closed: boolean;
}

let listCounter = 0;

export function newParagraph(text = '', kind: ParagraphNode['kind'] = 'PARAGRAPH'): ParagraphNode {
  return {
    kind,
    text,
    attributes: {},
    spans: [],
    heading: 'NORMAL',
    alignment: null,
    inline: null,
    nestingLevel: 0,
    glyphType: kind === 'LIST_ITEM' ? 'BULLET' : null,
    listId: kind === 'LIST_ITEM' ? `kix.list${++listCounter}` : null,
    parent: null,
  };
}

export function newCell(text = ''): TableCellNode {
  return { kind: 'TABLE_CELL', text, attributes: {}, spans: [], background: null, parent: null };
}

export function newRow(texts: string[] = []): TableRowNode {
  const row: TableRowNode = { kind: 'TABLE_ROW', cells: [], parent: null };
  for (const text of texts) appendCell(row, newCell(text));
  return row;
}

export function appendCell(row: TableRowNode, cell: TableCellNode): TableCellNode {
  cell.parent = row;
  row.cells.push(cell);
  return cell;
}

export function newTable(cells: string[][] = []): TableNode {
  const table: TableNode = { kind: 'TABLE', rows: [], attributes: {}, parent: null };
  for (const texts of cells) appendRow(table, newRow(texts.map(String)));
  return table;
}

export function appendRow(table: TableNode, row: TableRowNode): TableRowNode {
  row.parent = table;
  table.rows.push(row);
  return row;
}

export function newSection(kind: SectionNode['kind'], document: DocumentModel): SectionNode {
  const section: SectionNode = { kind, children: [], attributes: {}, document };
  // Docs never has an empty section: there is always one (possibly empty) paragraph.
  insertBlock(section, section.children.length, newParagraph());
  return section;
}

export function newDocument(id: string, name: string): DocumentModel {
  const doc = { id, name, header: null, footer: null, closed: false } as unknown as DocumentModel;
  doc.body = newSection('BODY_SECTION', doc);
  return doc;
}

export function insertBlock<T extends BlockNode>(section: SectionNode, index: number, node: T): T {
  if (node.parent) throw gasError('Element must be detached.');
  if (index < 0 || index > section.children.length) throw gasError(`Child index (${index}) must be less than or equal to the number of child elements (${section.children.length}).`);
  node.parent = section;
  section.children.splice(index, 0, node);
  return node;
}

export function removeBlock(node: BlockNode): void {
  const section = node.parent;
  if (!section) return;
  const index = section.children.indexOf(node);
  if (section.children.length === 1) {
    throw gasError("Can't remove the last paragraph in a document section.");
  }
  section.children.splice(index, 1);
  node.parent = null;
}

/** A detached deep copy (Element.copy()). */
export function copyBlock<T extends BlockNode | TableCellNode | TableRowNode>(node: T): T {
  const clone = <U>(value: U): U => JSON.parse(JSON.stringify(value, (key, v) => (key === 'parent' || key === 'document' ? undefined : v)));
  const copy = clone(node) as T & { parent: null };
  copy.parent = null;
  if (copy.kind === 'TABLE') {
    for (const row of copy.rows) {
      row.parent = copy;
      for (const cell of row.cells) cell.parent = row;
    }
  } else if (copy.kind === 'TABLE_ROW') {
    for (const cell of copy.cells) cell.parent = copy;
  }
  return copy;
}

/** Every text holder of a section in reading order (paragraphs, list items, table cells). */
export function textHolders(section: SectionNode): TextHolder[] {
  const holders: TextHolder[] = [];
  for (const child of section.children) {
    if (child.kind === 'TABLE') for (const row of child.rows) holders.push(...row.cells);
    else holders.push(child);
  }
  return holders;
}

export function tableText(table: TableNode): string {
  return table.rows.map((row) => row.cells.map((c) => c.text).join('\t')).join('\n');
}

export function sectionText(section: SectionNode): string {
  return section.children.map((child) => (child.kind === 'TABLE' ? tableText(child) : child.text)).join('\n');
}

/**
 * Apps Script patterns are RE2; JS RegExp reads the same syntax for what
 * templates use. \Q…\E (RE2 literal text) is translated.
 */
export function re2(pattern: string, flags = 'g'): RegExp {
  const translated = String(pattern).replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_m, literal: string) => literal.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&'));
  try {
    return new RegExp(translated, flags);
  } catch {
    throw gasError(`Invalid regular expression: ${pattern}`);
  }
}

/** Replaces every match in a holder; the replacement is literal text. Spans are clamped to the new text. */
export function replaceInHolder(holder: TextHolder, pattern: RegExp, replacement: string): void {
  pattern.lastIndex = 0;
  if (!pattern.test(holder.text)) return;
  pattern.lastIndex = 0;
  holder.text = holder.text.replace(pattern, () => replacement);
  const last = holder.text.length - 1;
  holder.spans = holder.spans.filter((s) => s.start <= last).map((s) => ({ ...s, end: Math.min(s.end, last) }));
}

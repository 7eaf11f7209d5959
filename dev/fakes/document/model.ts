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

/**
 * A section never ends with a table: Docs keeps a paragraph after it (the Docs
 * API inserts a table only "inside the bounds of an existing Paragraph",
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttablerequest,
 * so the paragraph it splits stays behind the table). Body.appendTable, and
 * insertTable at the end, therefore leave an empty paragraph after the table
 * (https://developers.google.com/apps-script/reference/document/body#appendtablecells
 * does not say so; a real Doc shows it, and a script that appends a paragraph
 * next gets a blank line between the table and it).
 */
export function insertTableBlock(section: SectionNode, index: number, table: TableNode): TableNode {
  insertBlock(section, index, table);
  if (section.children[section.children.length - 1] === table) insertBlock(section, section.children.length, newParagraph());
  return table;
}

/**
 * A list item made from text joins the list of the list item right before it;
 * after anything else it starts a new list (the Docs rule for bullets: "If the
 * paragraph immediately before paragraphs being updated is in a list with a
 * matching preset, the paragraphs being updated are added to that preceding
 * list", https://developers.google.com/docs/api/reference/rest/v1/documents/request#createparagraphbulletsrequest).
 * An item it joins shows that list's glyph. A copied item keeps its own list ID.
 */
export function joinPrecedingList(item: ParagraphNode): void {
  const siblings = item.parent?.children ?? [];
  const before = siblings[siblings.indexOf(item) - 1];
  if (!before || before.kind !== 'LIST_ITEM') return;
  item.listId = before.listId;
  item.glyphType = before.glyphType;
}

export function removeBlock(node: BlockNode): void {
  const section = node.parent;
  if (!section) return;
  const index = section.children.indexOf(node);
  const last = index === section.children.length - 1;
  // The section's last paragraph can go only into a paragraph before it (its newline is the section's end).
  if (section.children.length === 1 || (last && section.children[index - 1].kind === 'TABLE')) {
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
 * replaceText and findText take a pattern string that Apps Script hands to
 * Google's RE2 library, not a JavaScript RegExp (Body.replaceText/findText,
 * https://developers.google.com/apps-script/reference/document/body; the same
 * on Text, Paragraph, ListItem and Table). RE2 refuses what needs
 * backtracking: look-ahead and look-behind, back-references, atomic groups and
 * possessive (doubled) repetition (https://github.com/google/re2/wiki/Syntax,
 * "NOT SUPPORTED"). JavaScript accepts all of them, so the fake refuses them
 * first. Apps Script's exact message was found neither in the reference nor in
 * the issue trackers searched; "Invalid argument: searchPattern" (its usual
 * form for a refused argument) is assumed.
 */
export function re2(pattern: string, flags = 'g'): RegExp {
  const source = String(pattern);
  if (re2Refuses(source)) throw gasError('Invalid argument: searchPattern');
  try {
    return new RegExp(re2ToJs(source), flags);
  } catch {
    throw gasError('Invalid argument: searchPattern');
  }
}

const NOT_RE2_GROUP = /^\(\?(=|!|<=|<!|>)/;
const REPEAT = '*+?';

/** Whether RE2 refuses the pattern for syntax JavaScript would accept (escapes and character classes read as such). */
export function re2Refuses(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && pattern[i + 2] === '<')) return true;
      if (next === 'Q') {
        const end = pattern.indexOf('\\E', i + 2);
        i = end < 0 ? pattern.length : end + 1;
      } else i++;
    } else if (c === '[') {
      i = classEnd(pattern, i);
    } else if (c === '(' && NOT_RE2_GROUP.test(pattern.slice(i))) {
      return true;
    } else if (REPEAT.includes(c) && i > 0 && (pattern[i + 1] === '+' || pattern[i + 1] === '*')) {
      // a*+, a++, a?*: RE2 has no possessive or doubled repetition ("bad repetition operator").
      return true;
    }
  }
  return false;
}

/** The index of the ']' closing the class opened at `open` (a ']' right after '[' or '[^' is a member). */
function classEnd(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
  return i;
}

/** RE2 syntax JavaScript spells otherwise: \Q…\E (literal text), (?P<name>…), \A and \z. */
function re2ToJs(pattern: string): string {
  return pattern
    .replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_m, literal: string) => literal.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&'))
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$');
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

/** The Docs element facades: Text, Paragraph, ListItem, Table, TableRow, TableCell and sections. */
import { Facade } from '../calls/counting';
import { gasError } from '../errors';
import {
  appendCell,
  appendRow,
  copyBlock,
  insertBlock,
  insertTableBlock,
  joinPrecedingList,
  newCell,
  newParagraph,
  newRow,
  newTable,
  re2,
  removeBlock,
  replaceInHolder,
  sectionText,
  tableText,
  textHolders,
  type Attributes,
  type BlockNode,
  type ParagraphNode,
  type SectionNode,
  type TableCellNode,
  type TableNode,
  type TableRowNode,
  type TextHolder,
} from './model';

const SERVICE = 'DocumentApp';

/** A run of an element's text: the whole text, or the part appendText() added. */
export class FakeText extends Facade {
  static gasName = 'Text';
  static service = SERVICE;

  constructor(
    readonly holder: TextHolder,
    private readonly from: number | null = null,
    private readonly to: number | null = null,
  ) {
    super();
  }

  private _format(key: string, args: unknown[]): this {
    if (args.length >= 3) {
      const [start, end, value] = args as [number, number, unknown];
      if (start < 0 || end >= this.holder.text.length || start > end) throw gasError('Invalid argument: offset');
      this.holder.spans.push({ start, end, attributes: { [key]: value } });
    } else if (this.from !== null && this.to !== null) {
      // A run added by appendText keeps its own formatting when more text follows.
      if (this.to >= this.from) this.holder.spans.push({ start: this.from, end: this.to, attributes: { [key]: args[0] } });
    } else {
      this.holder.attributes[key] = args[0];
    }
    return this;
  }

  getText(): string {
    return this.from === null ? this.holder.text : this.holder.text.slice(this.from, (this.to ?? -1) + 1);
  }
  setText(text: string): this {
    this.holder.text = String(text);
    this.holder.spans = [];
    return this;
  }
  appendText(text: string): FakeText {
    const start = this.holder.text.length;
    this.holder.text += String(text);
    return new FakeText(this.holder, start, this.holder.text.length - 1);
  }
  insertText(offset: number, text: string): this {
    this.holder.text = this.holder.text.slice(0, offset) + String(text) + this.holder.text.slice(offset);
    return this;
  }
  deleteText(startOffset: number, endOffsetInclusive: number): this {
    this.holder.text = this.holder.text.slice(0, startOffset) + this.holder.text.slice(endOffsetInclusive + 1);
    return this;
  }
  setBold(...args: unknown[]): this {
    return this._format('BOLD', args);
  }
  setItalic(...args: unknown[]): this {
    return this._format('ITALIC', args);
  }
  setUnderline(...args: unknown[]): this {
    return this._format('UNDERLINE', args);
  }
  setStrikethrough(...args: unknown[]): this {
    return this._format('STRIKETHROUGH', args);
  }
  setFontSize(...args: unknown[]): this {
    return this._format('FONT_SIZE', args);
  }
  setFontFamily(...args: unknown[]): this {
    return this._format('FONT_FAMILY', args);
  }
  setForegroundColor(...args: unknown[]): this {
    return this._format('FOREGROUND_COLOR', args);
  }
  setBackgroundColor(...args: unknown[]): this {
    return this._format('BACKGROUND_COLOR', args);
  }
  setLinkUrl(...args: unknown[]): this {
    return this._format('LINK_URL', args);
  }
  isBold(offset?: number): boolean | null {
    const span = offset === undefined ? undefined : [...this.holder.spans].reverse().find((s) => s.start <= offset && offset <= s.end && 'BOLD' in s.attributes);
    const value = span ? span.attributes.BOLD : this.holder.attributes.BOLD;
    return value === undefined ? null : Boolean(value);
  }
  setAttributes(...args: unknown[]): this {
    const attributes = (args.length >= 3 ? args[2] : args[0]) as Attributes;
    for (const key of Object.keys(attributes)) this._format(key, args.length >= 3 ? [args[0], args[1], attributes[key]] : [attributes[key]]);
    return this;
  }
  getAttributes(): Attributes {
    return { ...this.holder.attributes };
  }
  replaceText(searchPattern: string, replacement: string): this {
    replaceInHolder(this.holder, re2(searchPattern), String(replacement));
    return this;
  }
  getType(): string {
    return 'TEXT';
  }
}

abstract class TextElement<N extends TextHolder> extends Facade {
  constructor(readonly node: N) {
    super();
  }
  /** Element.asX(): the element itself, when it is that type. */
  private _cast(type: string): this {
    if (this.getType() !== type) throw gasError(`Cannot cast ${this.getType()} to ${type}.`);
    return this;
  }
  abstract getType(): string;
  asParagraph(): this {
    return this._cast('PARAGRAPH');
  }
  asListItem(): this {
    return this._cast('LIST_ITEM');
  }
  asTableCell(): this {
    return this._cast('TABLE_CELL');
  }
  asText(): FakeText {
    return new FakeText(this.node);
  }
  getText(): string {
    return this.node.text;
  }
  setText(text: string): this {
    this.node.text = String(text);
    this.node.spans = [];
    return this;
  }
  appendText(text: string): FakeText {
    return new FakeText(this.node).appendText(text);
  }
  editAsText(): FakeText {
    return new FakeText(this.node);
  }
  replaceText(searchPattern: string, replacement: string): this {
    replaceInHolder(this.node, re2(searchPattern), String(replacement));
    return this;
  }
  setAttributes(attributes: Attributes): this {
    Object.assign(this.node.attributes, attributes);
    return this;
  }
  getAttributes(): Attributes {
    return { ...this.node.attributes };
  }
  setLinkUrl(url: string | null): this {
    this.node.attributes.LINK_URL = url;
    return this;
  }
  isAtDocumentEnd(): boolean {
    return false;
  }
}

export class FakeParagraph extends TextElement<ParagraphNode> {
  static gasName = 'Paragraph';
  static service = SERVICE;

  getType(): string {
    return this.node.kind;
  }
  getHeading(): string {
    return this.node.heading;
  }
  setHeading(heading: string): this {
    this.node.heading = String(heading);
    return this;
  }
  getAlignment(): string | null {
    return this.node.alignment;
  }
  setAlignment(alignment: string): this {
    this.node.alignment = alignment;
    return this;
  }
  setAttributes(attributes: Attributes): this {
    if ('HEADING' in attributes) this.node.heading = String(attributes.HEADING);
    if ('HORIZONTAL_ALIGNMENT' in attributes) this.node.alignment = attributes.HORIZONTAL_ALIGNMENT as string;
    return super.setAttributes(attributes);
  }
  getAttributes(): Attributes {
    return { ...this.node.attributes, HEADING: this.node.heading, HORIZONTAL_ALIGNMENT: this.node.alignment };
  }
  setSpacingBefore(spacing: number): this {
    this.node.attributes.SPACING_BEFORE = spacing;
    return this;
  }
  setSpacingAfter(spacing: number): this {
    this.node.attributes.SPACING_AFTER = spacing;
    return this;
  }
  setLineSpacing(multiplier: number): this {
    this.node.attributes.LINE_SPACING = multiplier;
    return this;
  }
  setIndentStart(indent: number): this {
    this.node.attributes.INDENT_START = indent;
    return this;
  }
  setIndentFirstLine(indent: number): this {
    this.node.attributes.INDENT_FIRST_LINE = indent;
    return this;
  }
  getNumChildren(): number {
    return this.node.text || this.node.inline ? 1 : 0;
  }
  copy(): FakeParagraph {
    return elementFor(copyBlock(this.node)) as FakeParagraph;
  }
  getParent(): FakeSection | null {
    return this.node.parent ? new FakeSection(this.node.parent) : null;
  }
  removeFromParent(): this {
    removeBlock(this.node);
    return this;
  }
  merge(): this {
    return this;
  }
}

export class FakeListItem extends FakeParagraph {
  static gasName = 'ListItem';
  static service = SERVICE;

  getGlyphType(): string | null {
    return this.node.glyphType;
  }
  setGlyphType(glyphType: string): this {
    this.node.glyphType = glyphType;
    return this;
  }
  getNestingLevel(): number {
    return this.node.nestingLevel;
  }
  setNestingLevel(level: number): this {
    this.node.nestingLevel = level;
    return this;
  }
  /**
   * ListItems with the same list ID are one list, numbered together, adjacent
   * or not; setListId(item) puts this item in item's list
   * (https://developers.google.com/apps-script/reference/document/list-item).
   */
  getListId(): string | null {
    return this.node.listId;
  }
  setListId(listItem: FakeListItem): this {
    if (!(listItem instanceof FakeListItem) || listItem.node.kind !== 'LIST_ITEM') throw gasError('Invalid argument: listItem');
    this.node.listId = listItem.node.listId;
    return this;
  }
  copy(): FakeListItem {
    return elementFor(copyBlock(this.node)) as FakeListItem;
  }
}

/** A paragraph holding a horizontal rule or page break, as Docs stores them. */
export class FakeInlineElement extends Facade {
  static gasName = 'HorizontalRule';
  static service = SERVICE;

  constructor(readonly node: ParagraphNode) {
    super();
  }
  getType(): string {
    return this.node.inline ?? 'HORIZONTAL_RULE';
  }
  getParent(): FakeParagraph {
    return new FakeParagraph(this.node);
  }
  removeFromParent(): this {
    removeBlock(this.node);
    return this;
  }
  copy(): FakeInlineElement {
    return new FakeInlineElement(copyBlock(this.node));
  }
}

export class FakeTableCell extends TextElement<TableCellNode> {
  static gasName = 'TableCell';
  static service = SERVICE;

  getType(): string {
    return 'TABLE_CELL';
  }
  setBackgroundColor(color: string | null): this {
    this.node.background = color;
    return this;
  }
  getBackgroundColor(): string | null {
    return this.node.background;
  }
  setWidth(width: number): this {
    this.node.attributes.WIDTH = width;
    return this;
  }
  setVerticalAlignment(alignment: string): this {
    this.node.attributes.VERTICAL_ALIGNMENT = alignment;
    return this;
  }
  setPaddingTop(padding: number): this {
    this.node.attributes.PADDING_TOP = padding;
    return this;
  }
  setPaddingBottom(padding: number): this {
    this.node.attributes.PADDING_BOTTOM = padding;
    return this;
  }
  appendParagraph(text: string): FakeText {
    this.node.text = this.node.text ? `${this.node.text}\n${text}` : String(text);
    return new FakeText(this.node);
  }
  getParentRow(): FakeTableRow | null {
    return this.node.parent ? new FakeTableRow(this.node.parent) : null;
  }
  copy(): FakeTableCell {
    return new FakeTableCell(copyBlock(this.node));
  }
}

export class FakeTableRow extends Facade {
  static gasName = 'TableRow';
  static service = SERVICE;

  constructor(readonly node: TableRowNode) {
    super();
  }
  getType(): string {
    return 'TABLE_ROW';
  }
  getNumCells(): number {
    return this.node.cells.length;
  }
  getNumChildren(): number {
    return this.node.cells.length;
  }
  getCell(cellIndex: number): FakeTableCell {
    const cell = this.node.cells[cellIndex];
    if (!cell) throw gasError(`Child index (${cellIndex}) must be less than the number of child elements (${this.node.cells.length}).`);
    return new FakeTableCell(cell);
  }
  getChild(childIndex: number): FakeTableCell {
    return this.getCell(childIndex);
  }
  appendTableCell(textOrCell?: string | FakeTableCell): FakeTableCell {
    const cell = textOrCell instanceof FakeTableCell ? textOrCell.node : newCell(textOrCell === undefined ? '' : String(textOrCell));
    return new FakeTableCell(appendCell(this.node, cell));
  }
  getText(): string {
    return this.node.cells.map((c) => c.text).join('\t');
  }
  getParentTable(): FakeTable | null {
    return this.node.parent ? new FakeTable(this.node.parent) : null;
  }
  setMinimumHeight(_height: number): this {
    return this;
  }
  copy(): FakeTableRow {
    return new FakeTableRow(copyBlock(this.node));
  }
}

export class FakeTable extends Facade {
  static gasName = 'Table';
  static service = SERVICE;

  constructor(readonly node: TableNode) {
    super();
  }
  getType(): string {
    return 'TABLE';
  }
  asTable(): this {
    return this;
  }
  getNumRows(): number {
    return this.node.rows.length;
  }
  getNumChildren(): number {
    return this.node.rows.length;
  }
  getRow(rowIndex: number): FakeTableRow {
    const row = this.node.rows[rowIndex];
    if (!row) throw gasError(`Child index (${rowIndex}) must be less than the number of child elements (${this.node.rows.length}).`);
    return new FakeTableRow(row);
  }
  getChild(childIndex: number): FakeTableRow {
    return this.getRow(childIndex);
  }
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }
  appendTableRow(row?: FakeTableRow): FakeTableRow {
    return new FakeTableRow(appendRow(this.node, row ? row.node : newRow()));
  }
  removeRow(rowIndex: number): FakeTableRow {
    const [row] = this.node.rows.splice(rowIndex, 1);
    if (!row) throw gasError('Invalid argument: rowIndex');
    row.parent = null;
    return new FakeTableRow(row);
  }
  getText(): string {
    return tableText(this.node);
  }
  replaceText(searchPattern: string, replacement: string): this {
    const pattern = re2(searchPattern);
    for (const row of this.node.rows) for (const cell of row.cells) replaceInHolder(cell, pattern, String(replacement));
    return this;
  }
  setBorderWidth(width: number): this {
    this.node.attributes.BORDER_WIDTH = width;
    return this;
  }
  setBorderColor(color: string): this {
    this.node.attributes.BORDER_COLOR = color;
    return this;
  }
  setColumnWidth(columnIndex: number, width: number): this {
    this.node.attributes[`COLUMN_WIDTH_${columnIndex}`] = width;
    return this;
  }
  setAttributes(attributes: Attributes): this {
    Object.assign(this.node.attributes, attributes);
    return this;
  }
  getAttributes(): Attributes {
    return { ...this.node.attributes };
  }
  copy(): FakeTable {
    return new FakeTable(copyBlock(this.node));
  }
  getParent(): FakeSection | null {
    return this.node.parent ? new FakeSection(this.node.parent) : null;
  }
  removeFromParent(): this {
    removeBlock(this.node);
    return this;
  }
}

export function elementFor(node: BlockNode): Facade {
  if (node.kind === 'TABLE') return new FakeTable(node);
  if (node.kind === 'LIST_ITEM') return new FakeListItem(node);
  return new FakeParagraph(node);
}

function paragraphNode(kind: ParagraphNode['kind'], value: unknown): ParagraphNode {
  if (value instanceof FakeParagraph) {
    if (value.node.kind !== kind) throw gasError(`Invalid argument: ${kind === 'LIST_ITEM' ? 'listItem' : 'paragraph'}`);
    return value.node;
  }
  return newParagraph(value === undefined ? '' : String(value), kind);
}

function tableNode(value: unknown): TableNode {
  if (value instanceof FakeTable) return value.node;
  if (value === undefined) return newTable();
  if (!Array.isArray(value) || !value.every(Array.isArray)) throw gasError('Invalid argument: cells');
  return newTable(value as string[][]);
}

/** Body, header and footer sections. */
export class FakeSection extends Facade {
  static gasName = 'Body';
  static service = SERVICE;

  constructor(readonly node: SectionNode) {
    super();
  }

  private _inline(kind: 'HORIZONTAL_RULE' | 'PAGE_BREAK', index: number): FakeInlineElement {
    const paragraph = newParagraph();
    paragraph.inline = kind;
    return new FakeInlineElement(insertBlock(this.node, index, paragraph));
  }

  getType(): string {
    return this.node.kind;
  }
  appendParagraph(textOrParagraph: string | FakeParagraph): FakeParagraph {
    return new FakeParagraph(insertBlock(this.node, this.node.children.length, paragraphNode('PARAGRAPH', textOrParagraph)));
  }
  insertParagraph(childIndex: number, textOrParagraph: string | FakeParagraph): FakeParagraph {
    return new FakeParagraph(insertBlock(this.node, childIndex, paragraphNode('PARAGRAPH', textOrParagraph)));
  }
  appendListItem(textOrItem: string | FakeListItem): FakeListItem {
    return this.insertListItem(this.node.children.length, textOrItem);
  }
  /** A new item from text joins the list right before it (joinPrecedingList); a copied one keeps its list. */
  insertListItem(childIndex: number, textOrItem: string | FakeListItem): FakeListItem {
    const item = insertBlock(this.node, childIndex, paragraphNode('LIST_ITEM', textOrItem));
    if (!(textOrItem instanceof FakeListItem)) joinPrecedingList(item);
    return new FakeListItem(item);
  }
  /** Docs keeps a paragraph after a table that ends the section (insertTableBlock). */
  appendTable(cellsOrTable?: string[][] | FakeTable): FakeTable {
    return new FakeTable(insertTableBlock(this.node, this.node.children.length, tableNode(cellsOrTable)));
  }
  insertTable(childIndex: number, cellsOrTable?: string[][] | FakeTable): FakeTable {
    return new FakeTable(insertTableBlock(this.node, childIndex, tableNode(cellsOrTable)));
  }
  appendHorizontalRule(): FakeInlineElement {
    return this._inline('HORIZONTAL_RULE', this.node.children.length);
  }
  insertHorizontalRule(childIndex: number): FakeInlineElement {
    return this._inline('HORIZONTAL_RULE', childIndex);
  }
  appendPageBreak(): FakeInlineElement {
    return this._inline('PAGE_BREAK', this.node.children.length);
  }
  insertPageBreak(childIndex: number): FakeInlineElement {
    return this._inline('PAGE_BREAK', childIndex);
  }
  clear(): this {
    for (const child of this.node.children) child.parent = null;
    this.node.children = [];
    insertBlock(this.node, 0, newParagraph());
    return this;
  }
  getNumChildren(): number {
    return this.node.children.length;
  }
  getChild(childIndex: number): Facade {
    const child = this.node.children[childIndex];
    if (!child) throw gasError(`Child index (${childIndex}) must be less than the number of child elements (${this.node.children.length}).`);
    return elementFor(child);
  }
  getChildIndex(child: { node: BlockNode }): number {
    const index = this.node.children.indexOf(child.node);
    if (index < 0) throw gasError('Element does not contain the specified child element.');
    return index;
  }
  removeChild(child: { node: BlockNode }): this {
    if (child.node.parent !== this.node) throw gasError('Element does not contain the specified child element.');
    removeBlock(child.node);
    return this;
  }
  getParagraphs(): FakeParagraph[] {
    return this.node.children.filter((c): c is ParagraphNode => c.kind !== 'TABLE').map((c) => elementFor(c) as FakeParagraph);
  }
  getListItems(): FakeListItem[] {
    return this.node.children.filter((c): c is ParagraphNode => c.kind === 'LIST_ITEM').map((c) => new FakeListItem(c));
  }
  getTables(): FakeTable[] {
    return this.node.children.filter((c): c is TableNode => c.kind === 'TABLE').map((c) => new FakeTable(c));
  }
  getText(): string {
    return sectionText(this.node);
  }
  editAsText(): FakeText {
    return new FakeText({ text: this.getText(), attributes: this.node.attributes, spans: [] });
  }
  /** Every paragraph, list item and table cell; the pattern is a regular expression, the replacement literal. */
  replaceText(searchPattern: string, replacement: string): this {
    const pattern = re2(searchPattern);
    for (const holder of textHolders(this.node)) replaceInHolder(holder, pattern, String(replacement));
    return this;
  }
  findText(searchPattern: string, from?: FakeRangeElement): FakeRangeElement | null {
    const pattern = re2(searchPattern, '');
    const holders = textHolders(this.node);
    const start = from ? holders.indexOf(from.holder) : 0;
    for (let i = Math.max(start, 0); i < holders.length; i++) {
      const offset = from && i === start ? from.end + 1 : 0;
      const match = pattern.exec(holders[i].text.slice(offset));
      if (match) return new FakeRangeElement(holders[i], offset + match.index, offset + match.index + match[0].length - 1);
    }
    return null;
  }
  setAttributes(attributes: Attributes): this {
    Object.assign(this.node.attributes, attributes);
    return this;
  }
  getAttributes(): Attributes {
    return { ...this.node.attributes };
  }
  setMarginTop(margin: number): this {
    this.node.attributes.MARGIN_TOP = margin;
    return this;
  }
  setMarginBottom(margin: number): this {
    this.node.attributes.MARGIN_BOTTOM = margin;
    return this;
  }
  setMarginLeft(margin: number): this {
    this.node.attributes.MARGIN_LEFT = margin;
    return this;
  }
  setMarginRight(margin: number): this {
    this.node.attributes.MARGIN_RIGHT = margin;
    return this;
  }
  getMarginTop(): number {
    return (this.node.attributes.MARGIN_TOP as number) ?? 72;
  }
  getMarginBottom(): number {
    return (this.node.attributes.MARGIN_BOTTOM as number) ?? 72;
  }
  getMarginLeft(): number {
    return (this.node.attributes.MARGIN_LEFT as number) ?? 72;
  }
  getMarginRight(): number {
    return (this.node.attributes.MARGIN_RIGHT as number) ?? 72;
  }
  setPageWidth(width: number): this {
    this.node.attributes.PAGE_WIDTH = width;
    return this;
  }
  setPageHeight(height: number): this {
    this.node.attributes.PAGE_HEIGHT = height;
    return this;
  }
}

export class FakeRangeElement extends Facade {
  static gasName = 'RangeElement';
  static service = SERVICE;

  constructor(
    readonly holder: TextHolder,
    readonly start: number,
    readonly end: number,
  ) {
    super();
  }
  getElement(): FakeText {
    return new FakeText(this.holder);
  }
  getStartOffset(): number {
    return this.start;
  }
  getEndOffsetInclusive(): number {
    return this.end;
  }
  isPartial(): boolean {
    return !(this.start === 0 && this.end === this.holder.text.length - 1);
  }
}

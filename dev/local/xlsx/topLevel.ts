/**
 * A part's root element as the list of its children, each kept as the text
 * the file had (up to the next child), so that replacing, inserting or
 * removing one child leaves every other byte alone. Inserting respects the
 * schema's order of children, which Excel enforces.
 */
import { childElements, rootElement, tagEnd } from './xml';

export interface TopItem {
  /** Local name; for an mc:AlternateContent, the name of the element it wraps (for ordering). */
  name: string;
  text: string;
}

/** Children of <worksheet> in schema order (CT_Worksheet). */
export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges',
  'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting',
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

/** Children of <workbook> in schema order (CT_Workbook). */
export const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences',
  'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing',
  'fileRecoveryPr', 'webPublishObjects', 'extLst',
];

export class TopLevel {
  private constructor(
    /** Everything up to and including the root's start tag. */
    readonly head: string,
    readonly items: TopItem[],
    /** The root's closing tag and anything after it. */
    readonly tail: string,
    readonly prefix: string,
    private readonly order: string[],
  ) {}

  static parse(xml: string, rootName: string, order: string[]): TopLevel {
    const root = rootElement(xml, rootName);
    if (xml.charCodeAt(root.openEnd - 1) === 47) {
      // <worksheet/>: give it a body.
      const open = xml.slice(0, root.openEnd - 1).replace(/\s+$/, '') + '>';
      return new TopLevel(open, [], `</${root.prefix}${rootName}>${xml.slice(root.openEnd + 1)}`, root.prefix, order);
    }
    const children = childElements(xml, root.openEnd + 1, root.close);
    const items = children.map((child, i) => ({
      name: child.name === 'AlternateContent' ? wrappedName(xml, child.start, child.end) : child.name,
      text: xml.slice(child.start, i + 1 < children.length ? children[i + 1].start : root.close),
    }));
    const bodyStart = children.length ? children[0].start : root.close;
    return new TopLevel(xml.slice(0, bodyStart), items, xml.slice(root.close), root.prefix, order);
  }

  find(name: string): TopItem | undefined {
    return this.items.find((item) => item.name === name);
  }

  all(name: string): TopItem[] {
    return this.items.filter((item) => item.name === name);
  }

  /** Replaces every child of this name with `texts` (none: removes them), in the schema's place. */
  setAll(name: string, texts: string[]): void {
    const first = this.items.findIndex((item) => item.name === name);
    const kept = this.items.filter((item) => item.name !== name);
    const fresh = texts.map((text) => ({ name, text }));
    const at = first !== -1 ? first - this.items.slice(0, first).filter((item) => item.name === name).length : this.insertionIndex(kept, name);
    kept.splice(at, 0, ...fresh);
    this.items.length = 0;
    this.items.push(...kept);
  }

  /** Replaces the (first) child of this name, or inserts it in the schema's place. */
  set(name: string, text: string): void {
    const item = this.find(name);
    if (item) item.text = text;
    else this.items.splice(this.insertionIndex(this.items, name), 0, { name, text });
  }

  remove(name: string): void {
    this.setAll(name, []);
  }

  private insertionIndex(items: TopItem[], name: string): number {
    const rank = this.order.indexOf(name);
    const later = items.findIndex((item) => this.order.indexOf(item.name) > rank);
    return later === -1 ? items.length : later;
  }

  /** The root's start tag (for namespace declarations). */
  get rootTag(): string {
    const start = this.head.lastIndexOf(`<${this.prefix}`);
    return this.head.slice(start, tagEnd(this.head, start) + 1);
  }

  /** Replaces the root's start tag (declaring a namespace). */
  setRootTag(tag: string): TopLevel {
    const old = this.rootTag;
    const at = this.head.lastIndexOf(old);
    return new TopLevel(this.head.slice(0, at) + tag + this.head.slice(at + old.length), this.items, this.tail, this.prefix, this.order);
  }

  toString(): string {
    return this.head + this.items.map((item) => item.text).join('') + this.tail;
  }
}

/** The element an mc:AlternateContent wraps (its first element other than Choice/Fallback). */
function wrappedName(xml: string, start: number, end: number): string {
  const re = /<([A-Za-z0-9_]+:)?([A-Za-z0-9_]+)[\s/>]/g;
  re.lastIndex = start + 1;
  for (let m = re.exec(xml); m && m.index < end; m = re.exec(xml)) {
    if (m[2] !== 'AlternateContent' && m[2] !== 'Choice' && m[2] !== 'Fallback') return m[2];
  }
  return 'AlternateContent';
}

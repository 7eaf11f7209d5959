/**
 * An .xlsx as a package of parts: the workbook, its sheets, styles, shared
 * strings and notes are found through the package's relationships (not by
 * assuming Excel's part names). Reading turns every worksheet into the fake's
 * typed sheet; an edit replaces or adds parts and writes a new zip in which
 * every other entry is copied as it was.
 */
import type { TransferSheet } from '../../fakes/spreadsheet/transfer';
import {
  CONTENT_TYPE,
  REL,
  RELATIONSHIPS_NS,
  addOverride,
  addRelationship,
  readRelationships,
  relativeTarget,
  relsPathOf,
  removeOverride,
  removeRelationship,
  resolveTarget,
  sameType,
} from './relationships';
import { readNotes, readSharedStrings, readSheetXml } from './sheetRead';
import { StyleBook } from './styles';
import { TopLevel, WORKBOOK_ORDER } from './topLevel';
import { attributes, escapeAttr, findElement, rootElement, tagEnd, withAttributes } from './xml';
import { entryText, makeEntry, readZip, writeZip, type ZipEntry } from './zip';

export interface SheetPart {
  name: string;
  /** The zip entry holding the worksheet, e.g. xl/worksheets/sheet1.xml. */
  part: string;
}

const CONTENT_TYPES = '[Content_Types].xml';

/** The namespace prefix (with its colon) the root element binds to r:id's namespace, or null. */
export function relationshipPrefix(rootTag: string): string | null {
  const m = new RegExp(`xmlns:([A-Za-z0-9_.-]+)\\s*=\\s*["']${RELATIONSHIPS_NS.replace(/[./]/g, '\\$&')}["']`).exec(rootTag);
  return m ? `${m[1]}:` : null;
}

/** Parts up to this many characters are kept as text after a save (the next edit of that sheet skips inflating it). */
const KEEP_TEXT = 8_000_000;

export interface FinishedEdit {
  bytes: Buffer;
  /** The text of the parts this save wrote (small ones), as the next package's cache. */
  texts: Map<string, string>;
}

export class XlsxPackage {
  private readonly byName: Map<string, ZipEntry>;

  private constructor(
    readonly entries: ZipEntry[],
    readonly workbookPart: string,
    readonly sheets: SheetPart[],
    readonly date1904: boolean,
    readonly styles: StyleBook,
    readonly stylesPart: string | null,
    private readonly known: Map<string, string>,
  ) {
    this.byName = new Map(entries.map((e) => [e.name, e]));
  }

  /** Reads the package structure; throws when the bytes are not a workbook. `known`: texts of parts already at hand. */
  static open(bytes: Buffer, known = new Map<string, string>()): XlsxPackage {
    const entries = readZip(bytes);
    const byName = new Map(entries.map((e) => [e.name, e]));
    const text = (part: string) => {
      const entry = byName.get(part);
      return known.get(part) ?? (entry ? entryText(entry) : null);
    };
    const office = readRelationships(text('_rels/.rels')).find((r) => sameType(r.type, REL.officeDocument));
    const workbookPart = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
    const workbook = text(workbookPart);
    if (workbook === null) throw new Error('no workbook part');
    const rels = readRelationships(text(relsPathOf(workbookPart)));
    const root = rootElement(workbook, 'workbook');
    const p = root.prefix;
    const sheets: SheetPart[] = [];
    for (let at = findElement(workbook, `${p}sheet`, root.openEnd, root.close); at !== -1; at = findElement(workbook, `${p}sheet`, at + 1, root.close)) {
      const a = attributes(workbook, at);
      const id = Object.entries(a).find(([key]) => key.endsWith(':id'))?.[1];
      const rel = rels.find((r) => r.id === id);
      if (!rel || !sameType(rel.type, REL.worksheet) || a.name === undefined) continue;
      const part = resolveTarget(workbookPart, rel.target);
      if (byName.has(part)) sheets.push({ name: a.name, part });
    }
    const pr = findElement(workbook, `${p}workbookPr`, root.openEnd, root.close);
    const date1904 = pr !== -1 && ['1', 'true'].includes(attributes(workbook, pr).date1904 ?? '');
    const stylesRel = rels.find((r) => sameType(r.type, REL.styles));
    const stylesPart = stylesRel ? resolveTarget(workbookPart, stylesRel.target) : null;
    const stylesXml = stylesPart ? text(stylesPart) : null;
    return new XlsxPackage(entries, workbookPart, sheets, date1904, StyleBook.parse(stylesXml ?? StyleBook.MINIMAL), stylesXml === null ? null : stylesPart, known);
  }

  has(part: string): boolean {
    return this.byName.has(part);
  }

  text(part: string): string | null {
    const entry = this.byName.get(part);
    if (!entry) return null;
    return this.known.get(part) ?? entryText(entry);
  }

  /** The part a relationship of `source` of this type points at, if any. */
  related(source: string, type: string, id?: string): string | null {
    const rel = readRelationships(this.text(relsPathOf(source))).find((r) => sameType(r.type, type) && (id === undefined || r.id === id) && !r.external);
    return rel ? resolveTarget(source, rel.target) : null;
  }

  /** Every worksheet as the fake's typed sheet. */
  readSheets(): TransferSheet[] {
    const stringsRel = readRelationships(this.text(relsPathOf(this.workbookPart))).find((r) => sameType(r.type, REL.sharedStrings));
    const stringsXml = stringsRel ? this.text(resolveTarget(this.workbookPart, stringsRel.target)) : null;
    const strings = stringsXml ? readSharedStrings(stringsXml) : [];
    return this.sheets.map(({ name, part }) => {
      const commentsPart = this.related(part, REL.comments);
      const commentsXml = commentsPart ? this.text(commentsPart) : null;
      const notes = commentsXml ? readNotes(commentsXml) : new Map<string, string>();
      return readSheetXml(name, this.text(part) ?? '', { strings, styles: this.styles, date1904: this.date1904, notes });
    });
  }

  edit(now: Date): PackageEdit {
    return new PackageEdit(this, now);
  }
}

/** The parts one save replaces, adds or removes; nothing is changed in the package until finish(). */
export class PackageEdit {
  readonly styles: StyleBook;
  private readonly written = new Map<string, string>();
  private readonly removed = new Set<string>();
  private readonly added: SheetPart[] = [];

  constructor(
    readonly pkg: XlsxPackage,
    private readonly now: Date,
  ) {
    this.styles = pkg.styles.clone();
  }

  get date1904(): boolean {
    return this.pkg.date1904;
  }

  sheetPart(name: string): string | null {
    return (this.pkg.sheets.find((s) => s.name === name) ?? this.added.find((s) => s.name === name))?.part ?? null;
  }

  read(part: string): string | null {
    if (this.written.has(part)) return this.written.get(part) as string;
    return this.removed.has(part) ? null : this.pkg.text(part);
  }

  write(part: string, text: string): void {
    this.removed.delete(part);
    this.written.set(part, text);
  }

  remove(part: string): void {
    this.written.delete(part);
    this.removed.add(part);
  }

  exists(part: string): boolean {
    return this.written.has(part) || (!this.removed.has(part) && this.pkg.has(part));
  }

  /** Every part the package will hold. */
  partNames(): string[] {
    const names = this.pkg.entries.map((e) => e.name).filter((name) => !this.removed.has(name));
    return [...names, ...[...this.written.keys()].filter((name) => !this.pkg.has(name))];
  }

  /** The first free part name of a numbered family (xl/comments{n}.xml). */
  freePart(name: (n: number) => string): string {
    let n = 1;
    while (this.exists(name(n)) || this.removed.has(name(n))) n++;
    return name(n);
  }

  declare(part: string, type: string): void {
    this.write(CONTENT_TYPES, addOverride(this.read(CONTENT_TYPES) ?? '', `/${part}`, type));
  }

  /** Adds a relationship from `source` to `target`; returns its id. */
  relate(source: string, type: string, target: string): string {
    const rels = relsPathOf(source);
    const added = addRelationship(this.read(rels), type, relativeTarget(source, target));
    this.write(rels, added.xml);
    return added.id;
  }

  /** A new worksheet at the end of the workbook; returns its part (the caller writes its content). */
  addSheet(name: string): string {
    const part = this.freePart((n) => `xl/worksheets/sheet${n}.xml`);
    const id = this.relate(this.pkg.workbookPart, REL.worksheet, part);
    this.declare(part, CONTENT_TYPE.worksheet);
    let top = TopLevel.parse(this.read(this.pkg.workbookPart) ?? '', 'workbook', WORKBOOK_ORDER);
    const p = top.prefix;
    let r = relationshipPrefix(top.rootTag);
    if (!r) {
      top = top.setRootTag(withAttributes(top.rootTag, { 'xmlns:r': RELATIONSHIPS_NS }));
      r = 'r:';
    }
    const sheets = top.find('sheets');
    const ids = [...(sheets?.text ?? '').matchAll(/\ssheetId\s*=\s*"(\d+)"/g)].map((m) => Number(m[1]));
    const entry = `<${p}sheet name="${escapeAttr(name)}" sheetId="${Math.max(0, ...ids) + 1}" ${r}id="${id}"/>`;
    if (sheets) {
      const close = sheets.text.lastIndexOf(`</${p}sheets>`);
      sheets.text = close === -1 ? `${sheets.text.slice(0, tagEnd(sheets.text, 0) - 1).replace(/\s+$/, '')}>${entry}</${p}sheets>` : sheets.text.slice(0, close) + entry + sheets.text.slice(close);
    } else {
      top.set('sheets', `<${p}sheets>${entry}</${p}sheets>`);
    }
    this.write(this.pkg.workbookPart, top.toString());
    this.added.push({ name, part });
    return part;
  }

  /** Formulas ST-koll wrote have no cached result: Excel and LibreOffice recalculate on open. */
  recalculateOnOpen(): void {
    const top = TopLevel.parse(this.read(this.pkg.workbookPart) ?? '', 'workbook', WORKBOOK_ORDER);
    const calc = top.find('calcPr');
    if (calc && /\sfullCalcOnLoad\s*=\s*"(1|true)"/.test(calc.text)) return;
    const p = top.prefix;
    if (calc) {
      const end = tagEnd(calc.text, 0);
      calc.text = withAttributes(calc.text.slice(0, end + 1), { fullCalcOnLoad: '1' }) + calc.text.slice(end + 1);
    } else {
      top.set('calcPr', `<${p}calcPr fullCalcOnLoad="1"/>`);
    }
    this.write(this.pkg.workbookPart, top.toString());
  }

  /** Excel's list of formula cells in calculation order; stale once cells change, and rebuilt by Excel when missing. */
  dropCalculationChain(): void {
    const relsPart = relsPathOf(this.pkg.workbookPart);
    const rel = readRelationships(this.read(relsPart)).find((r) => sameType(r.type, REL.calcChain));
    if (!rel) return;
    const part = resolveTarget(this.pkg.workbookPart, rel.target);
    this.write(relsPart, removeRelationship(this.read(relsPart) ?? '', rel.id));
    this.write(CONTENT_TYPES, removeOverride(this.read(CONTENT_TYPES) ?? '', `/${part}`));
    if (this.exists(part)) this.remove(part);
  }

  /** The new zip: replaced parts rewritten, every other entry copied as it was. */
  finish(): FinishedEdit {
    if (this.styles.isChanged) {
      let part = this.pkg.stylesPart;
      if (!part) {
        part = 'xl/styles.xml';
        this.relate(this.pkg.workbookPart, REL.styles, part);
        this.declare(part, CONTENT_TYPE.styles);
      }
      this.write(part, this.styles.toXml());
    }
    const entries: ZipEntry[] = [];
    const done = new Set<string>();
    for (const entry of this.pkg.entries) {
      if (this.removed.has(entry.name)) continue;
      const text = this.written.get(entry.name);
      entries.push(text === undefined ? entry : { ...makeEntry(entry.name, text, this.now), madeBy: entry.madeBy, externalAttributes: entry.externalAttributes });
      done.add(entry.name);
    }
    for (const [name, text] of this.written) if (!done.has(name)) entries.push(makeEntry(name, text, this.now));
    const texts = new Map([...this.written].filter(([, text]) => text.length <= KEEP_TEXT));
    return { bytes: writeZip(entries), texts };
  }
}

/**
 * A worksheet part as the fake's typed sheet, read in one pass over its XML:
 * values (a number with a date format is a date), formulas (shared ones
 * translated to the cell), per-cell formats, column widths, frozen panes and
 * the formula-based conditional formats. Anything else in the part (other
 * kinds of conditional format, merges, hyperlinks, drawings…) is not read: the
 * save leaves it in the file as it is.
 */
import type { TransferCell, TransferFormat, TransferRule, TransferSheet } from '../../fakes/spreadsheet/transfer';
import { serialOfFileNumber, serialOfIsoDate } from './cellValues';
import { pixelsOfWidth } from './widths';
import type { StyleBook } from './styles';
import { attributes, childElements, decodeEntities, decodeText, elementEnd, findElement, joinedText, rootElement, tagEnd, type Child } from './xml';

export interface SheetReadContext {
  strings: string[];
  styles: StyleBook;
  date1904: boolean;
  /** The sheet's notes by cell reference ('Q1'). */
  notes: Map<string, string>;
}

/** 'B7' → column 2 (a reference without letters is column 0). */
function columnOfRef(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + c - 96;
  }
  return col;
}

/** A cell's type attribute (t), as a small number so no string is made per cell. */
export const enum Kind {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
  IsoDate,
}

function kindOf(t: string): Kind {
  switch (t) {
    case 's':
      return Kind.Shared;
    case 'str':
      return Kind.Str;
    case 'inlineStr':
      return Kind.Inline;
    case 'b':
      return Kind.Bool;
    case 'e':
      return Kind.Error;
    case 'd':
      return Kind.IsoDate;
    default:
      return Kind.Number;
  }
}

/** The start tag's attributes r (as its column), s and t, read without making strings (this runs for every cell). */
export interface CellTag {
  /** 0 when the tag has no r. */
  col: number;
  s: number;
  kind: Kind;
  /** Index of the tag's closing '>'. */
  end: number;
  empty: boolean;
}

export function readCellTag(xml: string, at: number, out: CellTag): void {
  out.col = 0;
  out.s = 0;
  out.kind = Kind.Number;
  let i = at + 1;
  let c = xml.charCodeAt(i);
  while (c > 32 && c !== 62 && c !== 47) c = xml.charCodeAt(++i); // the element name
  for (;;) {
    while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
    if (c === 62 || c === 47) break;
    const nameStart = i;
    while (c !== 61 && c !== 32 && c !== 9 && c !== 10 && c !== 13) c = xml.charCodeAt(++i);
    const nameEnd = i;
    while (c !== 34 && c !== 39) c = xml.charCodeAt(++i);
    const close = xml.indexOf(c === 34 ? '"' : "'", i + 1);
    if (nameEnd - nameStart === 1) {
      const n = xml.charCodeAt(nameStart);
      if (n === 114) {
        let col = 0;
        for (let j = i + 1; j < close; j++) {
          const l = xml.charCodeAt(j) | 32;
          if (l < 97 || l > 122) break;
          col = col * 26 + l - 96;
        }
        out.col = col;
      } else if (n === 115) {
        let style = 0;
        for (let j = i + 1; j < close; j++) style = style * 10 + xml.charCodeAt(j) - 48;
        out.s = style > 0 ? style : 0;
      } else if (n === 116) {
        out.kind = close - i === 2 && xml.charCodeAt(i + 1) === 115 ? Kind.Shared : kindOf(xml.slice(i + 1, close));
      }
    }
    i = close + 1;
    c = xml.charCodeAt(i);
  }
  if (c === 47) {
    out.empty = true;
    out.end = xml.indexOf('>', i);
  } else {
    out.empty = false;
    out.end = i;
  }
}

/** A number written in [start, end): whole numbers without making a string, the rest with parseFloat. */
function numberAt(xml: string, start: number, end: number): number {
  if (end - start > 0 && end - start < 16) {
    let n = 0;
    let i = start;
    for (; i < end; i++) {
      const d = xml.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === end) return n;
  }
  return parseFloat(xml.slice(start, end));
}

/** The r attribute of a row's start tag (rows carry few attributes; found without building an object). */
export function rowNumber(xml: string, at: number, end: number): number | null {
  const r = xml.indexOf(' r="', at);
  if (r !== -1 && r < end) {
    let n = 0;
    for (let i = r + 4; ; i++) {
      const d = xml.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return n || null;
      n = n * 10 + d;
    }
  }
  const attr = attributes(xml, at, end).r;
  return attr ? parseInt(attr, 10) : null;
}

interface SharedFormula {
  formula: string;
  row: number;
  col: number;
}

/** A shared formula's text moved from its master cell to another (as exceljs and Excel translate it). */
export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return formula.replace(/(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi, (whole, sheet: string | undefined, _name, address: string, paren: string | undefined) => {
    if (paren) return whole;
    const m = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i.exec(address);
    if (!m) return whole;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return whole;
    let col = columnOfRef(letters);
    let row = parseInt(m[4], 10);
    if (!m[1]) col += to.col - from.col;
    if (!m[3]) row += to.row - from.row;
    let name = '';
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return `${sheet ?? ''}${m[1] ?? ''}${name}${m[3] ?? ''}${row}`;
  });
}

export function readSheetXml(name: string, xml: string, ctx: SheetReadContext): TransferSheet {
  const root = rootElement(xml, 'worksheet');
  const children = childElements(xml, root.openEnd + 1, root.close);
  const data = children.find((c) => c.name === 'sheetData');
  const grid = data ? readGrid(xml, data, root.prefix, ctx) : { cells: [], formats: [], maxRow: 0, maxCol: 0 };
  const frozen = readFrozen(xml, children, root.prefix);
  return {
    name,
    cells: grid.cells,
    formats: grid.formats,
    columnWidths: readWidths(xml, children, root.prefix, grid.maxCol),
    frozenRows: frozen.rows,
    frozenColumns: frozen.cols,
    maxRows: grid.maxRow,
    maxColumns: grid.maxCol,
    conditionalRules: readConditionalRules(xml, children, root.prefix, ctx.styles),
  };
}

interface Grid {
  cells: TransferCell[][];
  formats: Array<[number, number, TransferFormat]>;
  maxRow: number;
  maxCol: number;
}

function readGrid(xml: string, data: Child, p: string, ctx: SheetReadContext): Grid {
  const cells: TransferCell[][] = [];
  const formats: Array<[number, number, TransferFormat]> = [];
  const shared = new Map<string, SharedFormula>();
  const rowOpen = `<${p}row`;
  const rowClose = `</${p}row>`;
  const cellOpen = `<${p}c`;
  const cellClose = `</${p}c>`;
  const tag: CellTag = { col: 0, s: 0, kind: Kind.Number, end: 0, empty: false };
  const valueOpen = `<${p}v>`;
  let maxRow = 0;
  let maxCol = 0;
  let row = 0;
  let at = data.start;
  for (;;) {
    const rowAt = findRow(xml, rowOpen, at, data.end);
    if (rowAt === -1) break;
    const rowEnd = tagEnd(xml, rowAt);
    row = rowNumber(xml, rowAt, rowEnd) ?? row + 1;
    if (row > maxRow) maxRow = row;
    if (xml.charCodeAt(rowEnd - 1) === 47) {
      at = rowEnd + 1;
      continue;
    }
    const close = xml.indexOf(rowClose, rowEnd);
    const line: TransferCell[] = [];
    let col = 0;
    let c = xml.indexOf(cellOpen, rowEnd);
    while (c !== -1 && c < close) {
      const next = xml.charCodeAt(c + cellOpen.length);
      if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
        c = xml.indexOf(cellOpen, c + 1);
        continue;
      }
      readCellTag(xml, c, tag);
      col = tag.col || col + 1;
      if (col > maxCol) maxCol = col;
      const style = tag.s ? ctx.styles.cellStyle(tag.s) : null;
      if (style?.format) formats.push([row, col, style.format]);
      let end = tag.end + 1;
      if (!tag.empty) {
        let value: TransferCell;
        if (tag.kind !== Kind.Inline && xml.startsWith(valueOpen, end)) {
          // The usual cell: <c …><v>text</v></c>, read without searching.
          const textEnd = xml.indexOf('<', end + valueOpen.length);
          value = plainValue(xml, end + valueOpen.length, textEnd, tag.kind, style?.isDate === true, ctx);
          end = xml.indexOf(cellClose, textEnd) + cellClose.length;
        } else {
          const cellEnd = xml.indexOf(cellClose, tag.end);
          value = readValue(xml, tag, tag.end + 1, cellEnd, p, row, col, style?.isDate === true, ctx, shared);
          end = cellEnd + cellClose.length;
        }
        if (value !== null) {
          while (line.length < col - 1) line.push(null);
          line[col - 1] = value;
        }
      }
      c = xml.indexOf(cellOpen, end);
    }
    if (line.length) {
      while (cells.length < row - 1) cells.push([]);
      cells[row - 1] = line;
    }
    at = close + rowClose.length;
  }
  addNotes(formats, ctx.notes);
  return { cells, formats, maxRow, maxCol };
}

function findRow(xml: string, open: string, from: number, limit: number): number {
  for (let at = xml.indexOf(open, from); at !== -1 && at < limit; at = xml.indexOf(open, at + 1)) {
    const c = xml.charCodeAt(at + open.length);
    if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13) return at;
  }
  return -1;
}

function readValue(
  xml: string,
  tag: CellTag,
  from: number,
  to: number,
  p: string,
  row: number,
  col: number,
  isDate: boolean,
  ctx: SheetReadContext,
  shared: Map<string, SharedFormula>,
): TransferCell {
  const f = findElement(xml, `${p}f`, from, to);
  if (f !== -1) return formulaOf(xml, f, p, row, col, shared);
  if (tag.kind === Kind.Inline) {
    const is = findElement(xml, `${p}is`, from, to);
    return is === -1 ? null : joinedText(xml, p, is, to) || null;
  }
  const v = findElement(xml, `${p}v`, from, to);
  if (v === -1) return null;
  const vEnd = tagEnd(xml, v);
  if (xml.charCodeAt(vEnd - 1) === 47) return null;
  return plainValue(xml, vEnd + 1, xml.indexOf(`</${p}v>`, vEnd), tag.kind, isDate, ctx);
}

/** The value of a cell without a formula from the text of its <v>. */
function plainValue(xml: string, start: number, end: number, kind: Kind, isDate: boolean, ctx: SheetReadContext): TransferCell {
  switch (kind) {
    case Kind.Shared:
      return ctx.strings[numberAt(xml, start, end)] || null;
    case Kind.Str:
      return decodeText(xml.slice(start, end)) || null;
    case Kind.Bool:
      return numberAt(xml, start, end) !== 0;
    case Kind.Error:
      return decodeEntities(xml.slice(start, end)) || null;
    case Kind.IsoDate: {
      const text = xml.slice(start, end);
      const serial = serialOfIsoDate(text);
      return serial === null ? text : { date: serial };
    }
    default: {
      if (end <= start) return null;
      const n = numberAt(xml, start, end);
      return isDate ? { date: serialOfFileNumber(n, ctx.date1904) } : n;
    }
  }
}

function formulaOf(xml: string, at: number, p: string, row: number, col: number, shared: Map<string, SharedFormula>): TransferCell {
  const end = tagEnd(xml, at);
  const a = attributes(xml, at, end);
  const text = xml.charCodeAt(end - 1) === 47 ? '' : decodeEntities(xml.slice(end + 1, xml.indexOf(`</${p}f>`, end)));
  if (a.t === 'shared' && a.si !== undefined) {
    if (a.ref !== undefined && text) {
      shared.set(a.si, { formula: text, row, col });
      return { formula: `=${text}` };
    }
    const master = shared.get(a.si);
    return master ? { formula: `=${slideFormula(master.formula, master, { row, col })}` } : null;
  }
  return text ? { formula: `=${text}` } : null;
}

function addNotes(formats: Array<[number, number, TransferFormat]>, notes: Map<string, string>): void {
  if (notes.size === 0) return;
  const byCell = new Map<number, number>();
  formats.forEach(([r, c], i) => byCell.set(r * 16_384 + c, i));
  for (const [ref, note] of notes) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m || !note) continue;
    const row = parseInt(m[2], 10);
    const col = columnOfRef(m[1]);
    const i = byCell.get(row * 16_384 + col);
    if (i === undefined) formats.push([row, col, { note }]);
    else formats[i] = [row, col, { ...formats[i][2], note }];
  }
  formats.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function readWidths(xml: string, children: Child[], p: string, columnCount: number): Array<[number, number]> {
  const widths: Array<[number, number]> = [];
  for (const cols of children.filter((c) => c.name === 'cols')) {
    for (let at = findElement(xml, `${p}col`, cols.start + 1, cols.end); at !== -1; at = findElement(xml, `${p}col`, at + 1, cols.end)) {
      const a = attributes(xml, at);
      const width = parseFloat(a.width ?? '');
      if (!(width > 0)) continue;
      const last = Math.min(parseInt(a.max ?? a.min, 10), columnCount);
      for (let c = parseInt(a.min, 10); c <= last; c++) widths.push([c, pixelsOfWidth(width)]);
    }
  }
  return widths;
}

function readFrozen(xml: string, children: Child[], p: string): { rows: number; cols: number } {
  const views = children.find((c) => c.name === 'sheetViews');
  if (views) {
    for (let at = findElement(xml, `${p}pane`, views.start, views.end); at !== -1; at = findElement(xml, `${p}pane`, at + 1, views.end)) {
      const a = attributes(xml, at);
      if (a.state === 'frozen') return { rows: parseInt(a.ySplit ?? '0', 10) || 0, cols: parseInt(a.xSplit ?? '0', 10) || 0 };
    }
  }
  return { rows: 0, cols: 0 };
}

/** A formula rule (type expression, one formula) is one the fake holds; the rest stays in the file only. */
export function isFakeRule(xml: string, rule: Child, p: string): boolean {
  if (attributes(xml, rule.start).type !== 'expression') return false;
  const first = findElement(xml, `${p}formula`, rule.start, rule.end);
  return first !== -1 && findElement(xml, `${p}formula`, elementEnd(xml, first, `${p}formula`), rule.end) === -1;
}

function readConditionalRules(xml: string, children: Child[], p: string, styles: StyleBook): TransferRule[] {
  const entries: Array<{ priority: number; rule: TransferRule }> = [];
  for (const block of children.filter((c) => c.name === 'conditionalFormatting')) {
    const ranges = (attributes(xml, block.start).sqref ?? '').split(/\s+/).filter(Boolean);
    const rules = childElements(xml, tagEnd(xml, block.start) + 1, block.end).filter((c) => c.name === 'cfRule');
    for (const rule of rules) {
      if (!isFakeRule(xml, rule, p)) continue;
      const a = attributes(xml, rule.start);
      const f = findElement(xml, `${p}formula`, rule.start, rule.end);
      const fEnd = tagEnd(xml, f);
      const formula = decodeEntities(xml.slice(fEnd + 1, xml.indexOf(`</${p}formula>`, fEnd)));
      const format = styles.ruleFormat(a.dxfId === undefined ? undefined : Number(a.dxfId));
      entries.push({ priority: a.priority ? Number(a.priority) : entries.length + 1, rule: { criteria: 'CUSTOM_FORMULA', values: [`=${formula}`], ranges, format } });
    }
  }
  return entries.sort((a, b) => a.priority - b.priority).map((e) => e.rule);
}

/** The shared-string table: each item's text (rich text runs joined, phonetic runs left out). */
export function readSharedStrings(xml: string): string[] {
  const root = rootElement(xml, 'sst');
  const p = root.prefix;
  const out: string[] = [];
  const open = `${p}si`;
  for (let at = findElement(xml, open, root.openEnd, root.close); at !== -1; ) {
    const end = elementEnd(xml, at, open);
    out.push(joinedText(xml, p, at, end));
    at = findElement(xml, open, end, root.close);
  }
  return out;
}

/** The notes of a comments part, by cell reference. */
export function readNotes(xml: string): Map<string, string> {
  const root = rootElement(xml, 'comments');
  const p = root.prefix;
  const notes = new Map<string, string>();
  for (let at = findElement(xml, `${p}comment`, root.openEnd, root.close); at !== -1; ) {
    const end = elementEnd(xml, at, `${p}comment`);
    const ref = attributes(xml, at).ref;
    const text = findElement(xml, `${p}text`, at, end);
    if (ref && text !== -1) notes.set(ref.replace(/\$/g, '').toUpperCase(), joinedText(xml, p, text, end));
    at = findElement(xml, `${p}comment`, end, root.close);
  }
  return notes;
}

/**
 * xl/styles.xml: what a cell's style index (its xf) means for the fake (number
 * format, fill, font, alignment), and the style index a changed cell gets. A
 * changed format starts from the cell's own xf and changes only the aspect
 * that changed, so borders, fonts and protection the user set stay; an
 * existing equal font, fill or xf is reused, otherwise one is appended.
 * Colours are '#rrggbb' in the fake and ARGB ('FFRRGGBB') in the file; theme
 * and indexed colours have no fake equivalent and are left alone.
 */
import type { TransferFormat, TransferRule } from '../../fakes/spreadsheet/transfer';
import { attributes, childElements, escapeAttr, findElement, rootElement, tagEnd, withAttributes } from './xml';

/** The built-in number formats (ECMA-376 §18.8.30) by id, as exceljs names them. */
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};
const BUILTIN_IDS = new Map(Object.entries(BUILTIN_FORMATS).map(([id, code]) => [code, Number(id)]));
const FIRST_CUSTOM_FORMAT = 164;

/** A number format shows a date when it has date or time letters outside quotes and brackets (as exceljs decides). */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

export function hexOfArgb(argb: string | undefined): string | undefined {
  if (typeof argb !== 'string' || !/^[0-9A-Fa-f]{8}$/.test(argb)) return undefined;
  return `#${argb.slice(2).toLowerCase()}`;
}

export function argbOfHex(hex: string): string | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  return m ? `FF${m[1].toUpperCase()}` : null;
}

const HORIZONTAL = new Set(['left', 'center', 'right', 'fill', 'justify', 'centerContinuous', 'distributed']);

/** Element order inside <styleSheet> (a missing list is inserted in its place). */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
type ListName = 'numFmts' | 'fonts' | 'fills' | 'cellXfs' | 'dxfs';
const LISTS: ListName[] = ['numFmts', 'fonts', 'fills', 'cellXfs', 'dxfs'];

export type DateKind = 'date' | 'dateTime' | null;

export interface CellStyle {
  format: TransferFormat | null;
  isDate: boolean;
}

interface ParsedXf {
  tag: string;
  numFmtId: number;
  fontId: number;
  fillId: number;
  alignment: Record<string, string>;
  /** Children other than <alignment> (protection, extLst), as written. */
  rest: string;
}

function flag(value: string | undefined): boolean {
  return value !== undefined && value !== '0' && value !== 'false';
}

/** A font or fill XML as one string without whitespace between tags, for finding an equal one. */
function normal(xml: string): string {
  return xml.replace(/>\s+</g, '><').replace(/\s+\/>/g, '/>');
}

export class StyleBook {
  private readonly lists: Record<ListName, string[]>;
  private readonly numFmtCodes = new Map<number, string>();
  private readonly styles: Array<CellStyle | undefined> = [];
  private readonly derived = new Map<string, number>();
  private readonly found: Record<'fonts' | 'fills' | 'cellXfs' | 'dxfs', Map<string, number> | null> = { fonts: null, fills: null, cellXfs: null, dxfs: null };
  private changed = false;

  private constructor(
    private readonly xml: string,
    private readonly prefix: string,
    lists: Record<ListName, string[]>,
  ) {
    this.lists = lists;
    for (const numFmt of lists.numFmts) {
      const a = attributes(numFmt, 0);
      // Excel escapes literal characters ('yyyy\\-mm'); the fake (as exceljs did) reads the plain code.
      this.numFmtCodes.set(Number(a.numFmtId), (a.formatCode ?? '').replace(/\\(.)/g, '$1'));
    }
  }

  /** The styles of a workbook without xl/styles.xml: Excel's defaults. */
  static readonly MINIMAL =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

  static parse(xml: string): StyleBook {
    const root = rootElement(xml, 'styleSheet');
    const lists = { numFmts: [], fonts: [], fills: [], cellXfs: [], dxfs: [] } as Record<ListName, string[]>;
    for (const child of childElements(xml, root.openEnd + 1, root.close)) {
      if (!(LISTS as string[]).includes(child.name)) continue;
      const open = tagEnd(xml, child.start);
      if (xml.charCodeAt(open - 1) === 47) continue;
      const inner = childElements(xml, open + 1, child.end);
      lists[child.name as ListName] = inner.map((item) => xml.slice(item.start, item.end));
    }
    return new StyleBook(xml, root.prefix, lists);
  }

  /** A copy to change for one save (kept only once the save is on disk). */
  clone(): StyleBook {
    const copy = new StyleBook(this.xml, this.prefix, {
      numFmts: this.lists.numFmts.slice(),
      fonts: this.lists.fonts.slice(),
      fills: this.lists.fills.slice(),
      cellXfs: this.lists.cellXfs.slice(),
      dxfs: this.lists.dxfs.slice(),
    });
    copy.changed = this.changed;
    return copy;
  }

  get isChanged(): boolean {
    return this.changed;
  }

  // --- reading ---------------------------------------------------------------

  numberFormatOf(id: number): string | undefined {
    return this.numFmtCodes.get(id) ?? BUILTIN_FORMATS[id];
  }

  /** What style index `index` means for the fake (cached: every cell of a column shares a few). */
  cellStyle(index: number): CellStyle {
    const cached = this.styles[index];
    if (cached) return cached;
    const xml = this.lists.cellXfs[index];
    const style: CellStyle = xml === undefined ? { format: null, isDate: false } : this.readXf(this.parseXf(xml));
    this.styles[index] = style;
    return style;
  }

  private readXf(xf: ParsedXf): CellStyle {
    const out: TransferFormat = {};
    const code = xf.numFmtId ? this.numberFormatOf(xf.numFmtId) : undefined;
    if (code) out.numberFormat = code;
    const fill = this.lists.fills[xf.fillId];
    if (fill) {
      const pattern = findElement(fill, `${this.prefix}patternFill`, 0);
      if (pattern !== -1 && attributes(fill, pattern).patternType === 'solid') {
        const background = hexOfArgb(this.colorOf(fill, 'fgColor'));
        if (background) out.background = background;
      }
    }
    const font = this.lists.fonts[xf.fontId];
    if (font) {
      if (this.boolOf(font, 'b')) out.fontWeight = 'bold';
      if (this.boolOf(font, 'i')) out.fontStyle = 'italic';
      const color = hexOfArgb(this.colorOf(font, 'color'));
      if (color) out.fontColor = color;
    }
    if (flag(xf.alignment.wrapText)) out.wrap = true;
    if (xf.alignment.horizontal) out.horizontalAlignment = xf.alignment.horizontal;
    return { format: Object.keys(out).length ? out : null, isDate: isDateFormat(code) };
  }

  /** A conditional format's look (a dxf) as the fake's rule format. */
  ruleFormat(dxfId: number | undefined): TransferRule['format'] {
    const dxf = dxfId === undefined ? undefined : this.lists.dxfs[dxfId];
    if (!dxf) return { background: null, fontColor: null, bold: null, italic: null };
    const font = findElement(dxf, `${this.prefix}font`, 0);
    const fontXml = font === -1 ? '' : dxf.slice(font);
    return {
      background: hexOfArgb(this.colorOf(dxf, 'bgColor') ?? this.colorOf(dxf, 'fgColor')) ?? null,
      fontColor: (font !== -1 && hexOfArgb(this.colorOf(fontXml, 'color'))) || null,
      bold: font !== -1 && findElement(fontXml, `${this.prefix}b`, 0) !== -1 ? this.boolOf(fontXml, 'b') : null,
      italic: font !== -1 && findElement(fontXml, `${this.prefix}i`, 0) !== -1 ? this.boolOf(fontXml, 'i') : null,
    };
  }

  private colorOf(xml: string, name: string): string | undefined {
    const at = findElement(xml, `${this.prefix}${name}`, 0);
    return at === -1 ? undefined : attributes(xml, at).rgb;
  }

  private boolOf(xml: string, name: string): boolean {
    const at = findElement(xml, `${this.prefix}${name}`, 0);
    if (at === -1) return false;
    const val = attributes(xml, at).val;
    return val === undefined || flag(val);
  }

  private parseXf(xml: string): ParsedXf {
    const end = tagEnd(xml, 0);
    const a = attributes(xml, 0, end);
    const children = xml.charCodeAt(end - 1) === 47 ? [] : childElements(xml, end + 1, xml.length);
    let alignment: Record<string, string> = {};
    let rest = '';
    for (const child of children) {
      if (child.name === 'alignment') alignment = attributes(xml, child.start);
      else rest += xml.slice(child.start, child.end);
    }
    return { tag: xml.slice(0, end + 1).replace(/\s*\/?>$/, '>'), numFmtId: Number(a.numFmtId ?? 0), fontId: Number(a.fontId ?? 0), fillId: Number(a.fillId ?? 0), alignment, rest };
  }

  // --- writing ---------------------------------------------------------------

  /**
   * The style index for a cell that had style `index` once the format aspects
   * that differ between `was` and `now` are applied. A date written into a cell
   * without a number format gets ISO days, which read the same in every locale.
   */
  derive(index: number, was: TransferFormat | undefined, now: TransferFormat | undefined, date: DateKind): number {
    const w = was ?? {};
    const n = now ?? {};
    const numberFormat = w.numberFormat !== n.numberFormat;
    const fill = w.background !== n.background;
    const font = w.fontWeight !== n.fontWeight || w.fontStyle !== n.fontStyle || w.fontColor !== n.fontColor;
    const alignment = w.wrap !== n.wrap || w.horizontalAlignment !== n.horizontalAlignment;
    if (!numberFormat && !fill && !font && !alignment && !date) return index;
    // The result depends on the cell's xf and on each aspect that changed (with its new value).
    const same = '\u0000';
    const aspect = <T>(changed: boolean, value: T) => (changed ? (value ?? null) : same);
    const key = JSON.stringify([
      index,
      date,
      aspect(numberFormat, n.numberFormat),
      aspect(fill, n.background),
      aspect(w.fontWeight !== n.fontWeight, n.fontWeight),
      aspect(w.fontStyle !== n.fontStyle, n.fontStyle),
      aspect(w.fontColor !== n.fontColor, n.fontColor),
      aspect(w.wrap !== n.wrap, n.wrap),
      aspect(w.horizontalAlignment !== n.horizontalAlignment, n.horizontalAlignment),
    ]);
    const known = this.derived.get(key);
    if (known !== undefined) return known;

    const xf = this.parseXf(this.lists.cellXfs[index] ?? this.lists.cellXfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
    let numFmtId = xf.numFmtId;
    const needsDateFormat = date !== null && !(numFmtId && this.numberFormatOf(numFmtId));
    if (!numberFormat && !fill && !font && !alignment && !needsDateFormat) {
      this.derived.set(key, index);
      return index;
    }
    const set: Record<string, string | null> = {};
    if (needsDateFormat) {
      numFmtId = this.numFmtIdFor(date === 'date' ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm');
      set.applyNumberFormat = '1';
    }
    if (numberFormat) {
      numFmtId = n.numberFormat ? this.numFmtIdFor(n.numberFormat) : 0;
      set.applyNumberFormat = '1';
    }
    set.numFmtId = String(numFmtId);
    if (fill) {
      const argb = n.background ? argbOfHex(n.background) : null;
      const xml = argb
        ? `<${this.prefix}fill><${this.prefix}patternFill patternType="solid"><${this.prefix}fgColor rgb="${argb}"/></${this.prefix}patternFill></${this.prefix}fill>`
        : `<${this.prefix}fill><${this.prefix}patternFill patternType="none"/></${this.prefix}fill>`;
      set.fillId = String(this.indexOf('fills', xml));
      set.applyFill = '1';
    }
    if (font) {
      set.fontId = String(this.indexOf('fonts', this.changedFont(this.lists.fonts[xf.fontId], w, n)));
      set.applyFont = '1';
    }
    let alignmentXml = '';
    const align = { ...xf.alignment };
    if (alignment) {
      if (w.wrap !== n.wrap) {
        delete align.wrapText;
        if (n.wrap === true) align.wrapText = '1';
      }
      if (w.horizontalAlignment !== n.horizontalAlignment) {
        delete align.horizontal;
        if (n.horizontalAlignment && HORIZONTAL.has(n.horizontalAlignment)) align.horizontal = n.horizontalAlignment;
      }
      set.applyAlignment = '1';
    }
    if (Object.keys(align).length) {
      alignmentXml = `<${this.prefix}alignment${Object.entries(align).map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}/>`;
    }
    const tag = withAttributes(xf.tag, set);
    const inner = alignmentXml + xf.rest;
    const result = this.indexOf('cellXfs', inner ? `${tag}${inner}</${this.prefix}xf>` : tag.replace(/>$/, '/>'));
    this.derived.set(key, result);
    return result;
  }

  /** The dxf index for a conditional format's look (fill as bgColor, as Excel reads a solid dxf fill). */
  dxfFor(format: TransferRule['format']): number {
    const p = this.prefix;
    const color = format.fontColor ? argbOfHex(format.fontColor) : null;
    const background = format.background ? argbOfHex(format.background) : null;
    let xml = `<${p}dxf>`;
    if (color || format.bold || format.italic) {
      xml += `<${p}font>${format.bold ? `<${p}b/>` : ''}${format.italic ? `<${p}i/>` : ''}${color ? `<${p}color rgb="${color}"/>` : ''}</${p}font>`;
    }
    if (background) xml += `<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${background}"/></${p}patternFill></${p}fill>`;
    return this.indexOf('dxfs', `${xml}</${p}dxf>`);
  }

  /** The font with only the aspects that changed (weight, style, colour) set anew; size, name and the rest kept. */
  private changedFont(font: string | undefined, was: TransferFormat, now: TransferFormat): string {
    const p = this.prefix;
    const base = font ?? `<${p}font/>`;
    const end = tagEnd(base, 0);
    const open = base.slice(0, end + 1).replace(/\s*\/>$/, '>');
    const children = base.charCodeAt(end - 1) === 47 ? [] : childElements(base, end + 1, base.length);
    const replaced = new Set<string>();
    let head = '';
    if (was.fontWeight !== now.fontWeight) {
      replaced.add('b');
      if (now.fontWeight === 'bold') head += `<${p}b/>`;
    }
    if (was.fontStyle !== now.fontStyle) {
      replaced.add('i');
      if (now.fontStyle === 'italic') head += `<${p}i/>`;
    }
    if (was.fontColor !== now.fontColor) {
      replaced.add('color');
      const argb = now.fontColor ? argbOfHex(now.fontColor) : null;
      if (argb) head += `<${p}color rgb="${argb}"/>`;
    }
    const kept = children.filter((c) => !replaced.has(c.name)).map((c) => base.slice(c.start, c.end));
    return `${open}${head}${kept.join('')}</${p}font>`;
  }

  private numFmtIdFor(code: string): number {
    const builtin = BUILTIN_IDS.get(code);
    if (builtin !== undefined) return builtin;
    for (const [id, known] of this.numFmtCodes) if (known === code) return id;
    const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...this.numFmtCodes.keys()) + 1;
    this.numFmtCodes.set(id, code);
    this.lists.numFmts.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    this.changed = true;
    return id;
  }

  private indexOf(list: 'fonts' | 'fills' | 'cellXfs' | 'dxfs', xml: string): number {
    let index = this.found[list];
    if (!index) {
      index = new Map();
      this.lists[list].forEach((item, i) => {
        const key = normal(item);
        if (!index!.has(key)) index!.set(key, i);
      });
      this.found[list] = index;
    }
    const key = normal(xml);
    const known = index.get(key);
    if (known !== undefined) return known;
    const at = this.lists[list].push(xml) - 1;
    index.set(key, at);
    this.changed = true;
    return at;
  }

  /** styles.xml with the lists that grew written out; everything else as the file had it. */
  toXml(): string {
    let xml = this.xml;
    for (const name of LISTS) {
      const items = this.lists[name];
      const root = rootElement(xml, 'styleSheet');
      const children = childElements(xml, root.openEnd + 1, root.close);
      const current = children.find((c) => c.name === name);
      if (!current && items.length === 0) continue;
      const open = current ? xml.slice(current.start, tagEnd(xml, current.start) + 1).replace(/\s*\/>$/, '>') : `<${this.prefix}${name}>`;
      const list = `${withAttributes(open, { count: String(items.length) })}${items.join('')}</${this.prefix}${name}>`;
      if (current) {
        xml = xml.slice(0, current.start) + list + xml.slice(current.end);
      } else {
        const later = children.find((c) => ORDER.indexOf(c.name) > ORDER.indexOf(name));
        const at = later ? later.start : root.close;
        xml = xml.slice(0, at) + list + xml.slice(at);
      }
    }
    return xml;
  }
}

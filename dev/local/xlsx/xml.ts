/**
 * Just enough XML for the parts of an .xlsx: finding elements by scanning the
 * text (the parts are machine-written, without DTDs; text content never holds
 * a raw '<'), reading a start tag's attributes, escaping. Element names are
 * qualified with the part's prefix for the main namespace ('' or e.g. 'x:').
 */

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, name: string) => {
    if (name[0] !== '#') return ENTITY[name];
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Cell and note text: entities, then Excel's _xHHHH_ escapes of characters XML cannot hold. */
export function decodeText(text: string): string {
  const plain = decodeEntities(text);
  if (plain.indexOf('_x') === -1) return plain;
  return plain.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// Characters XML 1.0 cannot hold at all (Excel writes them as _xHHHH_).
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/** Text content with only XML's own escapes (a formula). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Text content of a <t>: the reverse of decodeText. */
export function escapeText(text: string): string {
  let out = escapeXml(text);
  // A literal "_x0041_" would read back as "A": its underscore is escaped as Excel does.
  if (out.indexOf('_x') !== -1) out = out.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
  if (NOT_IN_XML.test(out)) out = out.replace(new RegExp(NOT_IN_XML.source, 'g'), (c) => `_x${hex4(c.charCodeAt(0))}_`);
  return out;
}

/** An attribute value (double-quoted); characters XML cannot hold are left out. */
export function escapeAttr(text: string): string {
  return text
    .replace(new RegExp(NOT_IN_XML.source, 'g'), '')
    .replace(/[&<>"\t\n\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[c] as string);
}

/** A <t> element for the text, keeping leading/trailing spaces and line breaks. */
export function textElement(text: string, prefix = ''): string {
  const keep = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<${prefix}t${keep}>${escapeText(text)}</${prefix}t>`;
}

/** Index of the '>' that ends the tag opening at `start` (quote-aware). */
export function tagEnd(xml: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 62) {
      return i;
    }
  }
  throw new Error('unterminated tag');
}

/** Whether the element opening at `start` (whose tag ends at `end`) is self-closing. */
export function selfClosing(xml: string, end: number): boolean {
  return xml.charCodeAt(end - 1) === 47;
}

/** Whether `<name` at `at` is that element and not one whose name merely starts the same. */
export function isElementAt(xml: string, at: number, qname: string): boolean {
  const c = xml.charCodeAt(at + 1 + qname.length);
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/** The next `<qname` element at or after `from` (and before `limit`), or -1. */
export function findElement(xml: string, qname: string, from: number, limit = xml.length): number {
  const open = `<${qname}`;
  // Searching a prefix of the text keeps a miss from scanning a 50 MB sheet to its end (V8 slices without copying).
  const hay = limit < xml.length ? xml.slice(0, limit + open.length + 1) : xml;
  for (let at = hay.indexOf(open, from); at !== -1 && at < limit; at = hay.indexOf(open, at + 1)) {
    if (isElementAt(hay, at, qname)) return at;
  }
  return -1;
}

/** Index just past the element opening at `start` (elements of this name do not nest). */
export function elementEnd(xml: string, start: number, qname: string): number {
  const end = tagEnd(xml, start);
  if (selfClosing(xml, end)) return end + 1;
  const close = xml.indexOf(`</${qname}>`, end);
  if (close === -1) throw new Error(`unclosed <${qname}>`);
  return close + qname.length + 3;
}

/** The attributes of the start tag opening at `start`. */
export function attributes(xml: string, start: number, end = tagEnd(xml, start)): Record<string, string> {
  const out: Record<string, string> = {};
  // Only the tag itself is searched: a tag without attributes must not send the search through the rest of the part.
  const tag = xml.slice(start, end + 1);
  const re = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out[m[1]] = decodeEntities(m[3] ?? m[4]);
  return out;
}

/** The start tag with these attributes set (a value of null removes one); other attributes stay as written. */
const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

function attributePattern(name: string): RegExp {
  let re = ATTRIBUTE_PATTERNS.get(name);
  if (!re) {
    re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`);
    ATTRIBUTE_PATTERNS.set(name, re);
  }
  return re;
}

export function withAttributes(tag: string, changes: Record<string, string | null>): string {
  let out = tag;
  for (const [name, value] of Object.entries(changes)) {
    const re = attributePattern(name);
    const present = re.test(out);
    if (value === null) {
      if (present) out = out.replace(re, '');
    } else if (present) {
      out = out.replace(re, () => ` ${name}="${escapeAttr(value)}"`);
    } else {
      const close = out.endsWith('/>') ? out.length - 2 : out.length - 1;
      out = `${out.slice(0, close)} ${name}="${escapeAttr(value)}"${out.slice(close)}`;
    }
  }
  return out;
}

/** The text of every `<t>` inside [from, to), skipping phonetic runs (<rPh>), decoded. */
export function joinedText(xml: string, prefix: string, from: number, to: number): string {
  const t = `${prefix}t`;
  const rPh = `${prefix}rPh`;
  let out = '';
  let at = from;
  for (;;) {
    const open = findElement(xml, t, at, to);
    if (open === -1) break;
    const phonetic = findElement(xml, rPh, at, open);
    if (phonetic !== -1) {
      at = elementEnd(xml, phonetic, rPh);
      continue;
    }
    const end = tagEnd(xml, open);
    if (selfClosing(xml, end)) {
      at = end + 1;
      continue;
    }
    const close = xml.indexOf(`</${t}>`, end);
    out += decodeText(xml.slice(end + 1, close));
    at = close + t.length + 3;
  }
  return out;
}

export interface RootElement {
  /** The namespace prefix of the root's name, with its colon ('' when unprefixed). */
  prefix: string;
  start: number;
  /** Index of the '>' ending the root's start tag. */
  openEnd: number;
  /** Index of the root's closing tag. */
  close: number;
}

/** The part's root element (after the XML declaration and any comments). */
export function rootElement(xml: string, localName: string): RootElement {
  let at = 0;
  for (;;) {
    at = xml.indexOf('<', at);
    if (at === -1) throw new Error(`no <${localName}>`);
    const c = xml[at + 1];
    if (c === '?') at = xml.indexOf('?>', at) + 2;
    else if (c === '!') at = xml.indexOf('-->', at) + 3;
    else break;
  }
  const openEnd = tagEnd(xml, at);
  const name = /^<([^\s/>]+)/.exec(xml.slice(at, openEnd + 1))?.[1] ?? '';
  const colon = name.indexOf(':');
  if ((colon === -1 ? name : name.slice(colon + 1)) !== localName) throw new Error(`root is <${name}>, not <${localName}>`);
  const prefix = colon === -1 ? '' : name.slice(0, colon + 1);
  const close = selfClosing(xml, openEnd) ? openEnd + 1 : xml.lastIndexOf(`</${name}>`);
  if (close < openEnd) throw new Error(`unclosed <${name}>`);
  return { prefix, start: at, openEnd, close };
}

export interface Child {
  /** The local name (prefix removed). */
  name: string;
  start: number;
  end: number;
}

/** The child elements of [from, to): comments and text between them skipped. */
export function childElements(xml: string, from: number, to: number): Child[] {
  const out: Child[] = [];
  let at = from;
  for (;;) {
    at = xml.indexOf('<', at);
    if (at === -1 || at >= to) return out;
    const c = xml[at + 1];
    if (c === '/') return out; // the parent's closing tag
    if (c === '!') {
      at = xml.indexOf('-->', at) + 3;
      continue;
    }
    if (c === '?') {
      at = xml.indexOf('?>', at) + 2;
      continue;
    }
    const end = tagEnd(xml, at);
    const qname = /^<([^\s/>]+)/.exec(xml.slice(at, Math.min(end + 1, at + 200)))?.[1] ?? '';
    const stop = elementEnd(xml, at, qname);
    const colon = qname.indexOf(':');
    out.push({ name: colon === -1 ? qname : qname.slice(colon + 1), start: at, end: stop });
    at = stop;
  }
}

// --- cell references ---------------------------------------------------------

export function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** 'B7' → { row: 7, col: 2 }; null when it is not a cell reference. */
export function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 'A2:C9' or 'B4' → its box; null when it is neither. */
export function parseBox(range: string): CellBox | null {
  const [a, b = a] = range.split(':');
  const from = parseRef(a);
  const to = parseRef(b);
  if (!from || !to) return null;
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

export function refOf(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

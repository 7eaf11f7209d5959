/** Package relationships (the *.rels parts) and content types, edited as text. */
import { attributes, elementEnd, escapeAttr, findElement, rootElement, withAttributes } from './xml';

export const REL = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
};
/** The namespace of r:id attributes. */
export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Strict OOXML spells the relationship types differently; reading accepts both. */
const STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function sameType(type: string, wanted: string): boolean {
  return type === wanted || type === STRICT + wanted.slice(wanted.lastIndexOf('/') + 1);
}

export function readRelationships(xml: string | null): Relationship[] {
  if (!xml) return [];
  const root = rootElement(xml, 'Relationships');
  const out: Relationship[] = [];
  const name = `${root.prefix}Relationship`;
  for (let at = findElement(xml, name, root.openEnd, root.close); at !== -1; at = findElement(xml, name, at + 1, root.close)) {
    const a = attributes(xml, at);
    out.push({ id: a.Id, type: a.Type, target: a.Target, external: a.TargetMode === 'External' });
  }
  return out;
}

/** The rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a relationship of `source` points at, as a zip entry name. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** `part` as a target relative to `source`'s folder. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Adds a relationship; returns the rels text and the new id. */
export function addRelationship(xml: string | null, type: string, target: string): { xml: string; id: string } {
  const text = xml ?? EMPTY_RELS;
  const used = new Set(readRelationships(text).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const root = rootElement(text, 'Relationships');
  const entry = `<${root.prefix}Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
  return { xml: insertBeforeClose(text, root, entry), id };
}

export function removeRelationship(xml: string, id: string): string {
  const root = rootElement(xml, 'Relationships');
  const name = `${root.prefix}Relationship`;
  for (let at = findElement(xml, name, root.openEnd, root.close); at !== -1; at = findElement(xml, name, at + 1, root.close)) {
    if (attributes(xml, at).Id === id) return xml.slice(0, at) + xml.slice(elementEnd(xml, at, name));
  }
  return xml;
}

function insertBeforeClose(xml: string, root: ReturnType<typeof rootElement>, entry: string): string {
  if (xml.charCodeAt(root.openEnd - 1) === 47) {
    const name = /^<([^\s/>]+)/.exec(xml.slice(root.start))?.[1] ?? '';
    return `${xml.slice(0, root.openEnd - 1).replace(/\s+$/, '')}>${entry}</${name}>${xml.slice(root.openEnd + 1)}`;
  }
  return xml.slice(0, root.close) + entry + xml.slice(root.close);
}

// --- [Content_Types].xml ------------------------------------------------------

/** Declares a part's content type (an Override), unless its extension's Default already says so. */
export function addOverride(xml: string, partName: string, type: string): string {
  const root = rootElement(xml, 'Types');
  const p = root.prefix;
  const extension = partName.slice(partName.lastIndexOf('.') + 1).toLowerCase();
  for (let at = findElement(xml, `${p}Default`, root.openEnd, root.close); at !== -1; at = findElement(xml, `${p}Default`, at + 1, root.close)) {
    const a = attributes(xml, at);
    if (a.Extension?.toLowerCase() === extension && a.ContentType === type) return xml;
  }
  for (let at = findElement(xml, `${p}Override`, root.openEnd, root.close); at !== -1; at = findElement(xml, `${p}Override`, at + 1, root.close)) {
    if (attributes(xml, at).PartName?.toLowerCase() === partName.toLowerCase()) {
      const end = xml.indexOf('>', at);
      return xml.slice(0, at) + withAttributes(xml.slice(at, end + 1), { ContentType: type }) + xml.slice(end + 1);
    }
  }
  return insertBeforeClose(xml, root, `<${p}Override PartName="${escapeAttr(partName)}" ContentType="${escapeAttr(type)}"/>`);
}

export function removeOverride(xml: string, partName: string): string {
  const root = rootElement(xml, 'Types');
  const name = `${root.prefix}Override`;
  for (let at = findElement(xml, name, root.openEnd, root.close); at !== -1; at = findElement(xml, name, at + 1, root.close)) {
    if (attributes(xml, at).PartName?.toLowerCase() === partName.toLowerCase()) return xml.slice(0, at) + xml.slice(elementEnd(xml, at, name));
  }
  return xml;
}

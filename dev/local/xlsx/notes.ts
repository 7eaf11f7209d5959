/**
 * Cell notes: the sheet's comments part holds the text, and a legacy VML
 * drawing holds the yellow box Excel shows for each. A changed note replaces
 * only its own <comment> and box; other notes (and other shapes of the
 * drawing, such as form controls) stay as the file had them.
 */
import type { NoteChange } from './changes';
import { CONTENT_TYPE, REL, RELATIONSHIPS_NS, readRelationships, relsPathOf, resolveTarget, sameType } from './relationships';
import type { TopLevel } from './topLevel';
import { attributes, elementEnd, findElement, refOf, rootElement, textElement, withAttributes } from './xml';
import { relationshipPrefix, type PackageEdit } from './xlsxPackage';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NEW_COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>ST-koll</author></authors><commentList></commentList></comments>`;

function newDrawing(idmap: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>${NOTE_SHAPETYPE}</xml>`
  );
}

const NOTE_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** A note's box, as Excel writes a new one: hidden until the cell is hovered. */
function noteShape(id: number, row: number, col: number): string {
  const r = row - 1;
  const c = col - 1;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${Math.max(0, r - 1)}, 10, ${c + 3}, 15, ${r + 3}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
  );
}

/** Applies the note changes of one sheet; `sheet` gets a <legacyDrawing> when it had none. */
export function applyNotes(edit: PackageEdit, sheetPart: string, sheet: TopLevel, changes: NoteChange[]): TopLevel {
  if (changes.length === 0) return sheet;
  const rels = readRelationships(edit.read(relsPathOf(sheetPart)));
  const commentsRel = rels.find((r) => sameType(r.type, REL.comments) && !r.external);
  let commentsPart = commentsRel ? resolveTarget(sheetPart, commentsRel.target) : null;
  if (!commentsPart || !edit.exists(commentsPart)) {
    commentsPart = edit.freePart((n) => `xl/comments${n}.xml`);
    edit.relate(sheetPart, REL.comments, commentsPart);
    edit.declare(commentsPart, CONTENT_TYPE.comments);
    edit.write(commentsPart, NEW_COMMENTS);
  }
  edit.write(commentsPart, changedComments(edit.read(commentsPart) ?? NEW_COMMENTS, changes));

  let result = sheet;
  const legacy = sheet.find('legacyDrawing');
  const legacyId = legacy ? Object.entries(attributes(legacy.text, 0)).find(([key]) => key.endsWith(':id'))?.[1] : undefined;
  const vmlRel = legacyId ? rels.find((r) => r.id === legacyId) : undefined;
  let drawingPart = vmlRel && !vmlRel.external ? resolveTarget(sheetPart, vmlRel.target) : null;
  if (!drawingPart || !edit.exists(drawingPart)) {
    drawingPart = edit.freePart((n) => `xl/drawings/vmlDrawing${n}.vml`);
    const id = edit.relate(sheetPart, REL.vmlDrawing, drawingPart);
    edit.declare(drawingPart, CONTENT_TYPE.vml);
    edit.write(drawingPart, newDrawing(freeIdmap(edit)));
    let r = relationshipPrefix(result.rootTag);
    if (!r) {
      result = result.setRootTag(withAttributes(result.rootTag, { 'xmlns:r': RELATIONSHIPS_NS }));
      r = 'r:';
    }
    result.set('legacyDrawing', `<${result.prefix}legacyDrawing ${r}id="${id}"/>`);
  }
  edit.write(drawingPart, changedDrawing(edit.read(drawingPart) ?? newDrawing(freeIdmap(edit)), changes));
  return result;
}

function changedComments(xml: string, changes: NoteChange[]): string {
  const root = rootElement(xml, 'comments');
  const p = root.prefix;
  const byRef = new Map(changes.map((c) => [refOf(c.row, c.col), c.text]));
  let out = xml;
  // Remove the changed cells' comments (from the end, so earlier offsets stay valid).
  const found: Array<[number, number]> = [];
  for (let at = findElement(out, `${p}comment`, 0); at !== -1; at = findElement(out, `${p}comment`, at + 1)) {
    const ref = (attributes(out, at).ref ?? '').replace(/\$/g, '').toUpperCase();
    if (byRef.has(ref)) found.push([at, elementEnd(out, at, `${p}comment`)]);
  }
  for (const [start, end] of found.reverse()) out = out.slice(0, start) + out.slice(end);

  const authors = findElement(out, `${p}authors`, 0);
  const authorsEnd = authors === -1 ? -1 : elementEnd(out, authors, `${p}authors`);
  if (authors === -1 || findElement(out, `${p}author`, authors + 1, authorsEnd) === -1) {
    // authorId="0" below needs an author.
    const list = `<${p}authors><${p}author>ST-koll</${p}author></${p}authors>`;
    const before = findElement(out, `${p}commentList`, 0);
    if (authors !== -1) out = out.slice(0, authors) + list + out.slice(authorsEnd);
    else if (before !== -1) out = out.slice(0, before) + list + out.slice(before);
    else out = out.slice(0, rootElement(out, 'comments').openEnd + 1) + list + out.slice(rootElement(out, 'comments').openEnd + 1);
  }
  const added = changes
    .filter((c) => c.text !== null)
    .map((c) => `<${p}comment ref="${refOf(c.row, c.col)}" authorId="0"><${p}text><${p}r>${textElement(c.text as string, p)}</${p}r></${p}text></${p}comment>`)
    .join('');
  const list = findElement(out, `${p}commentList`, 0);
  if (list === -1) {
    const close = out.lastIndexOf(`</${p}comments>`);
    return `${out.slice(0, close)}<${p}commentList>${added}</${p}commentList>${out.slice(close)}`;
  }
  const listEnd = elementEnd(out, list, `${p}commentList`);
  if (out.charCodeAt(listEnd - 2) === 47) return `${out.slice(0, listEnd - 2).replace(/\s+$/, '')}>${added}</${p}commentList>${out.slice(listEnd)}`;
  const close = out.lastIndexOf(`</${p}commentList>`, listEnd);
  return out.slice(0, close) + added + out.slice(close);
}

/** The <v:shape> elements of the drawing that are note boxes, with their cell. */
function noteShapes(xml: string): Array<{ start: number; end: number; row: number; col: number; id: number }> {
  const out: Array<{ start: number; end: number; row: number; col: number; id: number }> = [];
  const re = /<v:shape[\s>]/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const end = elementEnd(xml, m.index, 'v:shape');
    const shape = xml.slice(m.index, end);
    const id = Number(/\sid="_x0000_s(\d+)"/.exec(shape)?.[1] ?? 0);
    const note = /ObjectType="Note"/.test(shape);
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape);
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape);
    out.push({ start: m.index, end, row: note && row ? Number(row[1]) + 1 : -1, col: note && col ? Number(col[1]) + 1 : -1, id });
    re.lastIndex = end;
  }
  return out;
}

function changedDrawing(xml: string, changes: NoteChange[]): string {
  const shapes = noteShapes(xml);
  const changed = new Set(changes.map((c) => `${c.row}:${c.col}`));
  let out = xml;
  for (const shape of [...shapes].reverse()) if (changed.has(`${shape.row}:${shape.col}`)) out = out.slice(0, shape.start) + out.slice(shape.end);
  if (!/<v:shapetype[^>]*\sid="_x0000_t202"/.test(out)) {
    const layout = out.indexOf('</o:shapelayout>');
    const at = layout !== -1 ? layout + '</o:shapelayout>'.length : out.indexOf('>', out.indexOf('<xml')) + 1;
    out = out.slice(0, at) + NOTE_SHAPETYPE + out.slice(at);
  }
  const idmap = Number(/<o:idmap[^>]*\sdata="(\d+)/.exec(out)?.[1] ?? 1);
  let id = Math.max(idmap * 1024, ...shapes.map((s) => s.id));
  const added = changes.filter((c) => c.text !== null).map((c) => noteShape(++id, c.row, c.col)).join('');
  const close = out.lastIndexOf('</xml>');
  return out.slice(0, close) + added + out.slice(close);
}

/** A shape-id block (o:idmap) no other drawing of the workbook uses. */
function freeIdmap(edit: PackageEdit): number {
  const used = new Set<number>();
  for (const part of edit.partNames()) {
    if (!part.endsWith('.vml')) continue;
    const text = edit.read(part) ?? '';
    for (const m of text.matchAll(/<o:idmap[^>]*\sdata="([\d,\s]+)"/g)) for (const n of m[1].split(/[,\s]+/)) used.add(Number(n));
  }
  let n = 1;
  while (used.has(n)) n++;
  return n;
}


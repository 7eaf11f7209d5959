/**
 * What the fake keeps that an .xlsx has no place for: the developer metadata
 * ST-koll puts on its sheets and columns (the mark that a computed column is
 * ST-koll's, src/gas/columnOwnership.ts). Without it, a second session on the
 * same file would take ST-koll's own Flaggor, Uppdaterad… for the user's.
 *
 * Where: a custom XML part (ECMA-376 Part 1 §22.5, customXml/itemN.xml with
 * its itemProps, related from the workbook). It is the package's own place
 * for a solution's data: Excel keeps it through its saves and shows it
 * nowhere (no sheet, no property dialog, no defined name), and a reader that
 * does not know it ignores it. Found by its root's namespace, not its name
 * (Excel renumbers the items when it saves).
 *
 * Excel does not move the part's entries with the columns: a column or row is
 * recorded with its index and the cell it starts with (row 1 of a column,
 * column A of a row). On opening, an entry whose line no longer starts with
 * that cell is dropped (columns moved, deleted or renamed outside ST-koll):
 * ST-koll never takes a column for its own on a guess, so a same-named column
 * the user made elsewhere stays the user's.
 *
 * Document properties are kept only by an allow-list (KEPT_PROPERTY_KEYS):
 * the coordinator's settings belong to the workbook and mean the same off
 * Google. Not kept: the verified layout is a cache the next refresh rebuilds
 * from these marks (one finder per sheet); the agreement folder's id names a
 * folder of a session's Drive fake that is gone; the reminder keys are per
 * user; anything else is not known to make sense in a file.
 */
import { randomUUID } from 'node:crypto';
import { SETTINGS_PROPERTY_KEY } from '../../../src/domain/settings';
import type { TransferCell, TransferMetadata, TransferSheet } from '../../fakes/spreadsheet/transfer';
import { sameCell } from './cellValues';
import { readRelationships, relsPathOf, resolveTarget, sameType } from './relationships';
import { attributes, escapeAttr, findElement, rootElement } from './xml';
import type { PackageEdit, XlsxPackage } from './xlsxPackage';

export const KEPT_NAMESPACE = 'urn:st-koll:local-workbook:1';
const ROOT = 'stKoll';
const ENTRY = 'developerMetadata';
const PROPERTY = 'documentProperty';

/**
 * The document properties a file keeps (see the header): the settings saved
 * in ⚙ Inställningar (src/gas/settingsStore.ts). A key not listed here is
 * neither written nor restored, whatever a file holds.
 */
export const KEPT_PROPERTY_KEYS: readonly string[] = [SETTINGS_PROPERTY_KEY];

const keptProperty = (key: string): boolean => KEPT_PROPERTY_KEYS.includes(key);

/** What the part holds: the fake's developer metadata and the kept document properties. */
export interface KeptContent {
  metadata: readonly TransferMetadata[];
  /** Document properties; only KEPT_PROPERTY_KEYS are written or read. */
  properties: Readonly<Record<string, string>>;
}
const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const CONTENT_TYPE_PROPS = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const CONTENT_TYPE_ITEM = 'application/xml';

/** The part's XML for this content (the same content gives the same text, so an unchanged part is not rewritten). */
export function keptXml(content: KeptContent): string {
  const lines = content.metadata.map((e) => {
    const a: Array<[string, string | number | undefined]> = [
      ['key', e.key],
      ['value', e.value ?? undefined],
      ['visibility', e.visibility],
      ['sheet', e.sheet],
      ['column', e.column],
      ['row', e.row],
      ['anchor', e.anchor === undefined ? undefined : JSON.stringify(e.anchor)],
    ];
    const attrs = a.filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`);
    return `<${ENTRY}${attrs.join('')}/>`;
  });
  for (const key of Object.keys(content.properties).filter(keptProperty).sort()) {
    lines.push(`<${PROPERTY} key="${escapeAttr(key)}" value="${escapeAttr(content.properties[key])}"/>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${ROOT} xmlns="${KEPT_NAMESPACE}">${lines.join('')}</${ROOT}>`;
}

/** Whether `xml` is ST-koll's part (its root in ST-koll's namespace). */
function isKept(xml: string | null): xml is string {
  if (!xml) return false;
  try {
    const root = rootElement(xml, ROOT);
    return xml.slice(root.start, root.openEnd).includes(KEPT_NAMESPACE);
  } catch {
    return false;
  }
}

/** The workbook's ST-koll part, or null (a file ST-koll never saved). */
function keptPart(workbookPart: string, read: (part: string) => string | null): { part: string; xml: string } | null {
  for (const rel of readRelationships(read(relsPathOf(workbookPart)))) {
    if (!sameType(rel.type, REL_CUSTOM_XML) || rel.external) continue;
    const part = resolveTarget(workbookPart, rel.target);
    const xml = read(part);
    if (isKept(xml)) return { part, xml };
  }
  return null;
}

function anchorOf(text: string | undefined): TransferCell | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as TransferCell;
  } catch {
    return undefined;
  }
}

function parseProperties(xml: string): Record<string, string> {
  const root = rootElement(xml, ROOT);
  const name = `${root.prefix}${PROPERTY}`;
  const out: Record<string, string> = {};
  for (let at = findElement(xml, name, root.openEnd, root.close); at !== -1; at = findElement(xml, name, at + 1, root.close)) {
    const a = attributes(xml, at);
    // An invalid value is the settings code's to report (it falls back to the defaults).
    if (a.key && keptProperty(a.key) && a.value !== undefined) out[a.key] = a.value;
  }
  return out;
}

function parseEntries(xml: string): TransferMetadata[] {
  const root = rootElement(xml, ROOT);
  const name = `${root.prefix}${ENTRY}`;
  const out: TransferMetadata[] = [];
  for (let at = findElement(xml, name, root.openEnd, root.close); at !== -1; at = findElement(xml, name, at + 1, root.close)) {
    const a = attributes(xml, at);
    if (!a.key || (a.visibility !== 'DOCUMENT' && a.visibility !== 'PROJECT')) continue;
    const entry: TransferMetadata = { key: a.key, value: a.value ?? null, visibility: a.visibility };
    if (a.sheet !== undefined) entry.sheet = a.sheet;
    if (a.column !== undefined) entry.column = Number(a.column);
    if (a.row !== undefined) entry.row = Number(a.row);
    const anchor = anchorOf(a.anchor);
    if (anchor !== undefined) entry.anchor = anchor;
    out.push(entry);
  }
  return out;
}

/** Whether the entry's sheet, column or row is still where it was when saved. */
function stillInPlace(entry: TransferMetadata, sheets: readonly TransferSheet[]): boolean {
  if (entry.sheet === undefined) return true;
  const sheet = sheets.find((s) => s.name === entry.sheet);
  if (!sheet) return false;
  if (entry.column === undefined && entry.row === undefined) return true;
  if (entry.anchor === undefined) return false;
  const cell = entry.column !== undefined ? sheet.cells[0]?.[entry.column - 1] : sheet.cells[(entry.row as number) - 1]?.[0];
  return sameCell(cell, entry.anchor);
}

export interface KeptState {
  /** The metadata to give the fake: only entries whose line is still in place. */
  metadata: TransferMetadata[];
  /** The kept document properties to give the fake (none in a file saved before they were kept). */
  properties: Record<string, string>;
  /** The part's text as the file holds it (what a save compares with). */
  xml: string;
}

/** Reads ST-koll's part of an opened package; a file without one has nothing kept. */
export function readKept(pkg: XlsxPackage, sheets: readonly TransferSheet[]): KeptState {
  const found = keptPart(pkg.workbookPart, (part) => pkg.text(part));
  if (!found) return { metadata: [], properties: {}, xml: keptXml({ metadata: [], properties: {} }) };
  let entries: TransferMetadata[];
  let properties: Record<string, string>;
  try {
    entries = parseEntries(found.xml);
    properties = parseProperties(found.xml);
  } catch {
    entries = [];
    properties = {};
  }
  return { metadata: entries.filter((e) => stillInPlace(e, sheets)), properties, xml: found.xml };
}

/** Writes the part in this save: replaced where the file has it, else added with its properties part. */
export function writeKept(edit: PackageEdit, xml: string): void {
  const workbookPart = edit.pkg.workbookPart;
  const found = keptPart(workbookPart, (part) => edit.read(part));
  if (found) {
    edit.write(found.part, xml);
    return;
  }
  const part = edit.freePart((n) => `customXml/item${n}.xml`);
  const props = part.replace(/item(\d+)\.xml$/, 'itemProps$1.xml');
  edit.relate(workbookPart, REL_CUSTOM_XML, part);
  edit.write(part, xml);
  edit.declare(part, CONTENT_TYPE_ITEM);
  edit.relate(part, REL_CUSTOM_XML_PROPS, props);
  edit.write(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{${randomUUID().toUpperCase()}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
  );
  edit.declare(props, CONTENT_TYPE_PROPS);
}

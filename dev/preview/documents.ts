/**
 * Generated agreements leave the fakes as self-contained HTML files in
 * preview-out/: no script, no external resource, print-friendly, so they open
 * in any browser or word processor. The preview serves them under /out/ and
 * swaps a document's Google URL for the local one in what it shows.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { html, trusted, type SafeHtml } from './html';

export type ExportElement =
  | { type: 'PARAGRAPH'; text: string; heading?: string | null }
  | { type: 'LIST_ITEM'; text: string; nestingLevel?: number }
  /** columnWidths: points per column as the Doc set them (Table.setColumnWidth), null where left to Docs. */
  | { type: 'TABLE'; cells: string[][]; columnWidths?: Array<number | null> }
  | { type: 'HORIZONTAL_RULE' }
  | { type: 'PAGE_BREAK' };

export interface ExportableDocument {
  id: string;
  name: string;
  /** The URLs the bundle may have handed out for it (edit URL, PDF copy…). */
  urls: string[];
  elements: ExportElement[];
  /** When set, the document is a PDF copy whose content is this document's. */
  mimeType?: string;
}

interface Exported {
  id: string;
  name: string;
  file: string;
  urls: string[];
  content: string;
  signature: string;
}

export class DocumentExporter {
  private readonly byId = new Map<string, Exported>();
  private readonly byFile = new Map<string, Exported>();
  private readonly usedFiles = new Set<string>();

  constructor(
    private readonly outDir: string,
    private readonly origin: string,
    private readonly read_: (env: unknown) => ExportableDocument[] = readDocuments,
  ) {}

  /** Writes new and changed documents of the fakes to disk. */
  sync(env: unknown): void {
    for (const doc of this.read_(env)) {
      const content = documentHtml(doc);
      const signature = `${doc.name}\u0000${content}`;
      const known = this.byId.get(doc.id);
      if (known && known.signature === signature) continue;
      const file = known?.file ?? this.fileNameFor(doc.name);
      const exported: Exported = { id: doc.id, name: doc.name, file, urls: doc.urls, content, signature };
      mkdirSync(this.outDir, { recursive: true });
      writeFileSync(join(this.outDir, file), content);
      this.byId.set(doc.id, exported);
      this.byFile.set(file, exported);
    }
  }

  list(): { name: string; href: string }[] {
    return [...this.byId.values()].map((d) => ({ name: d.name, href: `/out/${encodeURIComponent(d.file)}` }));
  }

  read(file: string): string | null {
    return this.byFile.get(file)?.content ?? null;
  }

  /** '/out/<file>' for a cell or value that holds the URL of an exported document. */
  localHrefFor(text: unknown): string | null {
    if (typeof text !== 'string' || !/^https:\/\//.test(text)) return null;
    for (const doc of this.byId.values()) {
      if (doc.urls.includes(text)) return `/out/${encodeURIComponent(doc.file)}`;
    }
    return null;
  }

  /** A copy of a google.script.run result with document URLs pointing at the local files. */
  localiseUrls(value: unknown): unknown {
    if (typeof value === 'string') {
      const href = this.localHrefFor(value);
      return href ? this.origin + href : value;
    }
    if (Array.isArray(value)) return value.map((v) => this.localiseUrls(v));
    if (value && typeof value === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) copy[k] = this.localiseUrls(v);
      return copy;
    }
    return value;
  }

  /** A readable, unique, file-system-safe name: "Handledningsoverenskommelse-Alva-Pahittad-2026-11-23.html". */
  private fileNameFor(name: string): string {
    const base =
      name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 100) || 'dokument';
    let file = `${base}.html`;
    for (let n = 2; this.usedFiles.has(file); n++) file = `${base}-${n}.html`;
    this.usedFiles.add(file);
    return file;
  }
}

const HEADING_TAG: Record<string, string> = {
  TITLE: 'h1',
  SUBTITLE: 'p class="subtitle"',
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
};

const DOCUMENT_CSS = `
  body { max-width: 46em; margin: 2em auto; padding: 0 1.5em; font: 11pt/1.5 Georgia, 'Times New Roman', serif; color: #111; }
  h1 { font-size: 20pt; margin: 0 0 .2em; } h2 { font-size: 14pt; margin: 1.4em 0 .4em; } h3 { font-size: 12pt; margin: 1.2em 0 .3em; }
  .subtitle { color: #555; margin-top: 0; }
  table { width: 100%; border-collapse: collapse; margin: .6em 0 1em; table-layout: fixed; }
  td { border: 1px solid #999; padding: .35em .5em; vertical-align: top; white-space: pre-wrap; }
  hr { border: 0; border-top: 1px solid #999; }
  .page-break { break-after: page; page-break-after: always; }
  ul { margin: .3em 0 .8em; }
  @media print { body { margin: 0; max-width: none; } }
`;

/** The text width of an A4 page with Docs' default margins (595 pt − 2 × 72 pt), in points. */
const DOCS_TEXT_WIDTH_PT = 451;

/**
 * Column widths as percentages of the page, as Docs lays them out: a column
 * the Doc gave a width keeps it, the others share the rest equally (Docs'
 * default "evenly distributed"). With table-layout: fixed the widths hold
 * whatever the cells contain, so an empty answer cell keeps its room.
 */
export function columnPercentages(table: { cells: string[][]; columnWidths?: Array<number | null> }): number[] {
  const count = Math.max(0, ...table.cells.map((row) => row.length));
  if (count === 0) return [];
  const widths = Array.from({ length: count }, (_, i) => {
    const w = table.columnWidths?.[i];
    return typeof w === 'number' && w > 0 ? w : null;
  });
  const fixed = widths.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const open = widths.filter((w) => w === null).length;
  const total = Math.max(DOCS_TEXT_WIDTH_PT, fixed + open * 36);
  const share = open ? (total - fixed) / open : 0;
  const percent = widths.map((w) => ((w ?? share) / total) * 100);
  return percent.map((p) => Math.round(p * 10) / 10);
}

export function documentHtml(doc: ExportableDocument): string {
  const body: SafeHtml[] = [];
  let list: SafeHtml[] = [];
  const flushList = () => {
    if (list.length) body.push(html`<ul>${list}</ul>`);
    list = [];
  };
  for (const element of doc.elements) {
    if (element.type === 'LIST_ITEM') {
      list.push(html`<li>${element.text}</li>`);
      continue;
    }
    flushList();
    switch (element.type) {
      case 'PARAGRAPH': {
        const tag = (element.heading && HEADING_TAG[element.heading]) || 'p';
        const close = tag.split(' ')[0];
        // Tags come from our own table; the text is escaped.
        body.push(html`${trusted(`<${tag}>`)}${element.text}${trusted(`</${close}>`)}`);
        break;
      }
      case 'TABLE': {
        const cols = columnPercentages(element).map((p) => html`<col style="width:${String(p)}%">`);
        body.push(
          html`<table><colgroup>${cols}</colgroup>${element.cells.map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</table>`,
        );
        break;
      }
      case 'HORIZONTAL_RULE':
        body.push(html`<hr>`);
        break;
      case 'PAGE_BREAK':
        body.push(html`<div class="page-break"></div>`);
        break;
    }
  }
  flushList();
  return html`<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.name}</title>
<style>${trusted(DOCUMENT_CSS)}</style>
</head>
<body>
${body}
</body>
</html>
`.value;
}

/**
 * Reads the Google Docs the fakes hold (env.documents.list(): id, name, url and
 * the body's elements); trashed ones are left out.
 */
export function readDocuments(env: unknown): ExportableDocument[] {
  const inspector = (env as { documents?: { list?: () => unknown } } | null)?.documents;
  const raw = inspector && typeof inspector.list === 'function' ? inspector.list() : [];
  if (!Array.isArray(raw)) return [];
  const docs: ExportableDocument[] = [];
  for (const item of raw as Array<Record<string, unknown>>) {
    if (!item || typeof item.id !== 'string' || typeof item.name !== 'string' || item.trashed === true) continue;
    const body = Array.isArray(item.body) ? (item.body as unknown[]) : [];
    const urls = [item.url, `https://docs.google.com/document/d/${item.id}/edit`].filter((u): u is string => typeof u === 'string');
    docs.push({ id: item.id, name: item.name, urls, elements: body.map(toElement) });
  }
  return docs;
}

function toElement(value: unknown): ExportElement {
  const v = (value ?? {}) as Record<string, unknown>;
  switch (v.type) {
    case 'LIST_ITEM':
      return { type: 'LIST_ITEM', text: String(v.text ?? ''), nestingLevel: Number(v.nestingLevel) || 0 };
    case 'TABLE': {
      const rows = Array.isArray(v.rows) ? (v.rows as unknown[][]) : [];
      const cells = rows.map((r) => (Array.isArray(r) ? r.map((c) => String(c ?? '')) : []));
      const attributes = (v.attributes ?? {}) as Record<string, unknown>;
      const count = Math.max(0, ...cells.map((r) => r.length));
      const columnWidths = Array.from({ length: count }, (_, i) => {
        const w = attributes[`COLUMN_WIDTH_${i}`];
        return typeof w === 'number' ? w : null;
      });
      return { type: 'TABLE', cells, columnWidths };
    }
    default:
      if (v.element === 'HORIZONTAL_RULE') return { type: 'HORIZONTAL_RULE' };
      if (v.element === 'PAGE_BREAK') return { type: 'PAGE_BREAK' };
      return { type: 'PARAGRAPH', text: String(v.text ?? ''), heading: typeof v.heading === 'string' ? v.heading : null };
  }
}

/**
 * A fake Google Doc (env.documents view) drawn as HTML that looks like the Doc:
 * for the picture in docs/AGREEMENTS.md and for eyeballing a generated agreement.
 */
import type { DocumentView } from '../../dev/fakes/document/inspect';

type ElementView = DocumentView['body'][number];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]).replace(/\n/g, '<br>');

const HEADING_TAG: Record<string, string> = {
  TITLE: 'h1',
  SUBTITLE: 'p class="subtitle"',
  HEADING1: 'h2',
  HEADING2: 'h2',
  HEADING3: 'h3',
};

function elementHtml(element: ElementView): string {
  if (element.type === 'TABLE') {
    const rows = element.rows.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('');
    return `<table>${rows}</table>`;
  }
  if (element.type === 'LIST_ITEM') return `<li>${escape(element.text)}</li>`;
  const tag = HEADING_TAG[element.heading] ?? 'p';
  const close = tag.split(' ')[0];
  return `<${tag}>${escape(element.text)}</${close}>`;
}

export function documentHtml(doc: DocumentView): string {
  const parts: string[] = [];
  let inList = false;
  for (const element of doc.body) {
    if (element.type === 'LIST_ITEM' && !inList) parts.push('<ul>');
    if (element.type !== 'LIST_ITEM' && inList) parts.push('</ul>');
    inList = element.type === 'LIST_ITEM';
    parts.push(elementHtml(element));
  }
  if (inList) parts.push('</ul>');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${escape(doc.name)}</title><style>
body{background:#f1f3f4;margin:0;padding:24px 0;font-family:Arial,Helvetica,sans-serif;color:#202124}
.page{background:#fff;width:794px;margin:0 auto;padding:72px 80px;box-sizing:border-box;box-shadow:0 1px 3px rgba(60,64,67,.3)}
h1{font-size:26pt;font-weight:400;margin:0 0 4px}
.subtitle{font-size:15pt;color:#666;margin:0 0 16px}
h2{font-size:14pt;font-weight:400;margin:20px 0 6px}
h3{font-size:12pt;font-weight:700;margin:16px 0 4px}
p,li,td{font-size:10.5pt;line-height:1.4}
ul{margin:4px 0 8px;padding-left:22px}
table{border-collapse:collapse;width:100%;margin:8px 0}
td{border:1px solid #9aa0a6;padding:4px 6px;vertical-align:top;width:50%}
</style></head><body><div class="page">${parts.join('\n')}</div></body></html>`;
}

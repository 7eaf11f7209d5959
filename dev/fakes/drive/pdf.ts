/**
 * A small but real PDF of a document's text (what File.getAs('application/pdf')
 * returns), so the preview's files open in an ordinary PDF reader. Standard
 * Helvetica with WinAnsiEncoding covers Swedish; layout is one column on A4.
 */
import type { DocumentModel, SectionNode } from '../document/model';

const PAGE = { width: 595, height: 842, margin: 56 };
const WIN_ANSI_EXTRA: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97 };

interface Line {
  text: string;
  size: number;
  bold: boolean;
  indent: number;
  gapBefore: number;
}

function winAnsi(text: string): number[] {
  return [...text].map((ch) => {
    const code = ch.charCodeAt(0);
    if (WIN_ANSI_EXTRA[ch]) return WIN_ANSI_EXTRA[ch];
    return code >= 0x20 && code <= 0xff && !(code >= 0x7f && code < 0xa0) ? code : 0x3f;
  });
}

function wrap(text: string, size: number, width: number): string[] {
  const maxChars = Math.max(10, Math.floor(width / (size * 0.5)));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    for (const word of paragraph.split(/\s+/)) {
      if (current && (current + ' ' + word).length > maxChars) {
        lines.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    lines.push(current);
  }
  return lines;
}

const HEADING_SIZE: Record<string, number> = { TITLE: 20, SUBTITLE: 14, HEADING1: 16, HEADING2: 13, HEADING3: 12 };

function layout(section: SectionNode): Line[] {
  const lines: Line[] = [];
  const usable = PAGE.width - 2 * PAGE.margin;
  for (const child of section.children) {
    if (child.kind === 'TABLE') {
      for (const row of child.rows) {
        const text = row.cells.map((c) => c.text.replace(/\n/g, ' ')).join('   |   ');
        for (const [i, t] of wrap(text, 10, usable).entries()) lines.push({ text: t, size: 10, bold: false, indent: 0, gapBefore: i === 0 ? 4 : 0 });
      }
      continue;
    }
    if (child.inline === 'HORIZONTAL_RULE') {
      lines.push({ text: '_'.repeat(60), size: 10, bold: false, indent: 0, gapBefore: 4 });
      continue;
    }
    const size = HEADING_SIZE[child.heading] ?? 11;
    const bold = size > 11 || child.attributes.BOLD === true;
    const bullet = child.kind === 'LIST_ITEM' ? (child.glyphType === 'NUMBER' ? '– ' : '• ') : '';
    const indent = child.kind === 'LIST_ITEM' ? 14 * (child.nestingLevel + 1) : 0;
    wrap(bullet + child.text, size, usable - indent).forEach((t, i) => lines.push({ text: t, size, bold, indent, gapBefore: i === 0 ? (size > 11 ? 10 : 4) : 0 }));
  }
  return lines;
}

function escapePdf(bytes: number[]): string {
  return bytes.map((b) => (b === 0x28 || b === 0x29 || b === 0x5c ? `\\${String.fromCharCode(b)}` : String.fromCharCode(b))).join('');
}

export function documentPdf(doc: DocumentModel): number[] {
  const pages: string[] = [];
  let ops: string[] = [];
  let y = PAGE.height - PAGE.margin;
  for (const line of layout(doc.body)) {
    const advance = line.size * 1.35 + line.gapBefore;
    if (y - advance < PAGE.margin) {
      pages.push(ops.join('\n'));
      ops = [];
      y = PAGE.height - PAGE.margin;
    }
    y -= advance;
    ops.push(`BT /${line.bold ? 'F2' : 'F1'} ${line.size} Tf ${PAGE.margin + line.indent} ${y.toFixed(1)} Td (${escapePdf(winAnsi(line.text))}) Tj ET`);
  }
  pages.push(ops.join('\n'));

  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 5 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  pages.forEach((content, i) => {
    const id = pageIds[i];
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  let out = `%PDF-1.4\n%\xe2\xe3\xcf\xd3\n`;
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info << /Title (${escapePdf(winAnsi(doc.name))}) >> >>\nstartxref\n${xref}\n%%EOF\n`;
  return [...out].map((ch) => ch.charCodeAt(0) & 0xff);
}

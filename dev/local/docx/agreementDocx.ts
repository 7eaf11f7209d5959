/**
 * An agreement as a .docx (Word, LibreOffice and Google Docs open it): the
 * same document model the preview exports to HTML (dev/preview/documents.ts),
 * laid out as the Google Doc is — title and headings, tables with the Doc's
 * column widths (empty answer cells keep room to write), bullet lists,
 * rules and page breaks.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { columnPercentages, type ExportableDocument, type ExportElement } from '../../preview/documents';

const HEADING: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  TITLE: HeadingLevel.TITLE,
  HEADING1: HeadingLevel.HEADING_1,
  HEADING2: HeadingLevel.HEADING_2,
  HEADING3: HeadingLevel.HEADING_3,
  HEADING4: HeadingLevel.HEADING_4,
  HEADING5: HeadingLevel.HEADING_5,
  HEADING6: HeadingLevel.HEADING_6,
};

/** A4 with 2.54 cm margins: the text width in twentieths of a point (as Docs' default page). */
const TEXT_WIDTH_TWIPS = 9026;
/** An empty cell is a place to write by hand (a signature, a ground rule): about 1.3 cm high. */
const WRITING_ROOM_TWIPS = 740;

function runs(text: string): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
}

function paragraph(element: Extract<ExportElement, { type: 'PARAGRAPH' }>): Paragraph {
  const heading = element.heading ? HEADING[element.heading] : undefined;
  if (element.heading === 'SUBTITLE') return new Paragraph({ children: [new TextRun({ text: element.text, color: '555555', size: 26 })] });
  return new Paragraph({ heading, children: runs(element.text), spacing: { after: 120 } });
}

function table(element: Extract<ExportElement, { type: 'TABLE' }>): Table {
  const percent = columnPercentages(element);
  const widths = percent.map((p) => Math.round((TEXT_WIDTH_TWIPS * p) / 100));
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    rows: element.cells.map(
      (row) =>
        new TableRow({
          height: row.some((cell) => cell.trim() === '') ? { value: WRITING_ROOM_TWIPS, rule: 'atLeast' } : undefined,
          children: widths.map(
            (width, i) =>
              new TableCell({
                width: { size: width, type: WidthType.DXA },
                margins: { top: 60, bottom: 60, left: 100, right: 100 },
                children: [new Paragraph({ children: runs(row[i] ?? '') })],
              }),
          ),
        }),
    ),
  });
}

function body(elements: ExportElement[]): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const element of elements) {
    switch (element.type) {
      case 'PARAGRAPH':
        out.push(paragraph(element));
        break;
      case 'LIST_ITEM':
        out.push(new Paragraph({ children: runs(element.text), bullet: { level: Math.min(8, element.nestingLevel ?? 0) } }));
        break;
      case 'TABLE':
        out.push(table(element));
        // Word joins two adjacent tables into one: a paragraph keeps them apart.
        out.push(new Paragraph({ children: [] }));
        break;
      case 'HORIZONTAL_RULE':
        out.push(new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } }));
        break;
      case 'PAGE_BREAK':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}

export async function agreementDocx(doc: ExportableDocument): Promise<Buffer> {
  const document = new Document({
    title: doc.name,
    creator: 'ST-koll',
    styles: { default: { document: { run: { font: 'Georgia', size: 22 }, paragraph: { alignment: AlignmentType.LEFT } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } }, children: body(doc.elements) }],
  });
  return Packer.toBuffer(document);
}

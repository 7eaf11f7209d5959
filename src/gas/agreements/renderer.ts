/**
 * Draws an AgreementContent into a Google Doc body with DocumentApp: title,
 * headings, paragraphs, bulleted lists and tables. Every method call on a Docs
 * object is a service call, so the layout uses few of them: a table is one
 * call (the first one getNumChildren more, to learn where the body ends; the
 * ground rules one more, for the column width), a list item one call with the
 * default bullet glyph. A
 * bullets block is one list: its items follow each other, and each block
 * follows a heading, so every block starts a list of its own. Elements go in
 * through a BodyWriter, so no blank line is left after a table.
 */
import type { AgreementContent, Block, Party } from '../../domain/agreement';
import { BodyWriter } from './bodyWriter';

type Body = GoogleAppsScript.Document.Body;

const SIGNATURE_LINE = '________________________________';
const FILL_LINE = '____________________';
/**
 * Width of the question column of the ground rules, in points: about 45 % of
 * the text width of an A4 page with Docs' default margins (451 pt), so the
 * answers to be written by hand get the larger column.
 */
const QUESTION_COLUMN_WIDTH_PT = 200;

export function renderAgreement(body: Body, content: AgreementContent): void {
  // A new Doc starts with one empty paragraph: it becomes the title.
  const first = body.getParagraphs()[0];
  first.setText(content.title);
  first.setHeading(DocumentApp.ParagraphHeading.TITLE);
  const out = new BodyWriter(body, 1);
  out.paragraph(content.subtitle).setHeading(DocumentApp.ParagraphHeading.SUBTITLE);
  for (const block of content.blocks) renderBlock(out, block);
}

function renderBlock(out: BodyWriter, block: Block): void {
  switch (block.kind) {
    case 'heading':
      out
        .paragraph(block.text)
        .setHeading(block.level === 1 ? DocumentApp.ParagraphHeading.HEADING2 : DocumentApp.ParagraphHeading.HEADING3);
      return;
    case 'paragraph':
      out.paragraph(block.text);
      return;
    case 'bullets':
      // A list item made from text is bulleted (the Docs default glyph); no styling call per item.
      for (const item of block.items) out.listItem(item);
      return;
    case 'facts':
      out.table(block.rows.map((row) => [row.label, row.value]));
      return;
    case 'fillIn':
      // An empty second line in each answer cell leaves room to write by hand; the question
      // column gets a fixed width and the answer column the rest of the page (one call).
      out.table(block.questions.map((question) => [question, '\n'])).setColumnWidth(0, QUESTION_COLUMN_WIDTH_PT);
      return;
    case 'signatures':
      out.table(signatureCells(block.placeLabel, block.dateLabel, block.parties));
      return;
  }
}

/** Place and date on the first row, then one cell per party, two parties a row. */
function signatureCells(placeLabel: string, dateLabel: string, parties: Party[]): string[][] {
  const rows: string[][] = [[`${placeLabel}: ${FILL_LINE}`, `${dateLabel}: ${FILL_LINE}`]];
  for (let i = 0; i < parties.length; i += 2) {
    rows.push([signatureCell(parties[i]), parties[i + 1] ? signatureCell(parties[i + 1]) : '']);
  }
  return rows;
}

function signatureCell(party: Party): string {
  const name = party.name.trim() === '' ? FILL_LINE : party.name;
  return `\n\n${SIGNATURE_LINE}\n${name}\n${party.role}`;
}

/**
 * The user's own template: a Google Doc opened with DocumentApp (the documents
 * scope, never the full drive scope), its body copied element by element into
 * the new Doc, then every known `{{Tagg}}` filled (replaceText with an
 * escaped pattern; values holding `$` or `\` inserted literally). Unknown
 * tags are returned so the user hears about them; they stay visible in the Doc.
 */
import { UserError } from '../../app/userError';
import {
  escapeRegexPattern,
  planTagReplacements,
  type AgreementFacts,
} from '../../domain/agreement';
import { AGREEMENT_MSG } from '../../shared/messages/agreement';
import { BodyWriter } from './bodyWriter';

type Document = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Element = GoogleAppsScript.Document.Element;

export function openTemplateDocument(documentId: string, row: number, cell: string): Document {
  try {
    return DocumentApp.openById(documentId);
  } catch {
    throw new UserError(AGREEMENT_MSG.templateUnavailable(row, cell));
  }
}

/** Copies the template's body into `target`; returns the unknown tags. */
export function fillFromTemplate(target: Body, template: Document, facts: AgreementFacts): string[] {
  const source = template.getBody();
  const count = source.getNumChildren();
  const out = new BodyWriter(target, 1);
  let copied = 0;
  let previous: GoogleAppsScript.Document.ElementType | null = null;
  for (let i = 0; i < count; i++) {
    const element = source.getChild(i);
    const type = element.getType();
    if (i === count - 1 && keptAfterTable(previous, type, element)) break;
    if (appendCopy(out, element, type)) copied++;
    previous = type;
  }
  // The new Doc's own empty first paragraph goes, once something follows it.
  if (copied > 0) target.getChild(0).removeFromParent();
  const text = target.getText();
  const plan = planTagReplacements(text, facts);
  for (const { literal, value } of plan.replacements) {
    const pattern = escapeRegexPattern(literal);
    if (isPlainReplacement(value)) target.replaceText(pattern, value);
    else insertLiterally(target, pattern, value, countOccurrences(text, literal));
  }
  return plan.unknown;
}

/**
 * replaceText's replacement is not plain text where `$` and `\` are concerned
 * (group references, escapes). A value without them means the same under any
 * reading, so it goes through replaceText in one call; a rare value with them
 * (a name like "Per $1 \ Öst") is inserted as literal text at each match instead.
 */
function isPlainReplacement(value: string): boolean {
  return !/[$\\]/.test(value);
}

function countOccurrences(text: string, literal: string): number {
  return text.split(literal).length - 1;
}

function insertLiterally(body: Body, pattern: string, value: string, occurrences: number): void {
  // Bounded by the count found before: a value that itself contains the tag cannot loop.
  for (let i = 0; i < occurrences; i++) {
    const found = body.findText(pattern);
    if (!found) return;
    const element = found.getElement() as GoogleAppsScript.Document.Element & Partial<GoogleAppsScript.Document.Text>;
    const textElement = (typeof element.asText === 'function' ? element.asText() : element) as GoogleAppsScript.Document.Text;
    const start = found.getStartOffset();
    const end = found.getEndOffsetInclusive();
    textElement.deleteText(start, end);
    textElement.insertText(start, value);
  }
}

/**
 * The template's own last paragraph after a final table: the empty paragraph
 * Docs keeps there. The copy gets its own from Docs, so copying this one too
 * would end the agreement with a blank line.
 */
function keptAfterTable(previous: GoogleAppsScript.Document.ElementType | null, type: GoogleAppsScript.Document.ElementType, element: Element): boolean {
  return previous === DocumentApp.ElementType.TABLE && type === DocumentApp.ElementType.PARAGRAPH && element.asParagraph().getText() === '';
}

/** A copied list item keeps its list ID: the template's lists stay as they were, restarting and continuing where they did. */
function appendCopy(out: BodyWriter, element: Element, type: GoogleAppsScript.Document.ElementType): boolean {
  // Only these three can be children of a body; copy() gives a detached element of the same type.
  if (type === DocumentApp.ElementType.PARAGRAPH) out.paragraph(element.copy() as GoogleAppsScript.Document.Paragraph);
  else if (type === DocumentApp.ElementType.LIST_ITEM) out.listItem(element.copy() as GoogleAppsScript.Document.ListItem);
  else if (type === DocumentApp.ElementType.TABLE) out.table(element.copy() as GoogleAppsScript.Document.Table);
  // A table of contents cannot be appended to a body: skipped.
  else return false;
  return true;
}

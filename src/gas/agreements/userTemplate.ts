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
  let copied = 0;
  for (let i = 0; i < count; i++) {
    if (appendCopy(target, source.getChild(i))) copied++;
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

function appendCopy(target: Body, element: Element): boolean {
  const type = element.getType();
  // Only these three can be children of a body; copy() gives a detached element of the same type.
  if (type === DocumentApp.ElementType.PARAGRAPH) target.appendParagraph(element.copy() as GoogleAppsScript.Document.Paragraph);
  else if (type === DocumentApp.ElementType.LIST_ITEM) target.appendListItem(element.copy() as GoogleAppsScript.Document.ListItem);
  else if (type === DocumentApp.ElementType.TABLE) target.appendTable(element.copy() as GoogleAppsScript.Document.Table);
  // A table of contents cannot be appended to a body: skipped.
  else return false;
  return true;
}

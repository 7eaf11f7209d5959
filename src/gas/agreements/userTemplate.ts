/**
 * The user's own template: a Google Doc opened with DocumentApp (the documents
 * scope, never the full drive scope), its body copied element by element into
 * the new Doc, then every known `{{Tagg}}` filled with replaceText. Unknown
 * tags are returned so the user hears about them; they stay visible in the Doc.
 */
import { UserError } from '../../app/userError';
import {
  escapeRegexPattern,
  escapeReplacement,
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
  const plan = planTagReplacements(target.getText(), facts);
  for (const { literal, value } of plan.replacements) {
    target.replaceText(escapeRegexPattern(literal), escapeReplacement(value));
  }
  return plan.unknown;
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

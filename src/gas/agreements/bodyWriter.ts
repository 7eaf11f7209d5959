/**
 * Adds elements at the end of a Doc body without the blank line Docs would
 * leave after a table. A body never ends with a table: Docs keeps an empty
 * paragraph after one that ends the body, so appending the next element after
 * it would put an empty line between the table and, say, the next heading.
 * Whatever follows a table therefore goes in just before that paragraph
 * (insertX at its index), which stays last, where a body ending with a table
 * needs it. Only a table right after a table is appended: that paragraph then
 * separates the two, as it would when typed.
 *
 * One call per element, as appending costs, and one getNumChildren per
 * appended table: the writer asks Docs whether it kept a paragraph instead of
 * assuming it.
 */
type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;
type Table = GoogleAppsScript.Document.Table;

export class BodyWriter {
  /** Index of the empty paragraph Docs keeps after a table that ended the body; null while there is none. */
  private kept: number | null = null;
  /** Whether the last element written is a table. */
  private lastWasTable = false;

  /** `childCount`: the children the body has now (a new Doc has one, its empty first paragraph). */
  constructor(
    private readonly body: Body,
    private childCount: number,
  ) {}

  // The twin branches below only let TypeScript pick Docs' overload (text or element) for each.
  paragraph(textOrCopy: string | Paragraph): Paragraph {
    const at = this.slot();
    if (at === null) return typeof textOrCopy === 'string' ? this.body.appendParagraph(textOrCopy) : this.body.appendParagraph(textOrCopy);
    return typeof textOrCopy === 'string' ? this.body.insertParagraph(at, textOrCopy) : this.body.insertParagraph(at, textOrCopy);
  }

  /** An item made from text joins the list item right before it: one block's items are one list, and a block after anything else starts a new one. */
  listItem(textOrCopy: string | ListItem): ListItem {
    const at = this.slot();
    if (at === null) return typeof textOrCopy === 'string' ? this.body.appendListItem(textOrCopy) : this.body.appendListItem(textOrCopy);
    return typeof textOrCopy === 'string' ? this.body.insertListItem(at, textOrCopy) : this.body.insertListItem(at, textOrCopy);
  }

  table(cellsOrCopy: string[][] | Table): Table {
    if (this.kept !== null && !this.lastWasTable) {
      // Before the kept paragraph: the table does not end the body, so Docs adds nothing.
      const at = this.slot()!;
      const table = Array.isArray(cellsOrCopy) ? this.body.insertTable(at, cellsOrCopy) : this.body.insertTable(at, cellsOrCopy);
      // The Body reference does not say whether insertTable adds a paragraph
      // (the Docs API adds a newline before an inserted table), so the body is
      // counted again: the kept paragraph is its last child either way.
      this.childCount = this.body.getNumChildren();
      this.kept = this.childCount - 1;
      this.lastWasTable = true;
      return table;
    }
    const table = Array.isArray(cellsOrCopy) ? this.body.appendTable(cellsOrCopy) : this.body.appendTable(cellsOrCopy);
    const before = this.childCount;
    this.childCount = this.body.getNumChildren();
    this.kept = this.childCount === before + 2 ? this.childCount - 1 : null;
    this.lastWasTable = true;
    return table;
  }

  /** Where the next element goes: before the kept paragraph (its index), or null to append. */
  private slot(): number | null {
    const at = this.kept;
    this.childCount++;
    this.lastWasTable = false;
    if (at !== null) this.kept = at + 1;
    return at;
  }
}

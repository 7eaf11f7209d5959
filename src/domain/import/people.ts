/**
 * Who is already in ST-läkare (PRODUCT.md §9): a row of the list is the same
 * person as a row already there, or an earlier row of the list, when the
 * e-post is the same (case aside), else when the name is exactly the same.
 */
import { IMPORT } from '../../shared/messages/import';

export interface PersonKey {
  name: string;
  email: string;
}

/** Where a person was seen: a row of ST-läkare, or a row of the list being imported. */
interface Seen {
  row: number;
  inList: boolean;
}

export class PeopleRegister {
  private readonly byEmail = new Map<string, Seen>();
  private readonly byName = new Map<string, Seen>();

  constructor(private readonly sheetName: string) {}

  add(person: PersonKey, row: number, inList: boolean): void {
    const seen = { row, inList };
    const email = emailKey(person.email);
    if (email && !this.byEmail.has(email)) this.byEmail.set(email, seen);
    const name = person.name.trim();
    if (name && !this.byName.has(name)) this.byName.set(name, seen);
  }

  /** Why this person is already there, or null when they are new. */
  duplicateReason(person: PersonKey): string | null {
    const email = emailKey(person.email);
    const byEmail = email ? this.byEmail.get(email) : undefined;
    if (byEmail) return this.reason(byEmail, 'email');
    const name = person.name.trim();
    const byName = name ? this.byName.get(name) : undefined;
    return byName ? this.reason(byName, 'name') : null;
  }

  private reason(seen: Seen, by: 'email' | 'name'): string {
    return seen.inList ? IMPORT.earlierInList(seen.row, by) : IMPORT.alreadyInSheet(this.sheetName, seen.row, by);
  }
}

function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

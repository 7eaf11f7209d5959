/**
 * Supervisor names of an imported list, resolved against Handledare
 * (PRODUCT.md §9): an ID or a unique exact name is that supervisor; a name on
 * several rows is a problem; a name that differs from one already there only
 * in case, spacing or accents is a problem too (it is probably that person,
 * and ST-koll does not guess); any other name becomes a new supervisor.
 */
import { IMPORT } from '../../shared/messages/import';
import { idAllocator, idKey, idNumber } from '../ids';
import { ID_PREFIX, SHEET } from '../sheetContract';
import { headerKey } from './headers';

/** A row of Handledare as it stands: its ID (blank until a refresh assigns one) and Namn. */
export interface SupervisorEntry {
  id: string;
  name: string;
}

export interface NewSupervisor {
  id: string;
  name: string;
}

/**
 * `ref`: what the trainee's Huvudhandledare cell gets, the supervisor's ID (or
 * exact name while the row has no ID yet); `newName`: a supervisor to create.
 */
export type SupervisorResolution = { ok: true; ref: string } | { ok: true; newName: string } | { ok: false; reason: string };

export class SupervisorRegister {
  private readonly byId = new Map<string, string[]>();
  private readonly byName = new Map<string, string[]>();
  private readonly byLooseName = new Map<string, string>();
  private readonly nextId: () => string;

  constructor(existing: readonly SupervisorEntry[]) {
    for (const entry of existing) this.remember(entry);
    this.nextId = idAllocator(ID_PREFIX.supervisors, existing.map((e) => e.id));
  }

  /** Resolves a non-blank name or ID without changing anything; `create` adds a new one. */
  resolve(text: string): SupervisorResolution {
    const typed = text.trim();
    const ids = this.byId.get(idKey(typed));
    if (ids) return ids.length === 1 ? found(ids[0]) : { ok: false, reason: IMPORT.supervisorAmbiguous(typed, SHEET.supervisors) };
    if (idNumber(typed, ID_PREFIX.supervisors) !== null) return { ok: false, reason: IMPORT.supervisorUnknownId(typed, SHEET.supervisors) };
    const named = this.byName.get(typed);
    if (named) return named.length === 1 ? found(named[0]) : { ok: false, reason: IMPORT.supervisorAmbiguous(typed, SHEET.supervisors) };
    const lookalike = this.byLooseName.get(headerKey(typed));
    if (lookalike !== undefined) return { ok: false, reason: IMPORT.supervisorLookalike(typed, lookalike, SHEET.supervisors) };
    return { ok: true, newName: typed };
  }

  /** A new supervisor with the next free ID, remembered so later rows naming them find them. */
  create(name: string): NewSupervisor {
    const created = { id: this.nextId(), name };
    this.remember(created);
    return created;
  }

  private remember({ id, name }: SupervisorEntry): void {
    const typedName = name.trim();
    const ref = id.trim() || typedName;
    if (id.trim()) push(this.byId, idKey(id), ref);
    if (typedName === '') return;
    push(this.byName, typedName, ref);
    const loose = headerKey(typedName);
    if (loose && !this.byLooseName.has(loose)) this.byLooseName.set(loose, typedName);
  }
}

function found(ref: string): SupervisorResolution {
  return { ok: true, ref };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

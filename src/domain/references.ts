/**
 * Reference cells (PRODUCT.md §1): a cell pointing at a trainee or supervisor
 * holds an ID, or the exact name of a person when only one row has that name.
 * The index is built once per sheet, so resolving is two Map lookups per cell
 * even at 200,000 Samtal rows.
 */
import { VALIDATION, type ReferenceKind } from '../shared/messages/validation';
import { idKey } from './ids';
import type { SheetName } from './sheetContract';

/** A row of the referenced sheet: its ID (typed or assigned) and its Namn as typed. */
export interface PersonEntry {
  id: string;
  name: string;
}

export interface PersonIndex {
  kind: ReferenceKind;
  sheet: SheetName;
  /** idKey → the IDs as written, one per row carrying it (more than one = duplicate). */
  byId: Map<string, string[]>;
  /** trimmed name → the IDs of the rows with that name. */
  byName: Map<string, string[]>;
}

/**
 * `candidates`: for an ambiguous name or ID, the IDs of every row it could
 * mean — each of those people is touched by the problem (and gets Datafel).
 */
export type Resolution = { ok: true; id: string } | { ok: false; message: string; candidates: string[] };

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

export function buildPersonIndex(kind: ReferenceKind, sheet: SheetName, people: Iterable<PersonEntry>): PersonIndex {
  const byId = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  for (const { id, name } of people) {
    if (id.trim() !== '') addTo(byId, idKey(id), id);
    if (name.trim() !== '') addTo(byName, name.trim(), id);
  }
  return { kind, sheet, byId, byName };
}

/**
 * Resolves a non-blank reference cell to the referenced row's ID as written
 * there. An ID wins over a name; a name is matched exactly (trimmed), since a
 * near match is a guess.
 */
export function resolveReference(index: PersonIndex, text: string): Resolution {
  const typed = text.trim();
  const byId = index.byId.get(idKey(typed));
  if (byId) return uniqueId(index, typed, byId);
  const byName = index.byName.get(typed);
  if (!byName) return { ok: false, message: VALIDATION.unknownReference(index.kind, typed), candidates: [] };
  if (byName.length > 1) return { ok: false, message: VALIDATION.ambiguousName(typed, index.sheet), candidates: byName };
  return uniqueId(index, byName[0], index.byId.get(idKey(byName[0])) ?? byName);
}

/**
 * resolveReference with a memory: Samtal repeats the same few thousand
 * reference texts across 200,000 rows, so each distinct text is resolved once.
 */
export function memoizedResolver(index: PersonIndex): (text: string) => Resolution {
  const seen = new Map<string, Resolution>();
  return (text) => {
    let resolution = seen.get(text);
    if (resolution === undefined) {
      resolution = resolveReference(index, text);
      seen.set(text, resolution);
    }
    return resolution;
  };
}

/** An ID carried by several rows cannot say which row is meant. */
function uniqueId(index: PersonIndex, typed: string, ids: string[]): Resolution {
  return ids.length === 1 ? { ok: true, id: ids[0] } : { ok: false, message: VALIDATION.ambiguousId(typed, index.sheet), candidates: ids };
}

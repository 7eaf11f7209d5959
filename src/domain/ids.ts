/**
 * Row IDs: `ST-0001`, `HL-0001`, `Ö-0001` (prefix from ID_PREFIX, at least four
 * digits). IDs compare trimmed and case-insensitively everywhere, because a
 * reference cell typed as 'st-0003' must find 'ST-0003'.
 */

const MIN_DIGITS = 4;

export function formatId(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(MIN_DIGITS, '0')}`;
}

/** The key IDs are compared by. */
export function idKey(id: string): string {
  return id.trim().toLowerCase();
}

/** The ID key's prefix part ('st-' for 'ST'). */
function keyHead(prefix: string): string {
  return `${prefix.toLowerCase()}-`;
}

const DIGITS = /^\d+$/;

function numberAfter(key: string, head: string): number | null {
  if (!key.startsWith(head)) return null;
  const digits = key.slice(head.length);
  return DIGITS.test(digits) ? Number(digits) : null;
}

/** The numeric suffix of an ID with this prefix ('ST-0042' → 42), or null for any other text. */
export function idNumber(id: string, prefix: string): number | null {
  return numberAfter(idKey(id), keyHead(prefix));
}

/**
 * Returns a function that hands out the next free IDs of this prefix: one
 * above the highest number already in the sheet, so a deleted row's ID is
 * never handed to someone else.
 */
export function idAllocator(prefix: string, existingIds: Iterable<string>): () => string {
  const head = keyHead(prefix);
  let highest = 0;
  for (const id of existingIds) {
    const n = numberAfter(idKey(id), head);
    if (n !== null && n > highest) highest = n;
  }
  return () => formatId(prefix, ++highest);
}

/** An ID and the sheet row holding it. */
export interface RowId {
  row: number;
  id: string;
}

/**
 * Every row whose ID also appears on another row, with the other rows' numbers.
 * Blank IDs are not duplicates of each other.
 */
export function duplicateIds(rows: readonly RowId[]): Map<number, number[]> {
  // The first row of each key as a number; a list only for a key seen again (a list per row adds up at 10,000 rows).
  const firstRow = new Map<string, number>();
  const rowsByRepeatedKey = new Map<string, number[]>();
  for (const { row, id } of rows) {
    const key = idKey(id);
    if (key === '') continue;
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, row);
      continue;
    }
    const list = rowsByRepeatedKey.get(key);
    if (list) list.push(row);
    else rowsByRepeatedKey.set(key, [first, row]);
  }
  const duplicates = new Map<number, number[]>();
  for (const list of rowsByRepeatedKey.values()) {
    for (const row of list) duplicates.set(row, list.filter((other) => other !== row));
  }
  return duplicates;
}

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

/** The numeric suffix of an ID with this prefix ('ST-0042' → 42), or null for any other text. */
export function idNumber(id: string, prefix: string): number | null {
  const key = idKey(id);
  const head = `${prefix.toLowerCase()}-`;
  if (!key.startsWith(head)) return null;
  const digits = key.slice(head.length);
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

/**
 * Returns a function that hands out the next free IDs of this prefix: one
 * above the highest number already in the sheet, so a deleted row's ID is
 * never handed to someone else.
 */
export function idAllocator(prefix: string, existingIds: Iterable<string>): () => string {
  let highest = 0;
  for (const id of existingIds) {
    const n = idNumber(id, prefix);
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
  const rowsByKey = new Map<string, number[]>();
  for (const { row, id } of rows) {
    const key = idKey(id);
    if (key === '') continue;
    const list = rowsByKey.get(key);
    if (list) list.push(row);
    else rowsByKey.set(key, [row]);
  }
  const duplicates = new Map<number, number[]>();
  for (const list of rowsByKey.values()) {
    if (list.length < 2) continue;
    for (const row of list) duplicates.set(row, list.filter((other) => other !== row));
  }
  return duplicates;
}

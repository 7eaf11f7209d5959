/**
 * Values arriving from the node realm (test specs, harness arguments) are
 * copied into this realm, so `instanceof Date` and `Array.isArray` hold as in
 * Apps Script. Dates are detected by their tag, never with instanceof.
 */
export function isDateLike(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Deep copy of plain data into this realm; functions and class instances pass through. */
export function importValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  // Arrays and plain objects first: a workbook from a file is millions of them, and a Date is neither.
  if (Array.isArray(value)) return value.map(importValue);
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) copy[key] = importValue(value[key]);
    return copy;
  }
  if (isDateLike(value)) return new Date(value.getTime());
  return value;
}

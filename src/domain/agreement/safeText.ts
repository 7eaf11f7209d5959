/**
 * Every value that goes from the workbook into a document passes through here.
 * A value that starts with = + - or @ (after any leading whitespace, tab or CR)
 * could be read as a formula when the text is later pasted or exported into a
 * spreadsheet; an apostrophe in front neutralises it, the usual defence
 * against formula injection. The rest of the value is kept as typed.
 */
const FORMULA_START = /^[\s]*[=+\-@]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Trims and neutralises one value; a cell that is not text becomes its string form. */
export function documentText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return neutraliseFormula(String(value).trim());
}

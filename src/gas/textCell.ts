/**
 * Text written with setValues is read by Sheets as if typed: '0042' becomes
 * 42, '2026-11' and '3/11' become dates, '=…' a formula, 'TRUE' a boolean.
 * Text that could be read as anything but itself gets the leading apostrophe
 * that keeps it text (Sheets stores the apostrophe as a prefix, not as
 * content, so the cell reads back as exactly the text given).
 */

/** Starts with a letter, holds no digit, and is no boolean word: Sheets keeps it as text. */
function surelyText(text: string): boolean {
  return /^\p{L}/u.test(text) && !/\d/.test(text) && !/^(true|false|sant|falskt)$/i.test(text.trim());
}

export function textCell(text: string): string {
  return text === '' || surelyText(text) ? text : `'${text}`;
}

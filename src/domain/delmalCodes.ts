/**
 * How ST-koll reads delmål codes (PRODUCT.md §6). Decided: a code matches
 * whatever its case and surrounding spaces (` sta3 ` is `STa3`), codes in one
 * Intyg cell are separated by commas, semicolons or any whitespace
 * (`STa3,STb1`, `STa3 STb1`, `STa3; STb1` all name two), and a code is shown
 * as the catalogue writes it. Regulations use each code once, so two codes
 * differing only in case would be the same delmål anyway.
 */

const SEPARATORS = /[\s,;]+/;
const SINGLE_CODE = /^[^\s,;]+$/;

/** The key a code is compared by. */
export function delmalKey(code: string): string {
  return code.trim().toLowerCase();
}

/** The codes of one Intyg cell as typed (trimmed, empties dropped, each once, first spelling kept). */
export function splitDelmalCodes(text: string): string[] {
  // A cell names a handful of codes: an array is a cheaper "seen" than a Set, 30,000 cells over.
  const seen: string[] = [];
  const codes: string[] = [];
  for (const code of text.split(SEPARATORS)) {
    const key = delmalKey(code);
    if (key === '' || seen.includes(key)) continue;
    seen.push(key);
    codes.push(code.trim());
  }
  return codes;
}

/** True when a catalogue cell holds exactly one code. */
export function isSingleDelmalCode(text: string): boolean {
  return SINGLE_CODE.test(text.trim());
}

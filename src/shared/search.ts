/**
 * How the sidebar's searches match and page, shared by the server (which
 * searches the sheets) and the client (which filters a list it already holds),
 * so a word finds the same rows either way. DOM-free and service-free.
 */

/** What one search may ask for; the server refuses anything outside these. */
export const SEARCH_LIMITS = {
  /** Characters of a query: a name and a unit fit many times over. */
  queryLength: 100,
  /** Items per page when the client does not say. */
  pageSize: 20,
  /** The most items one call returns, whatever the client asks. */
  maxPageSize: 50,
  /** Far beyond any workbook, low enough that a hostile offset is refused, not computed. */
  maxOffset: 1_000_000,
} as const;

/** The flagged trainees the sidebar's first load carries, most urgent first (issue #9.6). */
export const ATTENTION_LIMIT = 50;

/** One page of a longer list: `nextOffset` is where the next page starts, null after the last. */
export interface PageDto<T> {
  items: T[];
  total: number;
  nextOffset: number | null;
}

/**
 * Text as the search compares it: one Unicode form (an `å` typed as `a` + ring
 * is the same `å`) and Swedish lower case. `å`, `ä`, `ö` stay letters of their
 * own, as in the Swedish alphabet: `a` does not find `Åsa`.
 */
export function searchKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('sv');
}

/** The words of a query, compared as `searchKey`; none for a blank query. */
export function queryWords(query: string): string[] {
  return searchKey(query).split(/\s+/).filter(Boolean);
}

/** Every word occurs somewhere in the texts, in any order (a blank query matches everything). */
export function matchesWords(texts: readonly string[], words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = searchKey(texts.join(' '));
  return words.every((word) => haystack.includes(word));
}

/** What the overview's filter looks at on a card: name, ID, the annual status, the row's status and every flag. */
export function cardTexts(card: { id: string; name: string; status: string; annualStatus: string; flags: readonly string[] }): string[] {
  return [card.name, card.id, card.annualStatus, card.status, ...card.flags];
}

export function pageOf<T>(all: readonly T[], offset: number, limit: number): PageDto<T> {
  const items = all.slice(offset, offset + limit);
  const end = offset + items.length;
  return { items, total: all.length, nextOffset: end < all.length ? end : null };
}

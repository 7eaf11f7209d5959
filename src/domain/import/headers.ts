/**
 * Which columns of a coordinator's own list feed which ST-läkare column
 * (PRODUCT.md §9): the header row is found, each header is compared with the
 * contract's headers and their synonyms, and a proposal is made that the user
 * may change. A header that matches nothing is left out, never guessed at.
 */
import type { CellValue } from '../model';
import { cellText } from '../cells';
import { TRAINEE_COL } from '../sheetContract';
import { HEADER_SYNONYMS, NAME_PART_HEADERS } from './headerSynonyms';
import { IMPORT_TARGETS } from './targets';

/** Source header → ST-läkare header. Source columns not in it are not imported. */
export type ImportMapping = Record<string, string>;

/**
 * A header as compared: diacritics dropped (å → a), lower case, and nothing
 * but letters and digits, so 'E-post', 'e post' and 'EPOST' are one key.
 */
export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Key → target. `own`: the key is the target's own header (it wins over a
 * synonym); `part`: the header holds part of a name.
 */
interface KnownHeader {
  target: string;
  own: boolean;
  part: boolean;
}

function knownHeaders(): Map<string, KnownHeader> {
  const known = new Map<string, KnownHeader>();
  for (const part of NAME_PART_HEADERS) known.set(headerKey(part), { target: TRAINEE_COL.name, own: false, part: true });
  for (const target of IMPORT_TARGETS) {
    for (const synonym of HEADER_SYNONYMS[target] ?? []) known.set(headerKey(synonym), { target, own: false, part: false });
  }
  // Own headers last, so they win should a synonym list repeat one.
  for (const target of IMPORT_TARGETS) known.set(headerKey(target), { target, own: true, part: false });
  return known;
}

/**
 * The readings of one header cell, most literal first: the whole text, then
 * without parenthesised notes ('ST-start (ÅÅÅÅ-MM-DD)'), then each line and
 * each '/'-separated part of a merged or annotated header ('Namn / Name').
 */
function readings(header: string): string[] {
  const withoutNotes = header.replace(/\([^)]*\)/g, ' ');
  const parts = withoutNotes.split(/[\n/|]+/);
  return [header, withoutNotes, ...parts].map((text) => text.trim()).filter((text) => text !== '');
}

/** The target a header means, or null. Parts that mean different targets mean none: that would be a guess. */
function matchHeader(header: string, known: Map<string, KnownHeader>): KnownHeader | null {
  const [whole, ...rest] = readings(header).map((text) => known.get(headerKey(text)) ?? null);
  if (whole) return whole;
  const found = rest.filter((match): match is KnownHeader => match !== null);
  if (found.length === 0) return null;
  return found.every((match) => match.target === found[0].target) ? found[0] : null;
}

/** How many rows from the top may hold a title before the header row. */
const HEADER_SEARCH_ROWS = 10;

function filledCount(line: readonly CellValue[] | undefined): number {
  return (line ?? []).filter((cell) => cellText(cell) !== '').length;
}

/**
 * The 1-based row holding the headers: the first of the top rows with at least
 * two filled cells (a title above the table fills one, often merged), else the
 * first filled row, else row 1.
 */
export function findHeaderRow(grid: readonly (readonly CellValue[])[]): number {
  const top = grid.slice(0, HEADER_SEARCH_ROWS);
  const table = top.findIndex((line) => filledCount(line) >= 2);
  if (table >= 0) return table + 1;
  const first = top.findIndex((line) => filledCount(line) >= 1);
  return first >= 0 ? first + 1 : 1;
}

/** A header of the source and its 1-based column. */
export interface SourceColumn {
  header: string;
  column: number;
}

/**
 * The source's columns by header text: blank headers (the tail of a merged
 * cell) are skipped, and a repeated header names only its first column, as
 * ST-koll reads its own sheets.
 */
export function sourceColumns(headerLine: readonly CellValue[]): SourceColumn[] {
  const seen = new Set<string>();
  const columns: SourceColumn[] = [];
  headerLine.forEach((cell, i) => {
    const header = cellText(cell);
    if (header === '' || seen.has(header)) return;
    seen.add(header);
    columns.push({ header, column: i + 1 });
  });
  return columns;
}

interface Candidate extends KnownHeader {
  header: string;
}

/**
 * The proposed mapping. When several headers mean the same column, the
 * target's own header wins, else the leftmost; the others are left for the
 * user to map. Name parts are proposed together, only when no header holds
 * the whole name.
 */
export function proposeMapping(columns: readonly SourceColumn[]): ImportMapping {
  const known = knownHeaders();
  const byTarget = new Map<string, Candidate[]>();
  for (const { header } of columns) {
    const match = matchHeader(header, known);
    if (!match) continue;
    const list = byTarget.get(match.target) ?? [];
    list.push({ header, ...match });
    byTarget.set(match.target, list);
  }
  const mapping: ImportMapping = {};
  for (const [target, candidates] of byTarget) {
    const whole = candidates.filter((c) => !c.part);
    const chosen = whole.length ? [whole.find((c) => c.own) ?? whole[0]] : candidates;
    for (const c of chosen) mapping[c.header] = target;
  }
  return mapping;
}

/** The list's header row and its columns, for the proposal and the plan alike. */
export interface SourceLayout {
  headerRow: number;
  columns: SourceColumn[];
}

export function sourceLayout(grid: readonly (readonly CellValue[])[]): SourceLayout {
  const headerRow = findHeaderRow(grid);
  return { headerRow, columns: sourceColumns(grid[headerRow - 1] ?? []) };
}

/** What the user starts from: the header row, the list's headers in column order, and the proposed mapping. */
export interface ImportProposal {
  headerRow: number;
  headers: string[];
  mapping: ImportMapping;
}

export function proposeImport(grid: readonly (readonly CellValue[])[]): ImportProposal {
  const { headerRow, columns } = sourceLayout(grid);
  return { headerRow, headers: columns.map((c) => c.header), mapping: proposeMapping(columns) };
}

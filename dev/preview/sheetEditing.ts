/**
 * How the page shows and edits one sheet: which columns are ST-koll's own
 * (read-only), what editor each user column gets, the order the columns are
 * shown in (the computed block right after the names, so the status is seen
 * beside the person) and the conditional-format colours.
 */
import { AGREEMENT_WRITTEN, SHEET, SUPERVISOR_COMPUTED, TRAINEE_COMPUTED } from '../../src/domain/sheetContract';
import { columnLetter as columnLetterOf } from '../../src/domain/sheetLayout';
import type { FakeEnvironment } from '../fakes/env';
import { EDIT_TEXT } from '../local/texts';
import { acceptEdit, editKindOf, type EditKind, type EditResult } from './cellEdit';
import { conditionalColours, type CellColour } from './conditionalColours';

const OWNED_HEADERS: Record<string, readonly string[]> = {
  [SHEET.trainees]: Object.values(TRAINEE_COMPUTED),
  [SHEET.supervisors]: Object.values(SUPERVISOR_COMPUTED),
  [SHEET.agreements]: AGREEMENT_WRITTEN,
};
const CONTRACT_SHEETS: readonly string[] = Object.values(SHEET);
const NAME_HEADERS = ['ID', 'Namn'];

export interface SheetEditing {
  /** By column (0-based). */
  kinds: EditKind[];
  /** Whether a column is ST-koll's own (shown marked, never editable). */
  owned: boolean[];
  /** Column indexes (0-based) in the order shown. */
  order: number[];
  /** Colours by [row][col] (0-based, row 0 = header). */
  colours: (CellColour | undefined)[][];
  /** Whether the header row may be edited (not on ST-koll's sheets: it finds columns by header). */
  headerEditable: boolean;
}

function columnNumbersOf(a1: string): { from: number; to: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?\d*(?::\$?([A-Z]{1,3})\$?\d*)?$/i.exec(a1);
  if (!m) return null;
  const n = (letters: string) => letters.toUpperCase().split('').reduce((v, ch) => v * 26 + ch.charCodeAt(0) - 64, 0);
  return { from: n(m[1]), to: n(m[2] ?? m[1]) };
}

function serialOf(today: string): number {
  const [y, m, d] = today.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export function sheetEditing(env: FakeEnvironment, name: string, today: string): SheetEditing {
  const [sheet] = env.transfer.exportSheets([name]);
  const headers = (sheet?.cells[0] ?? []).map((h) => (typeof h === 'string' ? h : ''));
  const width = Math.max(headers.length, ...(sheet?.cells ?? []).map((r) => r.length));
  const ownedHeaders = OWNED_HEADERS[name] ?? [];
  const protections = env.spreadsheet.protections(name);
  const wholeSheetProtected = protections.some((p) => p.type === 'SHEET');
  const owned = Array.from({ length: width }, (_, c) => wholeSheetProtected || ownedHeaders.includes(headers[c]));
  for (const p of protections) {
    const cols = columnNumbersOf(p.range);
    if (cols) for (let c = cols.from; c <= cols.to && c <= width; c++) owned[c - 1] = true;
  }
  const validations = env.spreadsheet.validations(name);
  const kinds = owned.map((isOwned, c) => {
    const letter = columnLetterOf(c + 1);
    const run = validations.find((v) => new RegExp(`^${letter}2(:|$)`).test(v.range));
    return editKindOf(run ?? null, isOwned);
  });
  const nameColumns = NAME_HEADERS.map((h) => headers.indexOf(h)).filter((c) => c >= 0);
  const ownedColumns = owned.flatMap((o, c) => (o && !nameColumns.includes(c) ? [c] : []));
  const first = ownedColumns.length && nameColumns.length ? [...nameColumns, ...ownedColumns] : [];
  const order = [...first, ...Array.from({ length: width }, (_, c) => c).filter((c) => !first.includes(c))];
  const colours = sheet ? conditionalColours(sheet.cells, sheet.conditionalRules, serialOf(today)) : [];
  for (const [row, col, format] of sheet?.formats ?? []) {
    if (row > colours.length || colours[row - 1][col - 1] || !format.background) continue;
    colours[row - 1][col - 1] = { background: format.background, ...(format.fontColor ? { color: format.fontColor } : {}) };
  }
  return { kinds, owned, order, colours, headerEditable: !CONTRACT_SHEETS.includes(name) };
}

/** Types the value into the cell as the user would, after the column's editor accepted it. */
export function editCell(env: FakeEnvironment, name: string, row: number, col: number, input: string | boolean, today: string): EditResult & { a1?: string } {
  if (!env.spreadsheet.sheetNames().includes(name) || row < 1 || col < 1) return { ok: false, message: EDIT_TEXT.noSuchCell };
  const editing = sheetEditing(env, name, today);
  const kind: EditKind = row === 1 ? (editing.headerEditable ? { kind: 'text' } : { kind: 'readonly' }) : (editing.kinds[col - 1] ?? { kind: 'text' });
  const result = acceptEdit(kind, input);
  if (!result.ok) return result;
  const a1 = `${columnLetterOf(col)}${row}`;
  env.spreadsheet.type(name, [[result.value]], a1);
  return { ...result, a1 };
}

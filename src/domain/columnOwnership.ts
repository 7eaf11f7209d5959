/**
 * Which columns of a sheet are ST-koll's (issue #6): a column is ST-koll's
 * because ST-koll made it, not because of its header. A coordinator's own
 * column named like one of ST-koll's (Flaggor, Uppdaterad…) that holds data
 * is never written; ST-koll asks for it to be renamed instead.
 */
import type { SheetSpec } from './sheetLayout';

/** What the shell knows of one computed-named column. */
export interface ComputedColumnFacts {
  header: string;
  /** 1-based, the first column with this header (the one readers use). */
  column: number;
  /** Carries ST-koll's mark (developer metadata) for this header. */
  marked: boolean;
  /** Any data row holds a value (a formula's result included). */
  holdsData: boolean;
  /** Inside the warning-only protection an earlier setup put on ST-koll's computed block. */
  inSetupProtection: boolean;
}

export type ColumnVerdict = 'own' | 'adopt' | 'foreign';

/**
 * Marked: ST-koll's. Unmarked and empty: nothing to lose, ST-koll adopts it.
 * Unmarked inside the protected computed block: a workbook set up by the
 * version before marks existed (its setup protected every computed column it
 * made or adopted, and its refreshes have written them since), adopted.
 * Anything else holds someone's data: foreign, never written.
 */
export function verdictOf(facts: ComputedColumnFacts): ColumnVerdict {
  if (facts.marked) return 'own';
  if (!facts.holdsData || facts.inSetupProtection) return 'adopt';
  return 'foreign';
}

/** The column of each computed header a sheet has, as last verified (stored between runs). */
export type ColumnLayout = Readonly<Record<string, number>>;

export function computedLayout(spec: SheetSpec, headers: readonly string[]): ColumnLayout {
  const layout: Record<string, number> = {};
  for (const header of spec.computedHeaders) {
    const index = headers.indexOf(header);
    if (index >= 0) layout[header] = index + 1;
  }
  return layout;
}

export function sameLayout(a: ColumnLayout, b: ColumnLayout | undefined): boolean {
  if (!b) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Whether any data row (row 2 onwards) of `grid` has a value in `column` (1-based). */
export function columnHoldsData(grid: readonly unknown[][], column: number): boolean {
  for (let r = 1; r < grid.length; r++) {
    const cell = grid[r][column - 1];
    if (cell !== '' && cell !== null && cell !== undefined) return true;
  }
  return false;
}

/**
 * Setup step 2: the header row is bold and frozen, the computed headers are
 * marked as ST-koll's, and date columns show `yyyy-mm-dd`.
 */
import { columnsByHeader, computedRuns, columnLetter } from '../../domain/sheetLayout';
import { SETUP_COMPUTED_HEADER_NOTE } from '../../shared/messages/setup';
import type { PreparedSheet } from './sheetsAndHeaders';

export const COMPUTED_HEADER_BACKGROUND = '#d9d9d9';
const NUMBER_FORMAT = { date: 'yyyy-mm-dd', timestamp: 'yyyy-mm-dd hh:mm' } as const;

export function formatHeaderRow({ sheet, spec, headers }: PreparedSheet): void {
  sheet.getRange(1, 1, 1, headers.length).setFontWeight('bold');
  // A user who froze more rows keeps them; only an unfrozen header is frozen.
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
  for (const run of computedRuns(spec, headers)) {
    const range = sheet.getRange(1, run.column, 1, run.width);
    range.setBackground(COMPUTED_HEADER_BACKGROUND);
    range.setNotes([new Array<string>(run.width).fill(SETUP_COMPUTED_HEADER_NOTE)]);
  }
}

/** One RangeList call per format over the data rows of every date and timestamp column. */
export function formatDateColumns({ sheet, spec, headers, maxRows }: PreparedSheet): void {
  if (maxRows < 2) return;
  const columns = columnsByHeader(headers);
  for (const kind of ['date', 'timestamp'] as const) {
    const a1 = Object.entries(spec.columnTypes)
      .filter(([header, type]) => type.kind === kind && columns.has(header))
      .map(([header]) => columnLetter(columns.get(header)!))
      .map((letter) => `${letter}2:${letter}${maxRows}`);
    if (a1.length > 0) sheet.getRangeList(a1).setNumberFormat(NUMBER_FORMAT[kind]);
  }
}

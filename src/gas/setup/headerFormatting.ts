/**
 * Setup step 2: the header row is bold and frozen, the computed headers are
 * marked as ST-koll's, and date columns show `yyyy-mm-dd`.
 */
import { columnRuns, columnsByHeader, computedRuns } from '../../domain/sheetLayout';
import { SETUP_COMPUTED_HEADER_NOTE } from '../../shared/messages/setup';
import type { PreparedSheet } from './sheetsAndHeaders';

const COMPUTED_HEADER_BACKGROUND = '#d9d9d9';
const NUMBER_FORMAT = { date: 'yyyy-mm-dd', timestamp: 'yyyy-mm-dd hh:mm', literal: '@' } as const;

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

/** One setNumberFormat per run of adjacent date (or timestamp, or plain-text) columns, over the data rows. */
export function formatDateColumns({ sheet, spec, headers, maxRows }: PreparedSheet): void {
  if (maxRows < 2) return;
  const columns = columnsByHeader(headers);
  for (const kind of ['date', 'timestamp', 'literal'] as const) {
    const kindColumns = Object.entries(spec.columnTypes).flatMap(([header, type]) =>
      type.kind === kind && columns.has(header) ? [columns.get(header)!] : [],
    );
    for (const run of columnRuns(kindColumns)) {
      sheet.getRange(2, run.column, maxRows - 1, run.width).setNumberFormat(NUMBER_FORMAT[kind]);
    }
  }
}

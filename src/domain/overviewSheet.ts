/**
 * Where the four tables of Översikt go, and the sheet as one block of cells.
 *
 * The month and quarter tables always have 13 and 9 rows, so they sit at fixed
 * places on the right (J1 and J17) with their charts beside them (M1, M17):
 * the charts' ranges never move, whatever the number of units. The unit and
 * specialty tables grow downwards from A1, one blank row between them.
 */
import type { GroupRow, OverviewTables, PeriodRow } from './overview';
import { OVERVIEW_MONTHS, OVERVIEW_QUARTERS } from './overview';
import { OVERVIEW } from './sheetContract';

export interface TablePlace {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface ChartPlace {
  /** The chart's title, also how ST-koll recognises its own charts. */
  title: string;
  table: TablePlace;
  anchorRow: number;
  anchorColumn: number;
}

const GROUP_COLUMNS = 1 + OVERVIEW.groupColumns.length;
const PERIOD_COLUMN = GROUP_COLUMNS + 2;
const CHART_COLUMN = PERIOD_COLUMN + 3;
const QUARTER_ROW = OVERVIEW_MONTHS + 5;

export const MONTH_TABLE: TablePlace = { row: 1, column: PERIOD_COLUMN, rows: OVERVIEW_MONTHS + 1, columns: 2 };
export const QUARTER_TABLE: TablePlace = { row: QUARTER_ROW, column: PERIOD_COLUMN, rows: OVERVIEW_QUARTERS + 1, columns: 2 };

export const OVERVIEW_CHARTS: readonly ChartPlace[] = [
  { title: OVERVIEW.checkInsTitle, table: MONTH_TABLE, anchorRow: MONTH_TABLE.row, anchorColumn: CHART_COLUMN },
  { title: OVERVIEW.stEndsTitle, table: QUARTER_TABLE, anchorRow: QUARTER_TABLE.row, anchorColumn: CHART_COLUMN },
];

/** A cell of Översikt: text is always meant as text (the shell writes it so), blank is ''. */
export type OverviewCell = string | number;

function groupLines(first: string, rows: readonly GroupRow[]): OverviewCell[][] {
  return [
    [first, ...OVERVIEW.groupColumns],
    ...rows.map((r) => [
      r.label,
      r.active,
      r.overdue,
      r.soon,
      r.agreementMissing,
      r.dataErrors,
      r.sitInsMedian ?? '',
      r.endingWithin12Months,
    ]),
  ];
}

function periodLines(first: string, countHeader: string, rows: readonly PeriodRow[]): OverviewCell[][] {
  return [[first, countHeader], ...rows.map((r) => [r.label, r.count])];
}

function place(grid: OverviewCell[][], lines: OverviewCell[][], at: { row: number; column: number }): void {
  lines.forEach((line, i) => line.forEach((cell, j) => (grid[at.row - 1 + i][at.column - 1 + j] = cell)));
}

/** The whole sheet, from A1, as wide as the quarter table's right edge and as tall as its longest part. */
export function overviewGrid(tables: OverviewTables): OverviewCell[][] {
  const unitLines = groupLines(OVERVIEW.unit, tables.byUnit);
  const specialtyLines = groupLines(OVERVIEW.specialty, tables.bySpecialty);
  const specialtyRow = unitLines.length + 2;
  const height = Math.max(specialtyRow + specialtyLines.length - 1, QUARTER_TABLE.row + QUARTER_TABLE.rows - 1);
  const width = PERIOD_COLUMN + 1;
  const grid: OverviewCell[][] = Array.from({ length: height }, () => new Array<OverviewCell>(width).fill(''));
  place(grid, unitLines, { row: 1, column: 1 });
  place(grid, specialtyLines, { row: specialtyRow, column: 1 });
  place(grid, periodLines(OVERVIEW.month, OVERVIEW.checkIns, tables.checkInsByMonth), MONTH_TABLE);
  place(grid, periodLines(OVERVIEW.quarter, OVERVIEW.stEnds, tables.endsByQuarter), QUARTER_TABLE);
  return grid;
}

/**
 * The sheet Översikt (PRODUCT.md §8), owned whole by ST-koll: created by setup
 * (or by the first refresh that finds it missing), protected with a warning,
 * cleared and rewritten on every refresh with one setValues, and its two
 * column charts kept pointing at the month and quarter tables.
 *
 * The charts' tables sit at fixed places (src/domain/overviewSheet.ts), so a
 * refresh only looks at how many charts there are: two means they are in
 * place; anything else (first refresh, a chart deleted or copied) means the
 * full reconcile below, which recognises ST-koll's charts by their title.
 * Setup always runs the full reconcile.
 */
import type { OverviewTables } from '../domain/overview';
import { OVERVIEW_CHARTS, overviewGrid, type ChartPlace, type OverviewCell } from '../domain/overviewSheet';
import { OVERVIEW } from '../domain/sheetContract';
import { OVERVIEW_PROTECTION_DESCRIPTION } from '../shared/messages/setup';
import { cellFor } from './cellWrite';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

const CHART_WIDTH = 480;
const CHART_HEIGHT = 300;

/**
 * Översikt as it is, or created last (a new sheet never moves the user's
 * sheets; an existing one stays where the user put it), protected with a warning.
 */
export function ensureOverviewSheet(ss: Spreadsheet, existing: Sheet | null = ss.getSheetByName(OVERVIEW.sheet)): { sheet: Sheet; created: boolean } {
  if (existing) return { sheet: existing, created: false };
  // insertSheet makes the new sheet the active one; the user stays where they were.
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(OVERVIEW.sheet, ss.getNumSheets());
  ss.setActiveSheet(active);
  protectOverview(sheet);
  return { sheet, created: true };
}

/** One warning-only protection of the whole sheet, found again by its description. */
export function protectOverview(sheet: Sheet): void {
  const protection = sheet.protect();
  if (protection.getDescription() !== OVERVIEW_PROTECTION_DESCRIPTION) protection.setDescription(OVERVIEW_PROTECTION_DESCRIPTION);
  if (!protection.isWarningOnly()) protection.setWarningOnly(true);
}

/**
 * Clears the sheet and writes every table with one setValues; then checks the
 * charts. Each text is written as text (cellWrite): '2026-11' stays a month,
 * not a date; '0042' or '=x' a unit's name.
 */
export function writeOverview(sheet: Sheet, tables: OverviewTables): void {
  const grid = overviewGrid(tables).map((line) => line.map((cell: OverviewCell) => cellFor(undefined, cell)));
  sheet.clearContents();
  sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
  const charts = sheet.getCharts();
  if (charts.length !== OVERVIEW_CHARTS.length) reconcileCharts(sheet, charts);
}

/**
 * Exactly one chart per place, pointing at its table, beside it: the first
 * chart with a place's title is kept (its range and position corrected with
 * modify() and updateChart), later copies are removed, a missing one is
 * created. Charts with other titles are the user's and are left alone.
 */
export function reconcileCharts(sheet: Sheet, charts: EmbeddedChart[] = sheet.getCharts()): void {
  const byTitle = new Map<string, EmbeddedChart[]>();
  for (const chart of charts) {
    const title = String(chart.getOptions().get('title') ?? '');
    byTitle.set(title, [...(byTitle.get(title) ?? []), chart]);
  }
  for (const place of OVERVIEW_CHARTS) {
    const [kept, ...copies] = byTitle.get(place.title) ?? [];
    for (const copy of copies) sheet.removeChart(copy);
    if (kept) keepInPlace(sheet, kept, place);
    else sheet.insertChart(chartBuilder(sheet.newChart(), sheet, place).build());
  }
}

function tableRange(sheet: Sheet, place: ChartPlace): GoogleAppsScript.Spreadsheet.Range {
  const { row, column, rows, columns } = place.table;
  return sheet.getRange(row, column, rows, columns);
}

function keepInPlace(sheet: Sheet, chart: EmbeddedChart, place: ChartPlace): void {
  const ranges = chart.getRanges();
  const a1 = tableRange(sheet, place).getA1Notation();
  const info = chart.getContainerInfo();
  const inPlace =
    ranges.length === 1 &&
    ranges[0].getA1Notation() === a1 &&
    info.getAnchorRow() === place.anchorRow &&
    info.getAnchorColumn() === place.anchorColumn;
  if (!inPlace) sheet.updateChart(chartBuilder(chart.modify().clearRanges(), sheet, place).build());
}

function chartBuilder(
  builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  sheet: Sheet,
  place: ChartPlace,
): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
  return builder
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(tableRange(sheet, place))
    .setPosition(place.anchorRow, place.anchorColumn, 0, 0)
    .setOption('title', place.title)
    .setOption('legend', { position: 'none' })
    .setOption('width', CHART_WIDTH)
    .setOption('height', CHART_HEIGHT);
}

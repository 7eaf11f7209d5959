/**
 * setupWorkbook (PRODUCT.md §3): create what is missing, never destroy what
 * is there. Running it again changes no value; it only re-applies validation,
 * formatting and protection, replacing ST-koll's own rules and protections.
 */
import { SHEET_SPECS } from '../domain/sheetLayout';
import { OVERVIEW } from '../domain/sheetContract';
import type { Settings } from '../domain/settings';
import { SETUP_WORKING, setupDoneMessage } from '../shared/messages/setup';
import { runFromMenu, toast } from './feedback';
import { seedCatalogue } from './setup/catalogueSeed';
import { applyTraineeConditionalFormats } from './setup/conditionalFormatting';
import { applyDataValidation, ValidationRules } from './setup/dataValidation';
import { formatDateColumns, formatHeaderRow } from './setup/headerFormatting';
import { protectComputedBlocks } from './setup/protection';
import { prepareSheet } from './setup/sheetsAndHeaders';
import { checkComputedColumns, markComputedColumns } from './setup/computedColumns';
import { ensureOverviewSheet, protectOverview, reconcileCharts } from './overviewSheet';
import { loadDocumentState } from './settingsStore';
import { withDocumentLock } from './workbookIO';

/** Plain JSON: what setup created, for the toast and for callers. */
export interface SetupSummary {
  createdSheets: string[];
  /** Headers added per sheet (every header of a sheet setup created). */
  addedColumns: Array<{ sheet: string; headers: string[] }>;
  /** Delmål rows added to Målbeskrivning (none once they are all there). */
  seededDelmal: number;
}

export function prepareWorkbook(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  stored: Readonly<Record<string, string>> = {},
): SetupSummary {
  // Before any change: a same-named column ST-koll did not make stops setup.
  const adopted = checkComputedColumns(spreadsheet);
  // Inserting a sheet makes it the active one; the user stays where they were.
  const active = spreadsheet.getActiveSheet();
  // Headers first, everywhere: the later steps address columns by header.
  const sheets = SHEET_SPECS.map((spec) => prepareSheet(spreadsheet, spec));
  markComputedColumns(sheets, adopted, stored);
  const rules = new ValidationRules();
  for (const prepared of sheets) {
    formatHeaderRow(prepared);
    formatDateColumns(prepared);
    applyDataValidation(prepared, rules);
    if (prepared.spec.key === 'trainees') applyTraineeConditionalFormats(prepared, settings.annualSoonDays);
    protectComputedBlocks(prepared);
  }
  const catalogue = sheets.find((prepared) => prepared.spec.key === 'catalogue')!;
  const seededDelmal = seedCatalogue(catalogue);
  const overview = prepareOverview(spreadsheet);
  if (active && (overview.created || sheets.some((s) => s.created))) spreadsheet.setActiveSheet(active);
  return {
    createdSheets: [...sheets.filter((s) => s.created).map((s) => s.spec.name), ...(overview.created ? [OVERVIEW.sheet] : [])],
    addedColumns: sheets.filter((s) => s.added.length > 0).map((s) => ({ sheet: s.spec.name, headers: s.added })),
    seededDelmal,
  };
}

/** Översikt exists (last when new, else where the user put it), is protected, and has its two charts. */
function prepareOverview(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { created: boolean } {
  const { sheet, created } = ensureOverviewSheet(spreadsheet);
  if (!created) protectOverview(sheet);
  reconcileCharts(sheet);
  return { created };
}

/** Menu entry point: holds the document lock (a refresh addresses columns by position once read). */
export function setupWorkbook(): SetupSummary | null {
  return runFromMenu(() => {
    // Said before the work, not after: the many formatting calls take a while in Sheets.
    toast(SETUP_WORKING);
    const { settings, stored } = loadDocumentState();
    const done = withDocumentLock(() => prepareWorkbook(SpreadsheetApp.getActiveSpreadsheet(), settings, stored));
    toast(setupDoneMessage(done));
    return done;
  });
}

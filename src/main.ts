/**
 * The global entry points Apps Script calls. The build generates a top-level
 * `function name() {}` stub for every export of this file, so exporting a
 * function here is what makes it callable from the menu or google.script.run.
 * Each entry point is a few lines that call a use case. Nothing runs at
 * module scope: Apps Script evaluates the whole bundle on every call.
 */
import { runFromMenu, toast } from './gas/feedback';
import { buildMenu } from './gas/menu';
import { showOverdue } from './gas/overdueFilter';
import { runRefresh } from './gas/refreshFlagsEntry';
import { showReminderDialog } from './gas/reminders/settingsDialog';
import { showValidationDialog } from './gas/validationReport';
import { UI } from './shared/messages';

/** Simple trigger: builds the menu in every AuthMode and touches nothing else. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Editor add-on lifecycle: installing behaves like opening. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function refreshFlags(): void {
  runFromMenu(() => {
    const { summary, ss } = runRefresh();
    toast(UI.refreshDone(summary.trainees, summary.overdue, summary.issues), ss);
  });
}

export function showOverdueAnnualCheckins(): void {
  runFromMenu(() => toast(showOverdue()));
}

export function showValidationReport(): void {
  runFromMenu(showValidationDialog);
}

/** Menu `Påminnelser…` (PRODUCT.md §7). */
export function showReminderSettings(): void {
  runFromMenu(showReminderDialog);
}

export { showImport, showSidebar } from './gas/sidebar';
export { getImportProposal, getImportSources, previewImport, runImport } from './gas/importServer';
export { getSidebarData, getValidationReport, logSession, refreshFlagsFromSidebar } from './gas/sidebarServer';
export { getTraineeDetails, listAttention, searchAgreements, searchSupervisors, searchTrainees } from './gas/sidebarSearchServer';
export { logLeave, registerCertificate } from './gas/progressServer';
export { setupWorkbook } from './gas/setupWorkbook';
export { generateAgreement, generateAgreementForSelection } from './gas/agreementEntryPoints';
export { createAgreementsStep, createMissingAgreements, planMissingAgreements } from './gas/agreementBatchServer';
export { getAgreementSettings, saveAgreementSettings } from './gas/agreementSettingsServer';
export { getReminderSettings, previewReminderDigest, saveReminderSettings } from './gas/reminders/settingsServer';
/** Run by the time-driven trigger, outside any workbook. */
export { sendReminderDigest } from './gas/reminders/sendDigests';
export { getSettings, saveSettings } from './gas/settingsServer';
export { selectTraineeRow } from './gas/traineeSelection';

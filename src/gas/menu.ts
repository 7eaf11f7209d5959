/**
 * The ST-koll menu. Built in every AuthMode: in NONE (an add-on not yet used
 * in this document) Apps Script forbids every other service, so this touches
 * nothing but the Ui's menu builder.
 */
import { MENU } from '../shared/messages';

export function buildMenu(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(MENU.sidebar, 'showSidebar')
    .addSeparator()
    .addItem(MENU.refresh, 'refreshFlags')
    .addItem(MENU.overdue, 'showOverdueAnnualCheckins')
    .addItem(MENU.validation, 'showValidationReport')
    .addItem(MENU.reminders, 'showReminderSettings')
    .addSeparator()
    .addItem(MENU.generate, 'generateAgreementForSelection')
    .addItem(MENU.generateMissing, 'createMissingAgreements')
    .addSeparator()
    .addItem(MENU.importList, 'showImport')
    .addItem(MENU.setup, 'setupWorkbook')
    .addToUi();
}

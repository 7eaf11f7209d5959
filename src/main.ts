/**
 * The global entry points Apps Script calls. The build generates a top-level
 * `function name() {}` stub for every export of this file, so exporting a
 * function here is what makes it callable from the menu or google.script.run.
 * Each entry point is a few lines that call a use case.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  // placeholder until the menu lands
}
export { setupWorkbook } from './gas/setupWorkbook';
export { createMissingAgreements, generateAgreement, generateAgreementForSelection } from './gas/agreementEntryPoints';

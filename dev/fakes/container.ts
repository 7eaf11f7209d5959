/**
 * Whether the script runs bound to the workbook (a container-bound script or
 * an editor add-on opened in it) or outside any document. Outside, Apps Script
 * returns null where it has no document: SpreadsheetApp.getActiveSpreadsheet(),
 * LockService.getDocumentLock() ("Lock|null",
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock())
 * and PropertiesService.getDocumentProperties() ("Properties|null",
 * https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()).
 */
export class ContainerState {
  bound = true;
}

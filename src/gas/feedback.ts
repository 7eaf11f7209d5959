/** How entry points talk back to the user: toasts for news, alerts for errors. */
import { userMessageOf } from '../app/userError';
import { ERROR, MENU } from '../shared/messages';

export function toast(message: string, ss = SpreadsheetApp.getActiveSpreadsheet()): void {
  ss.toast(message, MENU.title, 8);
}

export function alertUser(message: string): void {
  SpreadsheetApp.getUi().alert(MENU.title, message, SpreadsheetApp.getUi().ButtonSet.OK);
}

/**
 * Runs a menu entry point: a failure becomes a Swedish alert instead of the
 * raw stack trace Apps Script would show.
 */
export function runFromMenu(action: () => void): void {
  try {
    action();
  } catch (error) {
    console.error(error);
    alertUser(userMessageOf(error, ERROR.unexpected));
  }
}

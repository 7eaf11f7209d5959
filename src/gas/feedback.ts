/** How entry points talk back to the user: toasts for news, alerts for errors. */
import { userMessageOf } from '../app/userError';
import type { Result } from '../shared/api';
import { ERROR, MENU } from '../shared/messages';

export function toast(message: string, ss = SpreadsheetApp.getActiveSpreadsheet()): void {
  ss.toast(message, MENU.title, 8);
}

export function alertUser(message: string): void {
  SpreadsheetApp.getUi().alert(MENU.title, message, SpreadsheetApp.getUi().ButtonSet.OK);
}

/**
 * Runs a function the sidebar calls: any failure becomes `{ ok: false }` with
 * a Swedish message, since google.script.run would show the client a raw error.
 */
export function serverCall<T extends object>(work: () => Result<T>): Result<T> {
  try {
    return work();
  } catch (error) {
    console.error(error);
    return { ok: false, message: userMessageOf(error, ERROR.unexpected) };
  }
}

/**
 * Runs a menu entry point: a failure becomes a Swedish alert instead of the
 * raw stack trace Apps Script would show.
 */
export function runFromMenu<T>(action: () => T): T | null {
  try {
    return action();
  } catch (error) {
    console.error(error);
    alertUser(userMessageOf(error, ERROR.unexpected));
    return null;
  }
}

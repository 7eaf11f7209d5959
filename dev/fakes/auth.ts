/**
 * AuthMode as an editor add-on sees it. In NONE and LIMITED (onOpen before the
 * user authorised the add-on) only building the menu is allowed; every other
 * service call throws the way Apps Script does.
 */
import type { CallGate } from './calls/counting';
import { gasError } from './errors';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

const ALLOWED_WITHOUT_AUTH = new Set(['SpreadsheetApp.getUi', 'Ui.createMenu', 'Ui.createAddonMenu']);
const ALWAYS_ALLOWED_CLASSES = new Set(['Menu']);

/** The scope Apps Script names in its permission error, per service. */
const SCOPE: Record<string, string> = {
  SpreadsheetApp: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  Ui: 'https://www.googleapis.com/auth/script.container.ui',
  DocumentApp: 'https://www.googleapis.com/auth/documents',
  DriveApp: 'https://www.googleapis.com/auth/drive.file',
  HtmlService: 'https://www.googleapis.com/auth/script.container.ui',
  MailApp: 'https://www.googleapis.com/auth/script.send_mail',
  ScriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
};

export class AuthGate implements CallGate {
  constructor(public mode: AuthModeName = 'FULL') {}

  check(service: string, gasName: string, method: string): void {
    if (this.mode === 'FULL') return;
    if (ALWAYS_ALLOWED_CLASSES.has(gasName) || ALLOWED_WITHOUT_AUTH.has(`${gasName}.${method}`)) return;
    const scope = SCOPE[service];
    throw gasError(
      `You do not have permission to call ${gasName}.${method}.` + (scope ? ` Required permissions: ${scope}` : ''),
    );
  }
}

/** ScriptApp (AuthMode, authorization info, installable triggers) and the MimeType enum. */
import type { AuthGate } from './auth';
import { Facade } from './calls/counting';
import { makeEnum } from './enums';
import { EventType, TriggerMethods, TriggerSource, type FakeTrigger, type FakeTriggerBuilder, type TriggerScope, type TriggerStore } from './triggers';

export const AuthMode = makeEnum('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
export const AuthorizationStatus = makeEnum('REQUIRED', 'NOT_REQUIRED');

export const MimeType = Object.freeze({
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_DRIVE: 'application/vnd.google-apps.drive-sdk',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  PDF: 'application/pdf',
  PLAIN_TEXT: 'text/plain',
  HTML: 'text/html',
  CSV: 'text/csv',
  JSON: 'application/json',
  RTF: 'application/rtf',
  ZIP: 'application/zip',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_WORD_LEGACY: 'application/msword',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  OPENDOCUMENT_TEXT: 'application/vnd.oasis.opendocument.text',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
});

export class FakeAuthorizationInfo extends Facade {
  static gasName = 'AuthorizationInfo';
  static service = 'ScriptApp';

  constructor(private readonly required: boolean) {
    super();
  }
  getAuthorizationStatus(): string {
    return this.required ? 'REQUIRED' : 'NOT_REQUIRED';
  }
  getAuthorizationUrl(): string | null {
    return this.required ? 'https://script.google.com/macros/d/fake-script-id/authorize' : null;
  }
  getAuthorizedScopes(): string[] | null {
    return null;
  }
}

export class FakeScriptApp extends Facade {
  static gasName = 'ScriptApp';
  static service = 'ScriptApp';

  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  private readonly triggers: TriggerMethods;

  constructor(
    private readonly auth: AuthGate,
    store: TriggerStore,
    scope: TriggerScope,
  ) {
    super();
    this.triggers = new TriggerMethods(store, scope);
  }

  getAuthorizationInfo(_authMode: string): FakeAuthorizationInfo {
    return new FakeAuthorizationInfo(this.auth.mode !== 'FULL');
  }
  getScriptId(): string {
    return 'fake-script-id';
  }
  getProjectTriggers(): FakeTrigger[] {
    return this.triggers.getProjectTriggers();
  }
  newTrigger(functionName: string): FakeTriggerBuilder {
    return this.triggers.newTrigger(functionName);
  }
  deleteTrigger(trigger: FakeTrigger): void {
    this.triggers.deleteTrigger(trigger);
  }
}

/** What a test or the preview hands the fakes to start from (plain data, any realm). */
import type { AuthModeName } from './auth';
import type { TriggerSpec } from './triggers';

export interface WorkbookSpec {
  /** Default 'Europe/Stockholm'. */
  timeZone?: string;
  name?: string;
  id?: string;
  /** Rows as a user would type them; row 0 holds the headers. */
  sheets: Record<string, unknown[][]>;
}

export type DocumentElementSpec =
  | string
  | { type: 'PARAGRAPH'; text: string; heading?: string; alignment?: string; bold?: boolean }
  /**
   * Consecutive items are one list, as in Docs; `list` names a list so that
   * items apart (a table between them) continue it, as setListId does.
   */
  | { type: 'LIST_ITEM'; text: string; nestingLevel?: number; glyphType?: string; list?: string }
  | { type: 'TABLE'; cells: string[][] }
  | { type: 'HORIZONTAL_RULE' }
  | { type: 'PAGE_BREAK' };

export interface DocumentSpec {
  id: string;
  name: string;
  /** Paragraph texts, or typed elements. A body ending with a table gets the empty paragraph Docs keeps after it. */
  body?: DocumentElementSpec[];
  /** The folder holding it (default: the root folder). */
  folderId?: string;
  /** Exists but the add-on may not open it (drive.file, or no permission). */
  inaccessible?: boolean;
  trashed?: boolean;
  /** Whose Drive it is in (default: the current user). */
  owner?: string;
  /** Others who may open it ('*': anyone with the link). */
  sharedWith?: string[];
}

export interface FolderSpec {
  id: string;
  name: string;
  parentId?: string;
  inaccessible?: boolean;
  /** Whose Drive it is in (default: the current user). */
  owner?: string;
  /** Others who may open it ('*': anyone with the link). */
  sharedWith?: string[];
  /** Made by ST-koll for its owner, so reachable under drive.file by the owner alone. Default false. */
  createdByApp?: boolean;
}

/** What Apps Script reads from appsscript.json. */
export interface ManifestSpec {
  /** Absent: Apps Script infers the scopes from the code (the fakes then grant every scope). */
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: Array<{ userSymbol: string; serviceId: string; version: string }> };
}

export interface EnvironmentSpec {
  workbook?: WorkbookSpec;
  authMode?: AuthModeName;
  activeSheet?: string;
  activeRange?: string;
  projectFiles?: Record<string, string>;
  documents?: DocumentSpec[];
  folders?: FolderSpec[];
  properties?: { document?: Record<string, string>; user?: Record<string, string>; script?: Record<string, string> };
  /** The project's time zone (appsscript.json), Session.getScriptTimeZone(). */
  scriptTimeZone?: string;
  /** The signed-in user's address (default 'samordnare@example.se'). */
  userEmail?: string;
  /** MailApp's remaining daily recipients (default 100). */
  mailQuota?: number;
  /** Installable triggers that already exist, this user's or others'. */
  triggers?: TriggerSpec[];
  /** The project's manifest: its scopes are enforced on every call, its advanced services installed. */
  manifest?: ManifestSpec;
}

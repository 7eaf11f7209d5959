/** The handles tests, the bench and the preview use to arrange and inspect a run (env). */
import type { AuthModeName } from './auth';
import type { ExecutionKind } from './context';
import type { SentMail } from './mail';
import type { TriggerRecord } from './triggers';
import type { DocumentsInspector } from './document/inspect';
import type { DriveInspector } from './drive/inspect';
import type { CallCounts } from './calls/counting';
import type { LockEvent, LockKind } from './lock';
import type { LogEntry } from './logger';
import type { PropertyScope } from './properties';
import type { SpreadsheetInspector } from './spreadsheet/inspect';
import type { WorkbookTransfer } from './spreadsheet/transfer';
import type { AlertRecord, ButtonName, HtmlShown, MenuRecord, PromptRecord, ToastShown } from './ui';

export interface UiEnvironment {
  readonly menus: MenuRecord[];
  readonly alerts: AlertRecord[];
  readonly prompts: PromptRecord[];
  readonly toasts: ToastShown[];
  readonly sidebars: HtmlShown[];
  readonly dialogs: (HtmlShown & { modal: boolean })[];
  /** The user's next answer to an alert (default: the dialog's first button). */
  queueResponse(button: ButtonName): void;
  /** The user's next answer to a prompt. */
  queuePrompt(text: string, button?: ButtonName): void;
  pendingResponses(): number;
  /** Forgets everything recorded and queued. */
  clear(): void;
}

export interface FakeEnvironment {
  calls: CallCounts;
  auth: { mode(): AuthModeName; setMode(mode: AuthModeName): void };
  ui: UiEnvironment;
  spreadsheet: SpreadsheetInspector;
  /** The workbook in and out as typed plain data (the local .xlsx app, dev/local). */
  transfer: WorkbookTransfer;
  properties: {
    get(scope: PropertyScope): Record<string, string>;
    set(scope: PropertyScope, key: string, value: string): void;
    delete(scope: PropertyScope, key: string): void;
  };
  lock: {
    holdElsewhere(held: boolean, kind?: LockKind): void;
    isHeld(kind?: LockKind): boolean;
    events(): LockEvent[];
    onAcquire(hook: () => void): void;
  };
  /** 'trigger' while bundle.callFromTrigger runs: no active spreadsheet, document properties, document lock or Ui. */
  execution: { kind(): ExecutionKind; set(kind: ExecutionKind): void };
  mail: { outbox(): SentMail[]; quota(): number; setQuota(n: number): void; clear(): void };
  /** Every user's installable triggers of this project (the script sees only its user's). */
  triggers: { all(): TriggerRecord[] };
  logs(): LogEntry[];
  documents: DocumentsInspector;
  drive: DriveInspector;
  /** Who uses the workbook now: switch to play a second coordinator in the same workbook. */
  user: { current(): string; switchTo(email: string): void };
}

/**
 * Entry of the fakes bundle (build/dev/gas-fakes.js, global `GasFakes`).
 * It is evaluated inside the same vm realm as build/Code.js; the harness calls
 * createEnvironment(spec) and installs `globals` on the context.
 */
import { AuthGate } from './auth';
import { CallCounter, Tracker, type CallGate } from './calls/counting';
import { allGates, ScopeGate } from './calls/scopeGate';
import { ExecutionContext } from './context';
import type { FakeEnvironment } from './env';
import { FakeDocumentApp } from './document/app';
import { addSpecDocuments, makeDocumentsInspector } from './document/inspect';
import type { DocumentModel } from './document/model';
import { FakeDriveFiles, FakeDriveService } from './drive/advanced';
import { FakeDriveApp } from './drive/driveApp';
import { addSpecFolders, makeDriveInspector } from './drive/inspect';
import { documentPdf } from './drive/pdf';
import { DriveStore } from './drive/store';
import { FakeHtmlService } from './html';
import { FakeLockService, LockState } from './lock';
import { FakeLogger, makeConsole, type LogEntry } from './logger';
import { FakeMailApp, MailState } from './mail';
import { FakePropertiesService, PropertyStores, type PropertyScope } from './properties';
import { importValue } from './realm';
import { SCOPE } from './scopes';
import { FakeScriptApp, MimeType } from './script';
import { FakeSession } from './session';
import type { EnvironmentSpec, ManifestSpec } from './spec';
import { FakeSpreadsheetApp } from './spreadsheet/app';
import { FakeCharts } from './spreadsheet/charts';
import { makeSpreadsheetInspector } from './spreadsheet/inspect';
import { makeWorkbookTransfer } from './spreadsheet/transfer';
import { buildWorkbook, select } from './spreadsheet/workbook';
import { TriggerStore } from './triggers';
import { UiState } from './ui';
import { FakeUtilities } from './utilities';

export type { EnvironmentSpec, FakeEnvironment };
export { importValue };

export interface CreatedEnvironment {
  /** The Apps Script globals to install on the context. */
  globals: Record<string, unknown>;
  env: FakeEnvironment;
  /** Ends an execution the way Apps Script does (locks released). */
  endExecution(): void;
}

const DEFAULT_USER = 'samordnare@example.se';

/** The scopes the manifest grants; without `oauthScopes` Apps Script infers them, so every scope is granted. */
function scopeGate(manifest: ManifestSpec | undefined): CallGate {
  return new ScopeGate(manifest?.oauthScopes ?? Object.values(SCOPE));
}

/** Whether the manifest enables the advanced Drive service (v3) under the symbol `Drive`. */
function driveEnabled(manifest: ManifestSpec | undefined): boolean {
  const services = manifest?.dependencies?.enabledAdvancedServices ?? [];
  return services.some((s) => s.userSymbol === 'Drive' && s.serviceId === 'drive' && s.version === 'v3');
}

export function createEnvironment(rawSpec: EnvironmentSpec = {}): CreatedEnvironment {
  const spec = importValue(rawSpec) as EnvironmentSpec;
  const counter = new CallCounter();
  const auth = new AuthGate(spec.authMode ?? 'FULL');
  const tracker = new Tracker(counter, allGates(auth, scopeGate(spec.manifest)));
  const ui = new UiState();
  const workbook = buildWorkbook(spec.workbook);
  workbook.toast = (toast) => ui.toasts.push(toast);
  if (spec.activeSheet !== undefined || spec.activeRange !== undefined) select(workbook, spec.activeSheet, spec.activeRange);
  const user = { email: spec.userEmail ?? DEFAULT_USER };
  const properties = new PropertyStores(user);
  for (const scope of ['document', 'user', 'script'] as PropertyScope[]) {
    const initial = spec.properties?.[scope] ?? {};
    for (const key of Object.keys(initial)) properties.stores[scope].set(key, String(initial[key]));
  }
  const locks = new LockState();
  const logs: LogEntry[] = [];
  const drive = new DriveStore(user);
  addSpecFolders(drive, spec.folders);
  addSpecDocuments(drive, spec.documents);
  const context = new ExecutionContext();
  const mail = new MailState(spec.mailQuota);
  const triggers = new TriggerStore();
  for (const t of spec.triggers ?? []) {
    triggers.add({ owner: t.owner, handler: t.handler, eventType: 'CLOCK', everyHours: t.everyHours ?? 1, documentId: t.documentId ?? null });
  }
  // Triggers belong to whoever is the current user now (tests may switch users).
  const triggerScope = { user: () => user.email, documentId: () => (context.inTrigger ? null : workbook.id) };

  const globals: Record<string, unknown> = {
    SpreadsheetApp: tracker.expose(new FakeSpreadsheetApp(workbook, ui, context)),
    Charts: tracker.expose(new FakeCharts()),
    DocumentApp: tracker.expose(new FakeDocumentApp(drive)),
    DriveApp: tracker.expose(new FakeDriveApp()),
    HtmlService: tracker.expose(new FakeHtmlService(spec.projectFiles ?? {})),
    PropertiesService: tracker.expose(new FakePropertiesService(properties, context)),
    LockService: tracker.expose(new FakeLockService(locks, context)),
    MailApp: tracker.expose(new FakeMailApp(mail)),
    Utilities: tracker.expose(new FakeUtilities()),
    Session: tracker.expose(new FakeSession(user, spec.scriptTimeZone ?? workbook.timeZone)),
    ScriptApp: tracker.expose(new FakeScriptApp(auth, triggers, triggerScope)),
    Logger: tracker.expose(new FakeLogger(logs)),
    console: makeConsole(logs),
    MimeType,
  };
  if (driveEnabled(spec.manifest)) globals.Drive = tracker.expose(new FakeDriveService(tracker.expose(new FakeDriveFiles(drive))));

  const env: FakeEnvironment = {
    calls: counter,
    auth: { mode: () => auth.mode, setMode: (mode) => void (auth.mode = mode) },
    ui,
    spreadsheet: makeSpreadsheetInspector(workbook),
    transfer: makeWorkbookTransfer(workbook),
    properties: {
      get: (scope) => properties.snapshot(scope),
      set: (scope, key, value) => void properties.stores[scope].set(key, String(value)),
      delete: (scope, key) => void properties.stores[scope].delete(key),
    },
    lock: {
      holdElsewhere: (held, kind) => locks.holdElsewhere(held, kind),
      isHeld: (kind) => locks.isHeld(kind),
      events: () => locks.events.slice(),
      onAcquire: (hook) => locks.onAcquire(hook),
    },
    execution: { kind: () => context.kind, set: (kind) => void (context.kind = kind) },
    mail: {
      outbox: () => mail.outbox.slice(),
      quota: () => mail.quota,
      setQuota: (n) => void (mail.quota = n),
      clear: () => void (mail.outbox = []),
    },
    triggers: { all: () => triggers.triggers.map((t) => ({ ...t })) },
    logs: () => logs.slice(),
    documents: makeDocumentsInspector(drive),
    drive: makeDriveInspector(drive, (item) => documentPdf(item.doc as DocumentModel)),
    user: {
      current: () => user.email,
      switchTo: (email) => void (user.email = String(email)),
    },
  };

  return { globals, env, endExecution: () => locks.endExecution() };
}

/**
 * The preview's hold on the real bundle: loads build/Code.js on the fakes with
 * the sample workbook, runs menu items and google.script.run calls, keeps the
 * messages in order, and exports generated documents to preview-out/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadBundle, type LoadedBundle, type WorkbookSpec } from '../harness';
import { chartsOf } from './charts';
import type { LocalWorkbook } from '../local/localWorkbook';
import { SHEET } from '../../src/domain/sheetContract';
import { startFromKept } from '../local/fakeState';
import { EDIT_TEXT } from '../local/texts';
import { editCell, sheetEditing } from './sheetEditing';
import { sampleWorkbook } from '../sampleWorkbook';
import { MENU } from '../../src/shared/messages/ui';
import type { UiState } from '../fakes/ui';
import { DocumentExporter } from './documents';
import type { SentMail } from '../fakes/mail';
import { OUTBOX_TEXT } from './outbox';
import type { CellView, MenuItem, PreviewEvent, SheetView, WorkbookModel } from './page';
import { isCallableName } from './shim';
import { PREVIEW_TEXT as T } from './texts';

export interface PreviewBackendOptions {
  /** ISO instant; default the real time, followed as it passes. */
  now?: string;
  /** Default: the sample workbook for today. */
  workbook?: WorkbookSpec;
  /** The server's origin, for links to generated documents. */
  origin: string;
  /** Where generated documents are written. Default <repo>/preview-out. */
  outDir?: string;
  /** The user's .xlsx (`--workbook`): the fake starts from it, every change is saved back, agreements become .docx. */
  local?: LocalWorkbook;
}

/** The entry points of PRODUCT.md §3, used when the bundle has not built a menu. */
const FALLBACK_MENU: MenuItem[] = [
  { name: 'showSidebar', label: MENU.sidebar },
  { name: 'refreshFlags', label: MENU.refresh },
  { name: 'showOverdueAnnualCheckins', label: MENU.overdue },
  { name: 'showValidationReport', label: MENU.validation },
  { name: 'generateAgreementForSelection', label: MENU.generate },
  { name: 'setupWorkbook', label: MENU.setup },
];

export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'scripts', 'build.mjs'))) {
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

export interface MenuOutcome {
  ok: boolean;
  /** What the entry point said (its alerts and toasts), else that it ran. */
  message: string;
  sidebarOpened: boolean;
  /** A dialog the entry point opened, for the shell to show. */
  dialogHref: string | null;
  dialogTitle: string | null;
  /** Whether the entry point asked a question (and got the chosen answer). */
  asked: boolean;
}

export const QUESTION_ANSWERS = ['YES', 'NO', 'CANCEL'] as const;
export type QuestionAnswer = (typeof QUESTION_ANSWERS)[number];

export class PreviewBackend {
  readonly bundle: LoadedBundle;
  /** Changes whenever the workbook may have changed; the shell reloads the sheets on change. */
  version = 0;
  private readonly fixedNow: string | undefined;
  private readonly events: PreviewEvent[] = [];
  private seenAlerts = 0;
  private seenToasts = 0;
  private readonly dialogs: string[] = [];
  private readonly entryPoints: string[];
  private readonly exporter: DocumentExporter;
  private readonly root = repoRoot();
  readonly local: LocalWorkbook | null;
  private readonly origin: string;

  constructor(options: PreviewBackendOptions) {
    this.fixedNow = options.now;
    const now = options.now ?? new Date().toISOString();
    const workbook = options.workbook ?? sampleWorkbook(todayIn(now, 'Europe/Stockholm'));
    this.local = options.local ?? null;
    this.origin = options.origin;
    this.bundle = loadBundle({ workbook, now, activeSheet: Object.keys(workbook.sheets)[0] });
    if (this.local) {
      this.bundle.env.transfer.importSheets(this.local.file.sheets);
      // ST-koll's marks on its columns and its settings, as the last session saved them (dev/local/xlsx/keptMetadata.ts).
      startFromKept(this.bundle.env, this.local.file);
    }
    this.entryPoints = readEntryPoints(join(this.root, 'build', 'Code.js')).filter((name) => this.isGlobalFunction(name));
    this.exporter = new DocumentExporter(options.outDir ?? join(this.root, 'preview-out'), options.origin);

    // As when the coordinator opens the workbook: the menu, then a prepared and refreshed workbook
    // (a file of the user's own without ST-koll's sheets waits for "Förbered arbetsboken").
    const prepare = !this.local || this.bundle.env.spreadsheet.sheetNames().includes(SHEET.trainees);
    for (const [name, args] of [
      ['onOpen', [{ authMode: 'FULL' }]],
      ...(prepare ? ([['setupWorkbook', []], ['refreshFlags', []]] as const) : []),
    ] as const) {
      if (this.isGlobalFunction(name)) this.runMenu(name, [...args]);
    }
  }

  today(): string {
    return todayIn(this.currentNow(), this.bundle.env.spreadsheet.timeZone());
  }

  menu(): MenuItem[] {
    const addon = this.bundle.env.ui.menus.find((m) => m.addon) ?? this.bundle.env.ui.menus[0];
    const items: MenuItem[] = [];
    const walk = (entries: unknown[]) => {
      for (const entry of entries as Array<Record<string, unknown>>) {
        if (typeof entry.functionName === 'string' && typeof entry.caption === 'string') {
          items.push({ name: entry.functionName, label: entry.caption });
        } else if (Array.isArray(entry.items)) walk(entry.items);
      }
    };
    if (addon) walk(addon.items);
    const fromBundle = items.filter((item) => this.isGlobalFunction(item.name));
    return fromBundle.length ? fromBundle : FALLBACK_MENU.filter((item) => this.isGlobalFunction(item.name));
  }

  /** The public global functions google.script.run may call (the bundle's entry points). */
  clientFunctionNames(): string[] {
    return this.entryPoints.filter(isCallableName);
  }

  /**
   * `answer`: the page's "Svar på nästa fråga" — the button the user presses if
   * the entry point asks something (a dialog with several buttons); else the first.
   */
  runMenu(name: string, args: unknown[] = [], answer: QuestionAnswer | null = null): MenuOutcome {
    const sidebarsBefore = this.bundle.env.ui.sidebars.length;
    const eventsBefore = this.events.length;
    this.version += 1;
    let failure: string | null = null;
    this.ui().answerNextQuestion(answer);
    try {
      this.tick();
      this.bundle.call(name, ...args);
    } catch (error) {
      failure = T.menuFailed(error instanceof Error ? error.message : String(error));
    } finally {
      this.ui().answerNextQuestion(null);
    }
    this.afterCall();
    const label = this.menu().find((item) => item.name === name)?.label ?? name;
    const news = this.events.slice(eventsBefore);
    const dialog = news.find((e) => e.kind === 'dialog');
    const said = news.filter((e) => e.kind !== 'dialog').map((e) => (e.answer ? T.question(e.message, e.answer) : e.message));
    return {
      ok: failure === null,
      message: failure ?? (said.length ? said.join(' · ') : (T.menuDoneFor[name] ?? T.menuDone(label))),
      asked: news.some((e) => e.answer !== undefined),
      sidebarOpened: this.bundle.env.ui.sidebars.length > sidebarsBefore,
      dialogHref: dialog?.href ?? null,
      dialogTitle: dialog?.title ?? null,
    };
  }

  /** google.script.run: the harness enforces JSON-only values and private names. */
  runFromClient(name: string, args: unknown[]): unknown {
    this.version += 1;
    try {
      this.tick();
      const result = this.bundle.callFromClient(name, ...args);
      this.afterCall();
      return result;
    } catch (error) {
      this.afterCall();
      throw error;
    }
  }

  /** The mail the reminders have sent in this preview (newest last). */
  outbox(): SentMail[] {
    return this.bundle.env.mail.outbox();
  }

  /** sendReminderDigest() as the time-driven trigger runs it: outside the workbook. */
  runReminderTrigger(): { ok: boolean; message: string } {
    const before = this.outbox().length;
    try {
      this.tick();
      this.bundle.callFromTrigger('sendReminderDigest');
      return { ok: true, message: OUTBOX_TEXT.ran(this.outbox().length - before) };
    } catch (error) {
      return { ok: false, message: OUTBOX_TEXT.failed(error instanceof Error ? error.message : String(error)) };
    }
  }

  /** The sidebar exactly as showSidebar() hands it to Apps Script; else the built file. */
  sidebarHtml(): string {
    if (this.isGlobalFunction('showSidebar')) {
      const before = this.bundle.env.ui.sidebars.length;
      try {
        this.tick();
        this.bundle.call('showSidebar');
      } catch {
        // fall through to the built file
      } finally {
        this.afterCall();
      }
      const shown = this.bundle.env.ui.sidebars;
      if (shown.length > before) return shown[shown.length - 1].content;
    }
    const built = join(this.root, 'build', 'Sidebar.html');
    if (existsSync(built)) return readFileSync(built, 'utf8');
    throw new Error('build/Sidebar.html not found: run `npm run build` first');
  }

  /** The sidebar a menu item just opened (it may start on a view of its own); else as sidebarHtml(). */
  lastShownSidebarHtml(): string {
    const shown = this.bundle.env.ui.sidebars;
    return shown.length ? shown[shown.length - 1].content : this.sidebarHtml();
  }

  /** As the user does in Sheets (Data → Ta bort filter): the sheet's filter goes, hidden rows come back. */
  removeFilter(sheet: string): boolean {
    type Filter = { remove(): void };
    type App = { getActiveSpreadsheet(): { getSheetByName(name: string): { getFilter(): Filter | null } | null } };
    const app = (this.bundle.context as Record<string, unknown>).SpreadsheetApp as App;
    const filter = app.getActiveSpreadsheet().getSheetByName(sheet)?.getFilter();
    if (!filter) return false;
    filter.remove();
    this.version += 1;
    return true;
  }

  select(sheet: string, row: number): void {
    this.bundle.env.spreadsheet.select(sheet, `A${row}`);
  }

  /** The HTML of the n-th dialog shown (1-based), as HtmlService produced it. */
  dialogHtml(n: number): string | null {
    return this.dialogs[n - 1] ?? null;
  }

  /** Resolves when the local file (if any) holds every change made so far. */
  settled(): Promise<void> {
    return this.local ? this.local.settled() : Promise.resolve();
  }

  /** A google.script.run result with document URLs pointing at the local files. */
  localise(result: unknown): unknown {
    const local = this.local;
    if (!local) return this.exporter.localiseUrls(result);
    const walk = (value: unknown): unknown => {
      if (typeof value === 'string') return local.hrefFor(value) ? this.origin + local.hrefFor(value) : value;
      if (Array.isArray(value)) return value.map(walk);
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
      return value;
    };
    return walk(result);
  }

  /** The user types into a cell in the page (PRODUCT.md §5); a refused value changes nothing. */
  editCell(sheet: string, row: number, col: number, value: string | boolean): { ok: boolean; message: string } {
    const result = editCell(this.bundle.env, sheet, row, col, value, this.today());
    if (!result.ok) return result;
    this.version += 1;
    this.local?.changed(this.bundle.env);
    const a1 = result.a1 ?? '';
    return { ok: true, message: this.local ? EDIT_TEXT.savedLocally(a1, this.local.name) : EDIT_TEXT.saved(a1) };
  }

  /** Why the last save failed, if it did (the page shows it). */
  saveProblem(): string | null {
    return this.local?.lastError ?? null;
  }

  outputFile(name: string): string | null {
    return this.exporter.read(name);
  }

  workbook(requestedSheet: string | null): WorkbookModel {
    const inspector = this.bundle.env.spreadsheet;
    const names = inspector.sheetNames();
    const active = inspector.active();
    const activeSheet = requestedSheet && names.includes(requestedSheet) ? requestedSheet : active.sheet;
    const sheets: SheetView[] = names.map((name) => ({
      name,
      rows: name === activeSheet ? this.sheetCells(name) : [],
      hiddenRows: name === activeSheet ? inspector.hiddenRows(name) : [],
      hasFilter: name === activeSheet && inspector.filter(name) !== null,
      ...(name === activeSheet ? { editing: sheetEditing(this.bundle.env, name, this.today()), charts: chartsOf(inspector, name) } : {}),
    }));
    const selectedRow = active.sheet === activeSheet && active.range ? Number((/\d+/.exec(active.range) || ['0'])[0]) || null : null;
    return {
      today: this.today(),
      sheets,
      activeSheet,
      selectedRow,
      events: this.events.slice(),
      documents: this.local ? this.local.documents.list() : this.exporter.list(),
      savedTo: this.local ? this.local.name : null,
    };
  }

  private sheetCells(name: string): CellView[][] {
    const display = this.bundle.env.spreadsheet.displayValues(name);
    return display.map((row) =>
      row.map((text) => {
        const localHref = this.local ? this.local.hrefFor(text) : this.exporter.localHrefFor(text);
        return localHref ? { text, localHref } : { text };
      }),
    );
  }

  /** env.ui with the preview's own control (UiState of dev/fakes/ui.ts). */
  private ui(): Pick<UiState, 'answerNextQuestion'> {
    return this.bundle.env.ui as unknown as Pick<UiState, 'answerNextQuestion'>;
  }

  private isGlobalFunction(name: string): boolean {
    return typeof (this.bundle.context as Record<string, unknown>)[name] === 'function';
  }

  private currentNow(): string {
    return this.fixedNow ?? new Date().toISOString();
  }

  /** Without PREVIEW_NOW the preview's clock follows the real one. */
  private tick(): void {
    if (!this.fixedNow) this.bundle.setNow(new Date().toISOString());
  }

  /** Collects the alerts and toasts of the last call, in order, and exports new documents. */
  private afterCall(): void {
    const ui = this.bundle.env.ui;
    const alerts = ui.alerts;
    const toasts = ui.toasts;
    for (const alert of alerts.slice(this.seenAlerts)) {
      // A question (several buttons) is shown with the answer given.
      const answer = alert.buttons === 'OK' ? undefined : (T.answers[alert.response] ?? alert.response);
      this.events.push({ kind: 'alert', title: alert.title ?? '', message: alert.prompt, ...(answer ? { answer } : {}) });
    }
    for (const toast of toasts.slice(this.seenToasts)) {
      this.events.push({ kind: 'toast', title: toast.title ?? '', message: toast.message });
    }
    for (const dialog of ui.dialogs.slice(this.dialogs.length)) {
      this.dialogs.push(dialog.content);
      this.events.push({ kind: 'dialog', title: dialog.title, message: '', href: `/dialog/${this.dialogs.length}` });
    }
    this.seenAlerts = alerts.length;
    this.seenToasts = toasts.length;
    if (this.local) this.local.changed(this.bundle.env);
    else this.exporter.sync(this.bundle.env);
  }
}

/** The entry points the build generated as global stubs at the end of Code.js. */
export function readEntryPoints(codePath: string): string[] {
  if (!existsSync(codePath)) return [];
  const source = readFileSync(codePath, 'utf8');
  const names = new Set<string>();
  for (const match of source.matchAll(/^function ([A-Za-z_$][\w$]*)\(\) \{ return STKoll\./gm)) names.add(match[1]);
  return [...names].sort();
}

/** `YYYY-MM-DD` of an instant in a time zone. */
export function todayIn(isoInstant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(isoInstant),
  );
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

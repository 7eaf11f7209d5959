/**
 * The sidebar's entry point: builds the page, loads getSidebarData and wires
 * the views to the server. Every server call goes through `call` (serverCall.ts),
 * which turns a failure into the Swedish error banner and resolves with null.
 */
import { oneAtATime } from './oneAtATime';
import type { LogSessionInput, PageDto, SearchInput, SidebarData } from '../src/shared/api';
import { SIDEBAR_TEXT } from '../src/shared/messages/sidebar';
import { ATTENTION_LIMIT } from '../src/shared/search';
import { byId, el, replaceChildren } from './dom';
import { clearStatus, showStatus } from './feedback';
import { call, callOrMessage } from './serverCall';
import { type ServerClient, createServerClient } from './serverClient';
import { type Tabs, createTabs } from './tabs';
import { createImportPage } from './importPage';
import { createToolbar } from './toolbar';
import { type AgreementSettingsOptions, createAgreementSettingsView } from './views/agreementSettings';
import { type AgreementBatchView, createAgreementBatchView } from './views/agreementBatch';
import { type AgreementsView, createAgreementsView } from './views/agreements';
import { type ApplicationView, createApplicationView } from './views/application';
import { type LogSessionView, createLogSessionView } from './views/logSession';
import { type OverviewView, createOverviewView } from './views/overview';
import { createSettingsView, type SettingsViewOptions } from './views/settings';
import { SETTINGS_VIEW_TEXT } from '../src/shared/messages/settingsView';

const T = SIDEBAR_TEXT;

/** The views that show SidebarData, and the tabs that hold them. */
interface SidebarViews {
  overview: OverviewView;
  logSession: LogSessionView;
  agreements: AgreementsView;
  application: ApplicationView;
  agreementBatch: AgreementBatchView;
  tabs: Tabs;
}

export function startSidebar(server: ServerClient = createServerClient()): void {
  const app = byId('app');
  // The views are built before reload can run, and reload fills them.
  let loads = 0;
  const reload = (): Promise<boolean> => reloadData(server, views, loads++ === 0);
  const views = createViews(server, reload);
  const toolbar = createToolbar({ server, overview: views.overview, tabs: views.tabs, reload });
  const importPage = createImportPage(app, server, reload);
  replaceChildren(app, ...pageContent(toolbar, views.tabs), ...importPage.elements);
  loadFirstData(app, reload);
  openStartView(app, views);
  importPage.openIfAsked();
}

/** A menu item may open the sidebar on its own flow (src/gas/sidebar.ts sets data-start-view). */
function openStartView(app: HTMLElement, views: SidebarViews): void {
  if (app.dataset.startView === 'agreement-batch') {
    views.tabs.select('agreements');
    views.agreementBatch.open();
  }
}

function createViews(server: ServerClient, reload: () => Promise<boolean>): SidebarViews {
  const search = searches(server);
  const overview = createOverviewView({
    onLogFor(trainee) {
      tabs.select('log');
      logSession.selectTrainee(trainee);
    },
    onSelectRow: (traineeId) => selectTraineeRow(server, traineeId),
    listAttention: search.attention,
  });
  const logSession = createLogSessionView({
    submit: (input) => logSessionAndReload(server, input, reload),
    searchTrainees: search.trainees,
    searchSupervisors: search.supervisors,
    details: search.details,
  });
  const agreements = createAgreementsView({
    generate: (agreementId, onExisting, ownFolder) =>
      call(() => server.generateAgreement(ownFolder ? { agreementId, onExisting, folder: 'own' } : { agreementId, onExisting })),
    search: search.agreements,
  });
  const agreementSettings = createAgreementSettingsView(agreementSettingsOptions(server));
  const application = createApplicationView({
    logLeave: (input) => appendAndReload(() => server.logLeave(input), reload),
    registerCertificate: (input) => appendAndReload(() => server.registerCertificate(input), reload),
    searchTrainees: search.trainees,
    details: search.details,
  });
  const agreementBatch = createAgreementBatchView({
    plan: async () => (await call(() => server.planMissingAgreements()))?.plan ?? null,
    step: async (agreementIds) => (await call(() => server.createAgreementsStep({ agreementIds })))?.results ?? null,
    changed: () => void reload(),
  });
  const settings = createSettingsView(settingsOptions(server));
  const tabs = createTabs(T.tabsLabel, [
    { key: 'overview', label: T.tabs.overview, panel: el('section', null, overview.root, application.root) },
    { key: 'log', label: T.tabs.logSession, panel: el('section', null, logSession.root) },
    {
      key: 'agreements',
      label: T.tabs.agreements,
      panel: el('section', null, agreementBatch.root, agreements.root, agreementSettings),
      onShow: () => agreements.show(),
    },
    { key: 'settings', label: SETTINGS_VIEW_TEXT.tab, icon: '⚙', panel: el('section', null, settings.root), onShow: () => settings.show() },
  ]);
  return { overview, logSession, agreements, application, agreementBatch, tabs };
}

/**
 * The server's searches, as the views call them: one page each (issue #9.6).
 * A failure shows the banner and resolves with null, as every call does.
 */
function searches(server: ServerClient) {
  const page =
    <T>(fn: (input: SearchInput) => Promise<{ page: PageDto<T> }>, limit?: number) =>
    async (query: string, offset: number) =>
      (await call(() => fn(limit ? { query, offset, limit } : { query, offset })))?.page ?? null;
  return {
    trainees: page((input) => server.searchTrainees(input)),
    supervisors: page((input) => server.searchSupervisors(input)),
    agreements: page((input) => server.searchAgreements(input)),
    // "Visa fler" in the overview adds as many as the first load showed.
    // Each answer is a whole evaluation of the workbook on the server: one at a time.
    attention: oneAtATime(page((input) => server.listAttention(input), ATTENTION_LIMIT)),
    details: async (traineeId: string) => (await call(() => server.getTraineeDetails({ traineeId })))?.trainee ?? null,
  };
}

/** Resolves with the row a leave or intyg was written to; the reload that follows runs on its own. */
async function appendAndReload(send: () => Promise<{ row: number }>, reload: () => Promise<boolean>): Promise<number | null> {
  const result = await call(send);
  if (!result) return null;
  void reload();
  return result.row;
}

/** Resolves with the row written; the reload that follows runs on its own. */
async function logSessionAndReload(server: ServerClient, input: LogSessionInput, reload: () => Promise<boolean>): Promise<number | null> {
  const result = await call(() => server.logSession(input));
  if (!result) return null;
  void reload();
  return result.row;
}

function agreementSettingsOptions(server: ServerClient): AgreementSettingsOptions {
  return {
    load: async () => (await call(() => server.getAgreementSettings()))?.settings ?? null,
    save: async (input) => {
      const reply = await callOrMessage(() => server.saveAgreementSettings(input));
      return reply.ok ? { ok: true, settings: reply.value.settings } : reply;
    },
  };
}

function settingsOptions(server: ServerClient): SettingsViewOptions {
  return {
    load: async () => (await call(() => server.getSettings()))?.view ?? null,
    save: async (input) => {
      const reply = await callOrMessage(() => server.saveSettings(input));
      return reply.ok ? { ok: true, view: reply.value.view } : reply;
    },
  };
}

/** The trainee's row in ST-läkare becomes the selection; the status line says which row. */
async function selectTraineeRow(server: ServerClient, traineeId: string): Promise<void> {
  const result = await call(() => server.selectTraineeRow({ traineeId }));
  if (result) showStatus(T.overview.rowSelected(result.row), 'success');
}

function pageContent(toolbar: HTMLElement, tabs: Tabs): HTMLElement[] {
  return [
    el('h1', { className: 'visually-hidden' }, T.appName),
    toolbar,
    el('div', { id: 'banner', className: 'banner', attrs: { role: 'alert', hidden: true } }),
    el('div', { id: 'status', className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } }),
    tabs.list,
    ...tabs.panels,
  ];
}

async function reloadData(server: ServerClient, views: SidebarViews, first: boolean): Promise<boolean> {
  const result = await call(() => server.getSidebarData());
  if (result) applyData(views, result.data, first);
  return result !== null;
}

function applyData(views: SidebarViews, data: SidebarData, first: boolean): void {
  views.overview.update(data);
  views.logSession.update(data);
  views.application.update(data);
  // The agreement list loads when its tab is first shown; after that a reload searches it again.
  if (!first) views.agreements.refresh();
}

/** "Laddar…" and aria-busy on the page until the first data is in. */
function loadFirstData(app: HTMLElement, reload: () => Promise<boolean>): void {
  showStatus(T.loading);
  app.setAttribute('aria-busy', 'true');
  void reload().then((ok) => {
    app.removeAttribute('aria-busy');
    if (ok) clearStatus();
  });
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => startSidebar());
  else startSidebar();
}

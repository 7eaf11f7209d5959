/**
 * The sidebar's entry point: builds the page, loads getSidebarData and wires
 * the views to the server. Every server call goes through `call`, which turns
 * a failure into the Swedish error banner and resolves with null.
 */
import type { SidebarData } from '../src/shared/api';
import { SIDEBAR_TEXT } from '../src/shared/messages/sidebar';
import { byId, el, replaceChildren } from './dom';
import { clearError, clearStatus, showError, showStatus } from './feedback';
import { type ServerClient, asServerCallError, createServerClient } from './serverClient';
import { createTabs } from './tabs';
import { createAgreementSettingsView } from './views/agreementSettings';
import { createAgreementsView } from './views/agreements';
import { createLogSessionView } from './views/logSession';
import { createOverviewView } from './views/overview';
import { renderReport } from './views/report';

const T = SIDEBAR_TEXT;

export function startSidebar(server: ServerClient = createServerClient()): void {
  const app = byId('app');

  async function call<R>(work: () => Promise<R>): Promise<R | null> {
    clearError();
    try {
      return await work();
    } catch (error) {
      clearStatus();
      showError(error);
      return null;
    }
  }

  /** As `call`, but a failure also resolves with its Swedish message, for views that show it beside a form. */
  async function callOrMessage<R>(work: () => Promise<R>): Promise<{ ok: true; value: R } | { ok: false; message: string }> {
    clearError();
    try {
      return { ok: true, value: await work() };
    } catch (error) {
      clearStatus();
      showError(error);
      return { ok: false, message: asServerCallError(error).userMessage };
    }
  }

  const overview = createOverviewView({
    onLogFor(traineeId) {
      tabs.select('log');
      logSession.selectTrainee(traineeId);
    },
  });
  const logSession = createLogSessionView({
    async submit(input) {
      const result = await call(() => server.logSession(input));
      if (!result) return null;
      void reload();
      return result.row;
    },
  });
  const agreements = createAgreementsView({
    generate: (agreementId, onExisting) => call(() => server.generateAgreement({ agreementId, onExisting })),
  });

  const agreementSettings = createAgreementSettingsView({
    load: async () => (await call(() => server.getAgreementSettings()))?.settings ?? null,
    save: async (input) => {
      const reply = await callOrMessage(() => server.saveAgreementSettings(input));
      return reply.ok ? { ok: true, settings: reply.value.settings } : reply;
    },
  });

  const tabs = createTabs(T.tabsLabel, [
    { key: 'overview', label: T.tabs.overview, panel: el('section', null, overview.root) },
    { key: 'log', label: T.tabs.logSession, panel: el('section', null, logSession.root) },
    { key: 'agreements', label: T.tabs.agreements, panel: el('section', null, agreements.root, agreementSettings) },
  ]);

  const refreshButton = el('button', { className: 'button button-primary', attrs: { type: 'button' } }, T.actions.refreshFlags);
  const reportButton = el('button', { className: 'button', attrs: { type: 'button' } }, T.actions.validationReport);

  replaceChildren(
    app,
    el('h1', { className: 'visually-hidden' }, T.appName),
    el('div', { className: 'toolbar', attrs: { role: 'group', 'aria-label': T.actions.label } }, refreshButton, reportButton),
    el('div', { id: 'banner', className: 'banner', attrs: { role: 'alert', hidden: true } }),
    el('div', { id: 'status', className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } }),
    tabs.list,
    ...tabs.panels,
  );

  function applyData(data: SidebarData): void {
    overview.update(data);
    logSession.update(data);
    agreements.update(data);
  }

  async function reload(): Promise<boolean> {
    const result = await call(() => server.getSidebarData());
    if (result) applyData(result.data);
    return result !== null;
  }

  /** Disables a button for the duration of a call and shows that it is working. */
  async function busy(button: HTMLButtonElement, work: () => Promise<void>): Promise<void> {
    const label = button.textContent || '';
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    replaceChildren(button, T.working);
    try {
      await work();
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
      replaceChildren(button, label);
    }
  }

  refreshButton.addEventListener('click', () =>
    busy(refreshButton, async () => {
      const result = await call(() => server.refreshFlagsFromSidebar());
      if (!result) return;
      const s = result.summary;
      await reload();
      showStatus(T.refresh.done(s.trainees, s.overdue, s.soon, s.issues, s.assignedIds), 'success');
    }),
  );

  reportButton.addEventListener('click', () =>
    busy(reportButton, async () => {
      const result = await call(() => server.getValidationReport());
      if (!result) return;
      const section = renderReport(result.report, () => {
        replaceChildren(overview.reportSlot);
        reportButton.focus();
      });
      replaceChildren(overview.reportSlot, section);
      tabs.select('overview');
      section.focus();
    }),
  );

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

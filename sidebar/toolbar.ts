/**
 * The toolbar above the tabs: "Uppdatera flaggor" and "Valideringsrapport",
 * each busy while its server call runs.
 */
import { SIDEBAR_TEXT } from '../src/shared/messages/sidebar';
import { whileBusy } from './busyButton';
import { el, replaceChildren } from './dom';
import { showStatus } from './feedback';
import { call } from './serverCall';
import type { ServerClient } from './serverClient';
import type { Tabs } from './tabs';
import type { OverviewView } from './views/overview';
import { renderReport } from './views/report';

const T = SIDEBAR_TEXT;

export interface ToolbarContext {
  server: ServerClient;
  overview: OverviewView;
  tabs: Tabs;
  /** Reloads the sidebar data; resolves with whether it worked. */
  reload(): Promise<boolean>;
}

export function createToolbar(context: ToolbarContext): HTMLElement {
  const refreshButton = el('button', { className: 'button button-primary', attrs: { type: 'button' } }, T.actions.refreshFlags);
  const reportButton = el('button', { className: 'button', attrs: { type: 'button' } }, T.actions.validationReport);
  refreshButton.addEventListener('click', () => whileBusy(refreshButton, T.working, () => refreshFlags(context)));
  reportButton.addEventListener('click', () => whileBusy(reportButton, T.working, () => showValidationReport(context, reportButton)));
  return el('div', { className: 'toolbar', attrs: { role: 'group', 'aria-label': T.actions.label } }, refreshButton, reportButton);
}

async function refreshFlags({ server, reload }: ToolbarContext): Promise<void> {
  const result = await call(() => server.refreshFlagsFromSidebar());
  if (!result) return;
  const s = result.summary;
  await reload();
  showStatus(T.refresh.done(s.trainees, s.overdue, s.soon, s.issues, s.assignedIds), 'success');
}

/** Shows the report above the overview; closing it returns focus to the button that opened it. */
async function showValidationReport({ server, overview, tabs }: ToolbarContext, reportButton: HTMLButtonElement): Promise<void> {
  const result = await call(() => server.getValidationReport());
  if (!result) return;
  const section = renderReport(result.report, () => {
    replaceChildren(overview.reportSlot);
    reportButton.focus();
  });
  replaceChildren(overview.reportSlot, section);
  tabs.select('overview');
  section.focus();
}

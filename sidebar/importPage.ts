/**
 * The import view as a page of its own: while it is open it takes the place of
 * the tabs (a 300 px sidebar has room for three), and "Tillbaka" brings them
 * back as they were. It opens from the menu (Importera lista…, via the start
 * view attribute) or from the link under the tabs.
 */
import { IMPORT_VIEW } from '../src/shared/messages/import';
import { el } from './dom';
import { call } from './serverCall';
import type { ServerClient } from './serverClient';
import { asksForImport } from './startView';
import { createImportView, type ImportOptions } from './views/importList';

export interface ImportPage {
  /** The view and the link that opens it, for the page to place. */
  elements: HTMLElement[];
  /** Opens the page when the menu asked for it. */
  openIfAsked(): void;
}

export function createImportPage(app: HTMLElement, server: ServerClient, reload: () => Promise<boolean>): ImportPage {
  const link = el('button', { className: 'button-link small', attrs: { type: 'button' } }, IMPORT_VIEW.open);
  const view = createImportView(importOptions(server, reload, () => close()));
  view.root.classList.add('import-page');
  const open = (): void => {
    app.dataset.page = 'import';
    view.show();
  };
  const close = (): void => {
    delete app.dataset.page;
    link.focus();
  };
  link.addEventListener('click', open);
  return {
    elements: [view.root, el('p', { className: 'page-foot' }, link)],
    openIfAsked: () => {
      if (asksForImport(app)) open();
    },
  };
}

function importOptions(server: ServerClient, reload: () => Promise<boolean>, close: () => void): ImportOptions {
  return {
    loadSources: async () => (await call(() => server.getImportSources()))?.sources ?? null,
    loadProposal: (sheet) => call(() => server.getImportProposal(sheet)),
    preview: (request) => call(() => server.previewImport(request)),
    run: (request) => call(() => server.runImport(request)),
    // The new rows get their computed columns and flags, and the tabs show them.
    afterImport: async () => {
      if (await call(() => server.refreshFlagsFromSidebar())) await reload();
    },
    close,
  };
}

/** Opens the sidebar: the built, self-contained Sidebar.html served by HtmlService. */
import { UI } from '../shared/messages';
import { runFromMenu } from './feedback';

/** Views a menu item may open the sidebar on; the sidebar reads the marker at start (sidebar/startView.ts). */
export type StartView = 'import';

export function showSidebar(): void {
  runFromMenu(() => openSidebar());
}

/** Importera lista… (PRODUCT.md §9): the sidebar, on its import view. */
export function showImport(): void {
  runFromMenu(() => openSidebar('import'));
}

function openSidebar(view?: StartView): void {
  let html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(UI.sidebarTitle);
  // A fixed marker of our own (no user text), so appending unescaped is safe.
  if (view) html = html.append(`<div id="start-view" data-view="${view}" hidden></div>`);
  SpreadsheetApp.getUi().showSidebar(html);
}

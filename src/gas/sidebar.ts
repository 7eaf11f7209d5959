/** Opens the sidebar: the built, self-contained Sidebar.html served by HtmlService. */
import { UI } from '../shared/messages';
import { runFromMenu } from './feedback';

/** A view the sidebar opens on instead of the overview (a menu item's flow). */
export type SidebarStartView = 'agreement-batch' | 'import';

/** The attribute of `<main id="app">` in sidebar/index.html that names the start view. */
const START_VIEW_ATTRIBUTE = 'data-start-view=""';

export function showSidebar(): void {
  runFromMenu(() => openSidebar());
}

/** Importera lista… (PRODUCT.md §9): the sidebar, on its import view. */
export function showImport(): void {
  runFromMenu(() => openSidebar('import'));
}

export function openSidebar(startView?: SidebarStartView): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(UI.sidebarTitle);
  if (startView) html.setContent(html.getContent().replace(START_VIEW_ATTRIBUTE, `data-start-view="${startView}"`));
  SpreadsheetApp.getUi().showSidebar(html);
}

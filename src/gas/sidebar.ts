/** Opens the sidebar: the built, self-contained Sidebar.html served by HtmlService. */
import { UI } from '../shared/messages';
import { runFromMenu } from './feedback';

export function showSidebar(): void {
  runFromMenu(() => {
    const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(UI.sidebarTitle);
    SpreadsheetApp.getUi().showSidebar(html);
  });
}

/**
 * Whether a menu item asked the sidebar to open on the import view:
 * showImport() sets `data-start-view="import"` on `<main id="app">` (src/gas/sidebar.ts).
 */
export function asksForImport(app: HTMLElement): boolean {
  return app.dataset.startView === 'import';
}

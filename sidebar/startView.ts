/**
 * The view a menu item asked the sidebar to open on: showImport() appends a
 * hidden marker (src/gas/sidebar.ts) that the sidebar reads once at start.
 */
export type StartView = 'import' | null;

export function startView(doc: Document = document): StartView {
  return doc.getElementById('start-view')?.getAttribute('data-view') === 'import' ? 'import' : null;
}

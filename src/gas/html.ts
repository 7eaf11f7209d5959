/** Escaping and the look of the HTML ST-koll renders on the server (dialogs). */
import { escapeHtml } from '../shared/escapeHtml';

export { escapeHtml };

/** The look of every ST-koll dialog, close to the Sheets UI around it. */
const DIALOG_CSS =
  'body,table{font:13px/1.4 Arial,Helvetica,sans-serif;color:#202124}body{margin:8px}a{color:#1967d2}.warn{color:#b06000}' +
  'table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f1f3f4}';

/** A dialog's HTML: our stylesheet and `body`, which the caller has already escaped. */
export function dialogHtml(body: string): string {
  return `<style>${DIALOG_CSS}</style>${body}`;
}

/** showValidationReport: every invalid row in a dialog (sheet, row, column, reason). */
import { computeRefresh } from '../app/refreshFlags';
import { UserError } from '../app/userError';
import type { ValidationIssue } from '../domain/model';
import { UI } from '../shared/messages';
import { escapeHtml } from './html';
import { loadSettings } from './settingsStore';
import { openWorkbook, readWorkbook } from './workbookIO';

export function validationIssues(): ValidationIssue[] {
  const wb = openWorkbook();
  const read = readWorkbook(wb);
  if (!read.ok) throw new UserError(read.message);
  return computeRefresh({ raw: read.raw, today: wb.today, settings: loadSettings() }).parsed.issues;
}

export function validationReportHtml(issues: ValidationIssue[]): string {
  if (!issues.length) return `<p>${escapeHtml(UI.noIssues)}</p>`;
  // Every invalid row is listed (PRODUCT.md §3); the dialog scrolls.
  const head = UI.reportHeaders.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = issues
    .map((i) => `<tr><td>${escapeHtml(i.sheet)}</td><td>${i.row}</td><td>${escapeHtml(i.column)}</td><td>${escapeHtml(i.message)}</td></tr>`)
    .join('');
  return (
    '<style>body,table{font:13px/1.4 Arial,Helvetica,sans-serif;color:#202124}table{border-collapse:collapse;width:100%}' +
    'th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f1f3f4}</style>' +
    `<p>${escapeHtml(UI.issuesIntro(issues.length))}</p><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
  );
}

export function showValidationDialog(): void {
  const html = HtmlService.createHtmlOutput(validationReportHtml(validationIssues())).setWidth(720).setHeight(480);
  SpreadsheetApp.getUi().showModalDialog(html, UI.validationTitle);
}

/** showValidationReport: every invalid row in a dialog (sheet, row, column, reason). */
import { computeRefresh } from '../app/refreshFlags';
import type { ValidationIssue } from '../domain/model';
import { UI } from '../shared/messages';
import { dialogHtml, escapeHtml } from './html';
import { loadSnapshot } from './snapshot';

export function validationIssues(): ValidationIssue[] {
  const { wb, raw, settings } = loadSnapshot();
  return computeRefresh({ raw, today: wb.today, settings }).parsed.issues;
}

export function validationReportHtml(issues: ValidationIssue[]): string {
  if (!issues.length) return dialogHtml(`<p>${escapeHtml(UI.noIssues)}</p>`);
  // Every invalid row is listed (PRODUCT.md §3); the dialog scrolls.
  const head = UI.reportHeaders.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = issues
    .map((i) => `<tr><td>${escapeHtml(i.sheet)}</td><td>${i.row}</td><td>${escapeHtml(i.column)}</td><td>${escapeHtml(i.message)}</td></tr>`)
    .join('');
  return dialogHtml(
    `<p>${escapeHtml(UI.issuesIntro(issues.length))}</p><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`,
  );
}

export function showValidationDialog(): void {
  const html = HtmlService.createHtmlOutput(validationReportHtml(validationIssues())).setWidth(720).setHeight(480);
  SpreadsheetApp.getUi().showModalDialog(html, UI.validationTitle);
}

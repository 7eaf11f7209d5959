/**
 * Valideringsrapport: every row ST-koll cannot read. One table; the rows are
 * grouped by sheet (a row header per sheet) so that row/column/reason fit the
 * 300 px sidebar without squeezing four columns.
 */
import type { ValidationIssueDto, ValidationReportDto } from '../../src/shared/api';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { el, uniqueId } from '../dom';

const T = SIDEBAR_TEXT.report;

export function renderReport(report: ValidationReportDto, onClose: () => void): HTMLElement {
  const headingId = uniqueId('report-heading');
  const issues = report.issues;
  return el(
    'section',
    { className: 'section report', attrs: { 'aria-labelledby': headingId, tabindex: -1 } },
    el(
      'div',
      { className: 'section-head' },
      el('h2', { id: headingId, className: 'section-heading' }, T.heading),
      el('button', { className: 'button button-quiet small', attrs: { type: 'button' }, on: { click: onClose } }, T.close),
    ),
    el('p', { className: issues.length ? 'muted' : 'success' }, issues.length ? T.count(issues.length) : T.none),
    issues.length ? reportTable(issues, headingId) : null,
  );
}

function reportTable(issues: ValidationIssueDto[], headingId: string): HTMLElement {
  const bySheet = new Map<string, ValidationIssueDto[]>();
  for (const issue of issues) {
    const group = bySheet.get(issue.sheet);
    if (group) group.push(issue);
    else bySheet.set(issue.sheet, [issue]);
  }
  return el(
    'div',
    { className: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-labelledby': headingId } },
    el(
      'table',
      { className: 'report-table' },
      el('caption', { className: 'visually-hidden' }, T.caption),
      el(
        'thead',
        null,
        el(
          'tr',
          null,
          el('th', { className: 'numeric', attrs: { scope: 'col' } }, T.columns.row),
          el('th', { attrs: { scope: 'col' } }, T.columns.column),
          el('th', { attrs: { scope: 'col' } }, T.columns.message),
        ),
      ),
      ...Array.from(bySheet, ([sheet, group]) =>
        el(
          'tbody',
          null,
          el('tr', { className: 'sheet-row' }, el('th', { attrs: { scope: 'rowgroup', colspan: 3 } }, el('span', { className: 'visually-hidden' }, `${T.columns.sheet}: `), sheet)),
          ...group.map((issue) =>
            el(
              'tr',
              { attrs: { 'data-sheet': issue.sheet } },
              el('td', { className: 'numeric' }, issue.row),
              el('td', null, issue.column),
              el('td', null, issue.message),
            ),
          ),
        ),
      ),
    ),
  );
}

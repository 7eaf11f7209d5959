/** Valideringsrapport: every row ST-koll cannot read, as a table sheet/row/column/reason. */
import type { ValidationReportDto } from '../../src/shared/api';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { el, uniqueId } from '../dom';

const T = SIDEBAR_TEXT.report;

export function renderReport(report: ValidationReportDto, onClose: () => void): HTMLElement {
  const headingId = uniqueId('report-heading');
  const issues = report.issues;
  const table =
    issues.length === 0
      ? null
      : el(
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
                ...[T.columns.sheet, T.columns.row, T.columns.column, T.columns.message].map((h) => el('th', { attrs: { scope: 'col' } }, h)),
              ),
            ),
            el(
              'tbody',
              null,
              ...issues.map((issue) =>
                el(
                  'tr',
                  null,
                  el('td', null, issue.sheet),
                  el('td', { className: 'numeric' }, issue.row),
                  el('td', null, issue.column),
                  el('td', null, issue.message),
                ),
              ),
            ),
          ),
        );
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
    table,
  );
}

/**
 * The import view's result: the dry run's counts (to add, present, problems),
 * the supervisors to be created, the problem rows with their reasons by the
 * list's own row numbers, and the skipped rows folded away.
 */
import type { ImportNoteDto, ImportResultDto } from '../../src/shared/api';
import { IMPORT_VIEW } from '../../src/shared/messages/import';
import { el, uniqueId } from '../dom';

const T = IMPORT_VIEW;

export function renderImportResult(result: ImportResultDto, done: boolean): HTMLElement {
  const headingId = uniqueId('import-result');
  return el(
    'section',
    { className: 'section import-result', attrs: { 'aria-labelledby': headingId, tabindex: -1 } },
    el('h3', { id: headingId, className: 'section-heading' }, done ? T.resultHeading : T.previewHeading),
    counts(result, done),
    result.newSupervisors.length ? el('p', { className: 'small' }, T.newSupervisors(result.newSupervisors, done)) : null,
    result.problems.length ? notesTable(result.problems, T.problemsCaption, headingId) : null,
    result.skippedRows.length
      ? el('details', { className: 'import-skipped' }, el('summary', null, T.skippedSummary(result.skippedRows.length)), notesTable(result.skippedRows, T.skippedCaption, null))
      : null,
  );
}

function counts(result: ImportResultDto, done: boolean): HTMLElement {
  const entries: Array<[string, number, string]> = [
    [done ? T.counts.added : T.counts.toAdd, result.added, result.added > 0 ? 'ok' : 'neutral'],
    [T.counts.skipped, result.skipped, 'neutral'],
    [T.counts.problems, result.problems.length, result.problems.length > 0 ? 'danger' : 'neutral'],
  ];
  return el(
    'dl',
    { className: 'counts counts-3' },
    ...entries.map(([label, value, tone]) => el('div', { className: `count count-${tone}` }, el('dt', null, label), el('dd', null, value))),
  );
}

/** Row and reason; a caption names the table, the region scrolls when long. */
function notesTable(notes: readonly ImportNoteDto[], caption: string, labelledBy: string | null): HTMLElement {
  const captionId = uniqueId('import-notes');
  return el(
    'div',
    { className: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-labelledby': labelledBy ? `${labelledBy} ${captionId}` : captionId } },
    el(
      'table',
      { className: 'report-table' },
      el('caption', { id: captionId, className: 'table-caption' }, caption),
      el(
        'thead',
        null,
        el('tr', null, el('th', { className: 'numeric', attrs: { scope: 'col' } }, T.columns.row), el('th', { attrs: { scope: 'col' } }, T.columns.reason)),
      ),
      el('tbody', null, ...notes.map((note) => el('tr', null, el('td', { className: 'numeric' }, note.row), el('td', null, note.reason)))),
    ),
  );
}

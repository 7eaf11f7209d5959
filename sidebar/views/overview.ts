/**
 * Översikt: the four counts, the monthly check-ins as a chart and the numbers
 * per unit, then the trainees that have flags — overdue annual
 * check-ins first — with a filter box over names and flag texts.
 */
import type { SidebarData, TraineeSummaryDto } from '../../src/shared/api';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { el, replaceChildren, uniqueId } from '../dom';
import { annualTone, matchesFilter, sortForOverview } from '../traineeOrder';
import { checkInChart, unitTable } from './overviewCharts';

const T = SIDEBAR_TEXT.overview;
const C = SIDEBAR_TEXT.contract;

export interface OverviewView {
  root: HTMLElement;
  /** Where the validation report is shown (above the counts). */
  reportSlot: HTMLElement;
  update(data: SidebarData): void;
}

export interface OverviewOptions {
  onLogFor(traineeId: string): void;
  /** The trainee's name was clicked: select their row in ST-läkare. */
  onSelectRow(traineeId: string): void;
}

export function createOverviewView(options: OverviewOptions): OverviewView {
  let data: SidebarData | null = null;
  const reportSlot = el('div', { className: 'report-slot' });
  const counts = el('dl', { className: 'counts', attrs: { 'aria-label': T.countsLabel } });
  const pictures = el('div', { className: 'overview-pictures' });
  const filterId = uniqueId('filter');
  const filter = el('input', {
    id: filterId,
    className: 'input',
    attrs: { type: 'search', placeholder: T.filterPlaceholder, autocomplete: 'off', spellcheck: 'false' },
  });
  const shown = el('p', { className: 'muted small', attrs: { 'aria-live': 'polite' } });
  const list = el('ul', { className: 'trainee-list' });
  const headingId = uniqueId('overview-heading');

  filter.addEventListener('input', () => renderList());

  const root = el(
    'div',
    { className: 'view overview' },
    reportSlot,
    counts,
    pictures,
    el(
      'section',
      { className: 'section', attrs: { 'aria-labelledby': headingId } },
      el('h2', { id: headingId, className: 'section-heading' }, T.listHeading),
      el('div', { className: 'field' }, el('label', { className: 'label', attrs: { for: filterId } }, T.filterLabel), filter),
      shown,
      list,
    ),
  );

  function renderList(): void {
    if (!data) return;
    const flagged = sortForOverview(data.trainees.filter((t) => t.flags.length > 0));
    const visible = flagged.filter((t) => matchesFilter(t, filter.value));
    replaceChildren(shown, flagged.length ? T.shownCount(visible.length, flagged.length) : '');
    if (flagged.length === 0) {
      replaceChildren(list, el('li', { className: 'empty' }, T.noFlags));
      return;
    }
    if (visible.length === 0) {
      replaceChildren(list, el('li', { className: 'empty' }, T.noMatch));
      return;
    }
    replaceChildren(list, ...visible.map((t) => traineeItem(t, options)));
  }

  return {
    root,
    reportSlot,
    update(next) {
      data = next;
      renderCounts(counts, next);
      replaceChildren(pictures, checkInChart(next.overview.checkInsByMonth), unitTable(next.overview.units));
      renderList();
    },
  };
}

function renderCounts(target: HTMLElement, data: SidebarData): void {
  const entries: Array<[string, number, string]> = [
    [T.counts.active, data.counts.active, 'neutral'],
    [T.counts.overdue, data.counts.overdue, data.counts.overdue > 0 ? 'danger' : 'neutral'],
    [T.counts.soon, data.counts.soon, data.counts.soon > 0 ? 'warn' : 'neutral'],
    [T.counts.dataErrors, data.counts.dataErrors, data.counts.dataErrors > 0 ? 'danger' : 'neutral'],
  ];
  replaceChildren(
    target,
    ...entries.map(([label, value, tone]) =>
      el('div', { className: `count count-${tone}` }, el('dt', null, label), el('dd', null, value)),
    ),
  );
}

function traineeItem(trainee: TraineeSummaryDto, options: OverviewOptions): HTMLElement {
  const nameId = uniqueId('trainee');
  return el(
    'li',
    { className: 'card trainee', attrs: { 'aria-labelledby': nameId, 'data-trainee-id': trainee.id } },
    el(
      'p',
      { className: 'card-title' },
      el(
        'button',
        {
          className: 'button-link trainee-select',
          attrs: { type: 'button', title: T.selectRowTitle },
          on: { click: () => options.onSelectRow(trainee.id) },
        },
        el('span', { id: nameId, className: 'trainee-name' }, trainee.name),
      ),
      trainee.status && trainee.status !== C.activeStatus
        ? el('span', { className: 'muted' }, ' ', T.statusSuffix(trainee.status))
        : null,
    ),
    el(
      'p',
      { className: 'annual' },
      el('span', { className: 'muted' }, `${T.annualLabel}: `),
      el('span', { className: `badge ${annualTone(trainee.annualStatus)}` }, trainee.annualStatus || '–'),
      trainee.nextAnnualDue
        ? el(
            'span',
            { className: 'muted due' },
            ' ',
            trainee.annualStatus === C.annualOverdue ? T.annualOverdueBy : T.annualNextBy,
            ' ',
            el('span', { className: 'due-date' }, trainee.nextAnnualDue),
          )
        : null,
    ),
    el(
      'ul',
      { className: 'flags', attrs: { 'aria-label': T.flagsLabel } },
      ...trainee.flags.map((flag) => el('li', { className: 'flag' }, flag)),
    ),
    el(
      'button',
      {
        className: 'button-link small',
        attrs: { type: 'button', 'aria-label': T.logForLabel(trainee.name) },
        on: { click: () => options.onLogFor(trainee.id) },
      },
      T.logFor,
    ),
  );
}

/**
 * Översikt: the four counts, the monthly check-ins as a chart and the numbers
 * per unit, then the trainees that have flags — overdue annual check-ins
 * first — with a filter box over names and flag texts. The first load holds
 * the most urgent few (SidebarData.attention); when there are more, "Visa
 * fler" and the filter ask the server (listAttention) instead of the list.
 */
import type { PageDto, SidebarData, TraineeCardDto } from '../../src/shared/api';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { cardTexts, matchesWords, queryWords } from '../../src/shared/search';
import { SEARCH_DEBOUNCE_MS } from '../combobox';
import { el, replaceChildren, uniqueId } from '../dom';
import { annualTone } from '../traineeOrder';
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
  onLogFor(trainee: TraineeCardDto): void;
  /** The trainee's name was clicked: select their row in ST-läkare. */
  onSelectRow(traineeId: string): void;
  /** A page of the flagged trainees matching `query`, most urgent first; null when the call failed. */
  listAttention(query: string, offset: number): Promise<PageDto<TraineeCardDto> | null>;
}

/** The list's parts and what it shows now. */
interface AttentionList {
  filter: HTMLInputElement;
  shown: HTMLElement;
  list: HTMLElement;
  moreText: HTMLElement;
  moreRow: HTMLElement;
  moreButton: HTMLButtonElement;
  data: SidebarData | null;
  page: PageDto<TraineeCardDto>;
  /** Bumped by every server request, so a late answer to an older filter is dropped. */
  sequence: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export function createOverviewView(options: OverviewOptions): OverviewView {
  const reportSlot = el('div', { className: 'report-slot' });
  const counts = el('dl', { className: 'counts', attrs: { 'aria-label': T.countsLabel } });
  const pictures = el('div', { className: 'overview-pictures' });
  const filterId = uniqueId('filter');
  const headingId = uniqueId('overview-heading');
  const moreButton = el('button', { className: 'button', attrs: { type: 'button' } }, T.showMore);
  const moreText = el('span', null);
  const state: AttentionList = {
    filter: el('input', { id: filterId, className: 'input', attrs: { type: 'search', placeholder: T.filterPlaceholder, autocomplete: 'off', spellcheck: 'false' } }),
    shown: el('p', { className: 'muted small', attrs: { 'aria-live': 'polite' } }),
    list: el('ul', { className: 'trainee-list' }),
    moreText,
    moreRow: el('p', { className: 'more-row', attrs: { hidden: true } }, moreText, ' ', moreButton),
    moreButton,
    data: null,
    page: { items: [], total: 0, nextOffset: null },
    sequence: 0,
    timer: undefined,
  };

  state.filter.addEventListener('input', () => applyFilter(state, options));
  moreButton.addEventListener('click', () => void showMore(state, options));

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
      el('div', { className: 'field' }, el('label', { className: 'label', attrs: { for: filterId } }, T.filterLabel), state.filter),
      state.shown,
      state.list,
      state.moreRow,
    ),
  );

  return {
    root,
    reportSlot,
    update(next) {
      state.data = next;
      renderCounts(counts, next);
      replaceChildren(pictures, checkInChart(next.overview.checkInsByMonth), unitTable(next.overview.units));
      applyFilter(state, options);
    },
  };
}

/**
 * The whole flagged list is here: filter it at once. Only part of it: a blank
 * filter shows the first load's part, a word asks the server once typing pauses.
 */
function applyFilter(state: AttentionList, options: OverviewOptions): void {
  const data = state.data;
  if (!data) return;
  clearTimeout(state.timer);
  state.sequence += 1;
  const words = queryWords(state.filter.value);
  const attention = data.attention;
  if (attention.nextOffset === null) {
    const items = attention.items.filter((t) => matchesWords(cardTexts(t), words));
    return renderList(state, options, { items, total: attention.total, nextOffset: null });
  }
  if (words.length === 0) return renderList(state, options, attention);
  replaceChildren(state.shown, T.filtering);
  state.timer = setTimeout(() => void fetchPage(state, options, 0), SEARCH_DEBOUNCE_MS);
}

async function fetchPage(state: AttentionList, options: OverviewOptions, offset: number): Promise<boolean> {
  const mine = ++state.sequence;
  const page = await options.listAttention(state.filter.value.trim(), offset);
  if (!page || mine !== state.sequence) return false;
  renderList(state, options, offset === 0 ? page : { ...page, items: state.page.items.concat(page.items) });
  return true;
}

/** "Visa fler": the next page, keeping the focus on the button (or on the first new card once none are left). */
async function showMore(state: AttentionList, options: OverviewOptions): Promise<void> {
  const offset = state.page.nextOffset;
  if (offset === null) return;
  state.moreButton.disabled = true;
  const loaded = await fetchPage(state, options, offset);
  state.moreButton.disabled = false;
  if (loaded && state.page.nextOffset === null) state.list.querySelectorAll<HTMLElement>('.trainee-select')[offset]?.focus();
}

function renderList(state: AttentionList, options: OverviewOptions, page: PageDto<TraineeCardDto>): void {
  state.page = page;
  const flagged = state.data?.attention.total ?? 0;
  // A filter over the whole list counts against every flagged trainee (applyFilter), one on the server against its matches.
  replaceChildren(state.shown, flagged ? T.shownCount(page.items.length, page.total) : '');
  state.moreRow.hidden = page.nextOffset === null;
  replaceChildren(state.moreText, page.nextOffset === null ? '' : T.moreLeft(page.total - page.items.length));
  if (flagged === 0) return replaceChildren(state.list, el('li', { className: 'empty' }, T.noFlags));
  if (page.items.length === 0) return replaceChildren(state.list, el('li', { className: 'empty' }, T.noMatch));
  replaceChildren(state.list, ...page.items.map((t) => traineeItem(t, options)));
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

function traineeItem(trainee: TraineeCardDto, options: OverviewOptions): HTMLElement {
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
        on: { click: () => options.onLogFor(trainee) },
      },
      T.logFor,
    ),
  );
}

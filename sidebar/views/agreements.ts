/**
 * Överenskommelser: the agreements with their status and document, and
 * "Skapa dokument". The list is searched and paged on the server
 * (searchAgreements), loaded when the tab is first shown. Generating again never makes a silent duplicate: when the
 * server answers `exists`, the user chooses here, in the sidebar, between the
 * existing document and a new version. When the workbook's folder is a
 * colleague's (out of this user's reach), the card asks in place whether to use
 * a folder of their own.
 */
import type { AgreementSummaryDto, ExistingDocumentChoice, GenerateAgreementOk, PageDto } from '../../src/shared/api';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { SEARCH_DEBOUNCE_MS } from '../combobox';
import { el, replaceChildren, uniqueId } from '../dom';
import { type AgreementCardActions, type AgreementCardState, renderAgreementCard } from './agreementCard';

const T = SIDEBAR_TEXT.agreements;

export interface AgreementsView {
  root: HTMLElement;
  /** The tab is shown: the first page is loaded once. */
  show(): void;
  /** The workbook changed (a reload): the list, once loaded, is searched again. */
  refresh(): void;
}

export interface AgreementsOptions {
  /**
   * Resolves with the server's answer, or null when the call failed (the banner says why).
   * `ownFolder`: the user agreed to a folder of their own (after a 'folder-unreachable' answer).
   */
  generate(agreementId: string, onExisting: ExistingDocumentChoice, ownFolder?: boolean): Promise<GenerateAgreementOk | null>;
  /** One page of the agreements matching `query`, in sheet order; null when the call failed. */
  search(query: string, offset: number): Promise<PageDto<AgreementSummaryDto> | null>;
}

/** The list and what it remembers between renders: each card's state and element, by agreement ID. */
interface AgreementList {
  list: HTMLElement;
  query: HTMLInputElement;
  shown: HTMLElement;
  more: HTMLButtonElement;
  options: AgreementsOptions;
  agreements: AgreementSummaryDto[];
  total: number;
  nextOffset: number | null;
  /** True until the list shows the workbook as it is now: before the tab is first shown, and after a change. */
  stale: boolean;
  /** Bumped by every search, so a late answer to an older query is dropped. */
  sequence: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  states: Map<string, AgreementCardState>;
  cards: Map<string, HTMLElement>;
}

export function createAgreementsView(options: AgreementsOptions): AgreementsView {
  const model = createModel(options);
  const headingId = uniqueId('agreements-heading');
  const hintId = uniqueId('agreements-search-hint');
  model.query.setAttribute('aria-describedby', hintId);
  model.query.addEventListener('input', () => {
    clearTimeout(model.timer);
    model.timer = setTimeout(() => void load(model, 0), SEARCH_DEBOUNCE_MS);
  });
  model.more.addEventListener('click', () => void showMore(model));
  const root = el(
    'div',
    { className: 'view' },
    el(
      'section',
      { className: 'section', attrs: { 'aria-labelledby': headingId } },
      el('h2', { id: headingId, className: 'section-heading' }, T.heading),
      el(
        'div',
        { className: 'field' },
        el('label', { className: 'label', attrs: { for: model.query.id } }, T.searchLabel),
        el('p', { id: hintId, className: 'hint' }, T.searchHint),
        model.query,
      ),
      model.shown,
      model.list,
      el('div', { className: 'button-row' }, model.more),
    ),
  );
  return {
    root,
    show() {
      if (model.stale) void load(model, 0);
    },
    refresh() {
      // A hidden list waits for its tab: a session logged elsewhere costs no search.
      model.stale = true;
      if (!root.closest('[hidden]')) void load(model, 0);
    },
  };
}

function createModel(options: AgreementsOptions): AgreementList {
  return {
    list: el('ul', { className: 'agreement-list' }),
    query: el('input', { id: uniqueId('agreements-search'), className: 'input', attrs: { type: 'search', autocomplete: 'off', spellcheck: 'false' } }),
    shown: el('p', { className: 'muted small', attrs: { role: 'status', 'aria-live': 'polite' } }),
    more: el('button', { className: 'button', attrs: { type: 'button', hidden: true } }, T.showMore),
    options,
    agreements: [],
    total: 0,
    nextOffset: null,
    stale: true,
    sequence: 0,
    timer: undefined,
    states: new Map(),
    cards: new Map(),
  };
}

/** Page `offset` of the current query; the first page replaces the list, a later one is added below it. */
async function load(model: AgreementList, offset: number): Promise<boolean> {
  clearTimeout(model.timer);
  model.stale = false;
  const mine = ++model.sequence;
  const page = await model.options.search(model.query.value.trim(), offset);
  if (!page || mine !== model.sequence) return false;
  model.total = page.total;
  model.nextOffset = page.nextOffset;
  if (offset === 0) {
    model.agreements = page.items;
    renderAll(model);
  } else {
    model.agreements = model.agreements.concat(page.items);
    model.list.append(...page.items.map((a) => renderCard(model, a)));
  }
  renderCount(model);
  return true;
}

/** "Visa fler": focus stays on the button, or goes to the first new card once nothing is left. */
async function showMore(model: AgreementList): Promise<void> {
  if (model.nextOffset === null) return;
  const firstNew = model.agreements.length;
  model.more.disabled = true;
  const loaded = await load(model, model.nextOffset);
  model.more.disabled = false;
  if (loaded && model.nextOffset === null) model.list.querySelectorAll<HTMLElement>('.js-create')[firstNew]?.focus();
}

function renderCount(model: AgreementList): void {
  const shown = model.agreements.length;
  replaceChildren(model.shown, shown === 0 ? '' : SIDEBAR_TEXT.search.hits(shown, model.total));
  model.more.hidden = model.nextOffset === null;
}

function renderAll(model: AgreementList): void {
  model.cards.clear();
  if (model.agreements.length === 0) {
    const searched = model.query.value.trim() !== '';
    replaceChildren(model.list, el('li', { className: 'empty' }, searched ? T.noMatch : T.none));
    return;
  }
  replaceChildren(model.list, ...model.agreements.map((a) => renderCard(model, a)));
}

function renderCard(model: AgreementList, agreement: AgreementSummaryDto): HTMLElement {
  const state = model.states.get(agreement.id) || { kind: 'idle' };
  const card = renderAgreementCard(agreement, state, cardActions(model, agreement.id));
  model.cards.set(agreement.id, card);
  return card;
}

function cardActions(model: AgreementList, id: string): AgreementCardActions {
  return {
    create: () => void generate(model, id, 'ask'),
    newVersion: () => void generate(model, id, 'new-version'),
    useOwnFolder: () => {
      const state = model.states.get(id);
      void generate(model, id, state?.kind === 'folder' ? state.onExisting : 'ask', true);
    },
    cancel: () => showState(model, id, { kind: 'idle' }, '.js-create'),
    openedExisting: (url) => showState(model, id, { kind: 'opened', url }, '.js-result-link'),
  };
}

async function generate(model: AgreementList, id: string, choice: ExistingDocumentChoice, ownFolder = false): Promise<void> {
  showState(model, id, { kind: 'busy' });
  const outcome = await model.options.generate(id, choice, ownFolder);
  if (!outcome) {
    showState(model, id, { kind: 'idle' }, '.js-create');
    return;
  }
  model.states.set(id, stateFromOutcome(outcome, choice));
  if (outcome.outcome === 'created') {
    // The server wrote Dokument and Status and says what they are now; show
    // that instead of reloading everything, which would also take the focus away.
    model.agreements = model.agreements.map((a) => (a.id === id ? { ...a, documentUrl: outcome.url, status: outcome.status } : a));
  }
  const asks = outcome.outcome === 'exists' || outcome.outcome === 'folder-unreachable';
  rerender(model, id, asks ? '.js-first-choice' : '.js-result-link');
}

function showState(model: AgreementList, id: string, state: AgreementCardState, focusSelector?: string): void {
  model.states.set(id, state);
  rerender(model, id, focusSelector);
}

/** Re-renders one card in place and puts focus on `focusSelector` inside it, if given. */
function rerender(model: AgreementList, id: string, focusSelector?: string): void {
  const agreement = model.agreements.find((a) => a.id === id);
  const old = model.cards.get(id);
  if (!agreement || !old) return;
  const next = renderCard(model, agreement);
  old.replaceWith(next);
  if (focusSelector) {
    const target = next.querySelector<HTMLElement>(focusSelector);
    if (target) target.focus();
  }
}

function stateFromOutcome(outcome: GenerateAgreementOk, choice: ExistingDocumentChoice): AgreementCardState {
  switch (outcome.outcome) {
    case 'folder-unreachable':
      return { kind: 'folder', message: outcome.message, onExisting: choice };
    case 'created':
      return { kind: 'created', url: outcome.url, name: outcome.name, pdfUrl: outcome.pdfUrl, warnings: outcome.warnings ?? [] };
    case 'exists':
      return { kind: 'exists', url: outcome.url, name: outcome.name };
    default:
      return { kind: 'opened', url: outcome.url };
  }
}

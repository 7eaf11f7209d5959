/**
 * Överenskommelser: every agreement with its status and document, and
 * "Skapa dokument". Generating again never makes a silent duplicate: when the
 * server answers `exists`, the user chooses here, in the sidebar, between the
 * existing document and a new version. When the workbook's folder is a
 * colleague's (out of this user's reach), the card asks in place whether to use
 * a folder of their own.
 */
import type { AgreementSummaryDto, ExistingDocumentChoice, GenerateAgreementOk, SidebarData } from '../../src/shared/api';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { el, replaceChildren, uniqueId } from '../dom';
import { type AgreementCardActions, type AgreementCardState, renderAgreementCard } from './agreementCard';

const T = SIDEBAR_TEXT.agreements;

export interface AgreementsView {
  root: HTMLElement;
  update(data: SidebarData): void;
}

export interface AgreementsOptions {
  /**
   * Resolves with the server's answer, or null when the call failed (the banner says why).
   * `ownFolder`: the user agreed to a folder of their own (after a 'folder-unreachable' answer).
   */
  generate(agreementId: string, onExisting: ExistingDocumentChoice, ownFolder?: boolean): Promise<GenerateAgreementOk | null>;
}

/** The list and what it remembers between renders: each card's state and element, by agreement ID. */
interface AgreementList {
  list: HTMLElement;
  options: AgreementsOptions;
  agreements: AgreementSummaryDto[];
  states: Map<string, AgreementCardState>;
  cards: Map<string, HTMLElement>;
}

export function createAgreementsView(options: AgreementsOptions): AgreementsView {
  const model: AgreementList = { list: el('ul', { className: 'agreement-list' }), options, agreements: [], states: new Map(), cards: new Map() };
  const headingId = uniqueId('agreements-heading');
  const root = el(
    'div',
    { className: 'view' },
    el('section', { className: 'section', attrs: { 'aria-labelledby': headingId } }, el('h2', { id: headingId, className: 'section-heading' }, T.heading), model.list),
  );
  return {
    root,
    update(data) {
      model.agreements = data.agreements;
      renderAll(model);
    },
  };
}

function renderAll(model: AgreementList): void {
  model.cards.clear();
  if (model.agreements.length === 0) {
    replaceChildren(model.list, el('li', { className: 'empty' }, T.none));
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

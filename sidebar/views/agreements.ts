/**
 * Överenskommelser: every agreement with its status and document, and
 * "Skapa dokument". Generating again never makes a silent duplicate: when the
 * server answers `exists`, the user chooses here, in the sidebar, between the
 * existing document and a new version.
 */
import type { AgreementSummaryDto, ExistingDocumentChoice, GenerateAgreementOk, SidebarData } from '../../src/shared/api';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { el, replaceChildren, uniqueId } from '../dom';
import { documentLink } from '../safeUrl';

const T = SIDEBAR_TEXT.agreements;

type ItemState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'exists'; url: string; name: string }
  | { kind: 'created'; url: string; name: string; pdfUrl: string | null; warnings: string[] }
  | { kind: 'opened'; url: string };

export interface AgreementsView {
  root: HTMLElement;
  update(data: SidebarData): void;
}

export interface AgreementsOptions {
  /** Resolves with the server's answer, or null when the call failed (the banner says why). */
  generate(agreementId: string, onExisting: ExistingDocumentChoice): Promise<GenerateAgreementOk | null>;
}

export function createAgreementsView(options: AgreementsOptions): AgreementsView {
  const states = new Map<string, ItemState>();
  const items = new Map<string, HTMLElement>();
  let agreements: AgreementSummaryDto[] = [];
  const list = el('ul', { className: 'agreement-list' });
  const headingId = uniqueId('agreements-heading');
  const root = el(
    'div',
    { className: 'view' },
    el('section', { className: 'section', attrs: { 'aria-labelledby': headingId } }, el('h2', { id: headingId, className: 'section-heading' }, T.heading), list),
  );

  function stateOf(id: string): ItemState {
    return states.get(id) || { kind: 'idle' };
  }

  function renderAll(): void {
    items.clear();
    if (agreements.length === 0) {
      replaceChildren(list, el('li', { className: 'empty' }, T.none));
      return;
    }
    replaceChildren(list, ...agreements.map((a) => renderItem(a)));
  }

  /** Re-renders one card in place and puts focus on `focusSelector` inside it, if given. */
  function rerender(id: string, focusSelector?: string): void {
    const agreement = agreements.find((a) => a.id === id);
    const old = items.get(id);
    if (!agreement || !old) return;
    const next = renderItem(agreement);
    old.replaceWith(next);
    if (focusSelector) {
      const target = next.querySelector<HTMLElement>(focusSelector);
      if (target) target.focus();
    }
  }

  async function run(id: string, choice: ExistingDocumentChoice): Promise<void> {
    states.set(id, { kind: 'busy' });
    rerender(id);
    const outcome = await options.generate(id, choice);
    if (!outcome) {
      states.set(id, { kind: 'idle' });
      rerender(id, '.js-create');
      return;
    }
    states.set(id, stateFromOutcome(outcome));
    if (outcome.outcome === 'created') {
      // The server wrote Dokument and Status and says what they are now; show
      // that instead of reloading everything, which would also take the focus away.
      agreements = agreements.map((a) => (a.id === id ? { ...a, documentUrl: outcome.url, status: outcome.status } : a));
    }
    rerender(id, outcome.outcome === 'exists' ? '.js-first-choice' : '.js-result-link');
  }

  function renderItem(agreement: AgreementSummaryDto): HTMLElement {
    const state = stateOf(agreement.id);
    const titleId = uniqueId('agreement');
    const busy = state.kind === 'busy';
    const item = el(
      'li',
      { className: agreement.problems.length > 0 ? 'card agreement agreement-invalid' : 'card agreement', attrs: { 'aria-labelledby': titleId, 'data-agreement-id': agreement.id } },
      el(
        'p',
        { className: 'card-title' },
        el('span', { id: titleId }, el('span', { className: 'muted' }, `${agreement.id} · `), agreement.traineeName),
        ' ',
        el('span', { className: `badge ${statusTone(agreement.status)}` }, agreement.status || '–'),
      ),
      agreement.problems.length > 0 ? problemList(agreement.problems) : null,
      el(
        'dl',
        { className: 'facts' },
        el('div', null, el('dt', null, T.supervisor), el('dd', null, agreement.supervisorName || '–')),
        el('div', null, el('dt', null, T.validFrom), el('dd', null, agreement.validFrom || T.noDate)),
        agreement.documentUrl
          ? el('div', null, el('dt', null, T.documentLabel), el('dd', null, documentLink(agreement.documentUrl, T.openDocument)))
          : null,
      ),
      state.kind === 'exists' ? existsQuestion(agreement, state) : null,
      el(
        'div',
        { className: 'button-row', attrs: { hidden: state.kind === 'exists' } },
        el(
          'button',
          {
            className: 'button js-create',
            attrs: {
              type: 'button',
              disabled: busy,
              'aria-busy': busy ? 'true' : null,
              'aria-label': T.createLabel(agreement.id, agreement.traineeName),
            },
            on: { click: () => void run(agreement.id, 'ask') },
          },
          busy ? T.creating : T.create,
        ),
      ),
      el('div', { className: 'item-result', attrs: { role: 'status', 'aria-live': 'polite' } }, resultContent(state)),
    );
    items.set(agreement.id, item);
    return item;
  }

  function existsQuestion(agreement: AgreementSummaryDto, state: { url: string; name: string }): HTMLElement {
    const questionId = uniqueId('exists');
    const open = documentLink(state.url, T.openExisting, 'button button-primary js-first-choice');
    if (open.tagName === 'A') {
      // Let the link open its tab first, then fold the question into a plain link.
      open.addEventListener('click', () =>
        window.setTimeout(() => {
          states.set(agreement.id, { kind: 'opened', url: state.url });
          rerender(agreement.id, '.js-result-link');
        }, 0),
      );
    }
    return el(
      'div',
      { className: 'choice', attrs: { role: 'group', 'aria-labelledby': questionId } },
      el('p', { id: questionId }, T.existsQuestion(state.name)),
      el(
        'div',
        { className: 'button-row' },
        open,
        el(
          'button',
          {
            className: `button ${open.tagName === 'A' ? '' : 'js-first-choice'}`,
            attrs: { type: 'button' },
            on: { click: () => void run(agreement.id, 'new-version') },
          },
          T.newVersion,
        ),
        el(
          'button',
          {
            className: 'button button-quiet',
            attrs: { type: 'button' },
            on: {
              click: () => {
                states.set(agreement.id, { kind: 'idle' });
                rerender(agreement.id, '.js-create');
              },
            },
          },
          T.cancel,
        ),
      ),
    );
  }

  return {
    root,
    update(data) {
      agreements = data.agreements;
      renderAll();
    },
  };
}

function stateFromOutcome(outcome: GenerateAgreementOk): ItemState {
  switch (outcome.outcome) {
    case 'created':
      return { kind: 'created', url: outcome.url, name: outcome.name, pdfUrl: outcome.pdfUrl, warnings: outcome.warnings ?? [] };
    case 'exists':
      return { kind: 'exists', url: outcome.url, name: outcome.name };
    default:
      return { kind: 'opened', url: outcome.url };
  }
}

function resultContent(state: ItemState): HTMLElement | null {
  if (state.kind === 'created') {
    return el(
      'div',
      null,
      el(
        'p',
        { className: 'success' },
        T.created(state.name),
        ' ',
        documentLink(state.url, T.openDocument, 'link js-result-link'),
        state.pdfUrl ? el('span', null, ' · ', documentLink(state.pdfUrl, T.pdfCopy)) : null,
      ),
      ...state.warnings.map((warning) => el('p', { className: 'warning js-result-warning' }, warning)),
    );
  }
  if (state.kind === 'opened') {
    return el('p', null, T.opened, ' ', documentLink(state.url, T.openDocument, 'link js-result-link'));
  }
  return null;
}

/** The row's validation problems; "Skapa dokument" stays, and the server then says exactly what blocks it. */
function problemList(problems: string[]): HTMLElement {
  return el(
    'div',
    { className: 'problems js-agreement-problems' },
    el('p', { className: 'problems-title' }, T.problemsTitle(problems.length)),
    el('ul', null, ...problems.map((problem) => el('li', null, problem))),
  );
}

function statusTone(status: string): string {
  const C = SIDEBAR_TEXT.contract;
  if (status === C.agreementSigned) return 'badge-ok';
  if (status === C.agreementCreated) return 'badge-info';
  if (status === C.agreementReplaced) return 'badge-muted';
  return 'badge-neutral';
}

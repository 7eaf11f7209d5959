/**
 * One agreement's card: title and status, validation problems, facts, the
 * "exists" question, "Skapa dokument" and the outcome. It only renders; what
 * a button does comes in as AgreementCardActions.
 */
import type { AgreementSummaryDto, ExistingDocumentChoice } from '../../src/shared/api';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { el, uniqueId } from '../dom';
import { documentLink } from '../safeUrl';

const T = SIDEBAR_TEXT.agreements;

export type AgreementCardState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'exists'; url: string; name: string }
  /** The workbook's folder is out of this user's reach: use one of their own? (`onExisting`: the choice to repeat.) */
  | { kind: 'folder'; message: string; onExisting: ExistingDocumentChoice }
  | { kind: 'created'; url: string; name: string; pdfUrl: string | null; warnings: string[] }
  | { kind: 'opened'; url: string };

export interface AgreementCardActions {
  create(): void;
  newVersion(): void;
  /** The user agreed to a folder of their own. */
  useOwnFolder(): void;
  cancel(): void;
  /** The user opened the existing document from the question. */
  openedExisting(url: string): void;
}

export function renderAgreementCard(agreement: AgreementSummaryDto, state: AgreementCardState, actions: AgreementCardActions): HTMLElement {
  const titleId = uniqueId('agreement');
  const invalid = agreement.problems.length > 0;
  return el(
    'li',
    { className: invalid ? 'card agreement agreement-invalid' : 'card agreement', attrs: { 'aria-labelledby': titleId, 'data-agreement-id': agreement.id } },
    cardTitle(agreement, titleId),
    invalid ? problemList(agreement.problems) : null,
    facts(agreement),
    state.kind === 'exists' ? existsQuestion(state, actions) : null,
    state.kind === 'folder' ? folderQuestion(state.message, actions) : null,
    createButtonRow(agreement, state, actions),
    el('div', { className: 'item-result', attrs: { role: 'status', 'aria-live': 'polite' } }, resultContent(state)),
  );
}

function cardTitle(agreement: AgreementSummaryDto, titleId: string): HTMLElement {
  return el(
    'p',
    { className: 'card-title' },
    el('span', { id: titleId }, el('span', { className: 'muted' }, `${agreement.id} · `), agreement.traineeName),
    ' ',
    el('span', { className: `badge ${statusTone(agreement.status)}` }, agreement.status || '–'),
  );
}

function facts(agreement: AgreementSummaryDto): HTMLElement {
  return el(
    'dl',
    { className: 'facts' },
    el('div', null, el('dt', null, T.supervisor), el('dd', null, agreement.supervisorName || '–')),
    el('div', null, el('dt', null, T.validFrom), el('dd', null, agreement.validFrom || T.noDate)),
    agreement.documentUrl
      ? el('div', null, el('dt', null, T.documentLabel), el('dd', null, documentLink(agreement.documentUrl, T.openDocument)))
      : null,
  );
}

/** "Skapa dokument", hidden while a question stands in its place. */
function createButtonRow(agreement: AgreementSummaryDto, state: AgreementCardState, actions: AgreementCardActions): HTMLElement {
  const busy = state.kind === 'busy';
  return el(
    'div',
    { className: 'button-row', attrs: { hidden: state.kind === 'exists' || state.kind === 'folder' } },
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
        on: { click: () => actions.create() },
      },
      busy ? T.creating : T.create,
    ),
  );
}

function existsQuestion(state: { url: string; name: string }, actions: AgreementCardActions): HTMLElement {
  const questionId = uniqueId('exists');
  const open = documentLink(state.url, T.openExisting, 'button button-primary js-first-choice');
  const isLink = open.tagName === 'A';
  // Let the link open its tab first, then fold the question into a plain link.
  if (isLink) open.addEventListener('click', () => window.setTimeout(() => actions.openedExisting(state.url), 0));
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
        { className: `button ${isLink ? '' : 'js-first-choice'}`, attrs: { type: 'button' }, on: { click: () => actions.newVersion() } },
        T.newVersion,
      ),
      el('button', { className: 'button button-quiet', attrs: { type: 'button' }, on: { click: () => actions.cancel() } }, T.cancel),
    ),
  );
}

function folderQuestion(message: string, actions: AgreementCardActions): HTMLElement {
  const questionId = uniqueId('folder');
  return el(
    'div',
    { className: 'choice', attrs: { role: 'group', 'aria-labelledby': questionId } },
    el('p', { id: questionId }, message),
    el(
      'div',
      { className: 'button-row' },
      el('button', { className: 'button button-primary js-first-choice', attrs: { type: 'button' }, on: { click: () => actions.useOwnFolder() } }, T.useOwnFolder),
      el('button', { className: 'button button-quiet', attrs: { type: 'button' }, on: { click: () => actions.cancel() } }, T.cancel),
    ),
  );
}

function resultContent(state: AgreementCardState): HTMLElement | null {
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

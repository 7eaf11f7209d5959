/**
 * The two places the sidebar talks back: an error banner (role="alert") and a
 * polite status line (aria-live) for confirmations and progress.
 */
import { SIDEBAR_TEXT } from '../src/shared/messages/sidebar';
import { byId, el, replaceChildren } from './dom';
import { ServerCallError, asServerCallError } from './serverClient';

const T = SIDEBAR_TEXT;

export function showError(error: unknown): void {
  const failure = asServerCallError(error);
  const banner = byId('banner');
  const details =
    failure.detail && failure.kind !== 'failure'
      ? el('details', { className: 'banner-details' }, el('summary', null, T.technicalDetails), el('pre', null, failure.detail))
      : null;
  replaceChildren(
    banner,
    el(
      'div',
      { className: 'banner-body' },
      el('p', { className: 'banner-title' }, T.errorTitle),
      el('p', { className: 'banner-message' }, failure.userMessage),
      details,
    ),
    el(
      'button',
      {
        className: 'icon-button',
        attrs: { type: 'button', 'aria-label': T.dismissBanner, title: T.close },
        on: { click: clearError },
      },
      '×',
    ),
  );
  banner.hidden = false;
}

export function clearError(): void {
  const banner = byId('banner');
  banner.hidden = true;
  replaceChildren(banner);
}

let pendingStatus: number | undefined;

/** Announces a short confirmation; `tone` picks the colour, the text is what matters. */
export function showStatus(message: string, tone: 'info' | 'success' = 'info'): void {
  const status = byId('status');
  window.clearTimeout(pendingStatus);
  status.dataset.tone = tone;
  // Clearing first, then writing a moment later, makes screen readers announce
  // a repeated identical message too.
  replaceChildren(status);
  pendingStatus = window.setTimeout(() => replaceChildren(status, message), 30);
}

export function clearStatus(): void {
  window.clearTimeout(pendingStatus);
  replaceChildren(byId('status'));
}

export { ServerCallError };

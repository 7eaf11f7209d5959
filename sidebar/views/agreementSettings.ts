/**
 * Where agreement documents go and whether a PDF copy is made. Loaded the
 * first time the user opens the section, so the sidebar starts with one call.
 */
import type { AgreementSettingsDto, SaveAgreementSettingsInput } from '../../src/shared/api';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { el, replaceChildren, uniqueId } from '../dom';
import { documentLink } from '../safeUrl';

const T = SIDEBAR_TEXT.agreementSettings;

export interface AgreementSettingsOptions {
  /** Resolves with the settings, or null when the call failed (the banner says why). */
  load(): Promise<AgreementSettingsDto | null>;
  /** A failure carries the server's Swedish message: the banner shows it, and so does the form. */
  save(input: SaveAgreementSettingsInput): Promise<{ ok: true; settings: AgreementSettingsDto } | { ok: false; message: string }>;
}

export function createAgreementSettingsView(options: AgreementSettingsOptions): HTMLElement {
  const folderId = uniqueId('folder');
  const pdfId = uniqueId('pdf');
  const hintId = uniqueId('folder-hint');
  const current = el('p', { className: 'js-folder-current' });
  const folderInput = el('input', { id: folderId, className: 'input js-folder-input', attrs: { type: 'text', 'aria-describedby': hintId, autocomplete: 'off' } });
  const pdfBox = el('input', { id: pdfId, className: 'js-pdf', attrs: { type: 'checkbox' } });
  const saveButton = el('button', { className: 'button js-save-settings', attrs: { type: 'submit' } }, T.save);
  const message = el('p', { className: 'js-settings-message', attrs: { role: 'status', 'aria-live': 'polite' } });
  // Beside the form, where the user is looking; the banner at the top says the same, as for every failure.
  const errorId = uniqueId('settings-error');
  const error = el('p', { id: errorId, className: 'settings-error js-settings-error', attrs: { role: 'alert' } });
  const form = el(
    'form',
    { className: 'settings-form' },
    current,
    el('label', { attrs: { for: folderId } }, T.folderInput),
    folderInput,
    el('p', { id: hintId, className: 'hint' }, T.folderHint),
    el('p', { className: 'checkbox-row' }, pdfBox, ' ', el('label', { attrs: { for: pdfId } }, T.pdf)),
    saveButton,
    error,
    message,
  );
  const details = el('details', { className: 'section agreement-settings' }, el('summary', null, T.heading), form);

  function show(settings: AgreementSettingsDto): void {
    replaceChildren(
      current,
      settings.folderUrl ? el('span', null, `${T.folderInUse} `, documentLink(settings.folderUrl, T.openFolder)) : T.folderNotYet,
    );
    pdfBox.checked = settings.pdf;
  }

  function showFormError(text: string | null): void {
    replaceChildren(error, text ? `${T.notSaved} ${text}` : '');
    if (text && folderInput.value.trim() !== '') {
      folderInput.setAttribute('aria-invalid', 'true');
      folderInput.setAttribute('aria-describedby', `${errorId} ${hintId}`);
    } else {
      folderInput.removeAttribute('aria-invalid');
      folderInput.setAttribute('aria-describedby', hintId);
    }
  }

  // Typing a new folder starts over: the old refusal no longer applies.
  folderInput.addEventListener('input', () => {
    if (error.textContent) showFormError(null);
  });

  let loaded = false;
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    const settings = await options.load();
    if (settings) {
      loaded = true;
      show(settings);
    }
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    saveButton.disabled = true;
    replaceChildren(message);
    showFormError(null);
    const folder = folderInput.value.trim();
    const reply = await options.save(folder ? { folder, pdf: pdfBox.checked } : { pdf: pdfBox.checked });
    saveButton.disabled = false;
    if (!reply.ok) {
      showFormError(reply.message);
      if (folder) folderInput.focus();
      return;
    }
    folderInput.value = '';
    show(reply.settings);
    replaceChildren(message, T.saved);
  });

  return details;
}

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
  /** Each resolves with the settings, or null when the call failed (the banner says why). */
  load(): Promise<AgreementSettingsDto | null>;
  save(input: SaveAgreementSettingsInput): Promise<AgreementSettingsDto | null>;
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
  const form = el(
    'form',
    { className: 'settings-form' },
    current,
    el('label', { attrs: { for: folderId } }, T.folderInput),
    folderInput,
    el('p', { id: hintId, className: 'hint' }, T.folderHint),
    el('p', { className: 'checkbox-row' }, pdfBox, ' ', el('label', { attrs: { for: pdfId } }, T.pdf)),
    saveButton,
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
    const folder = folderInput.value.trim();
    const settings = await options.save(folder ? { folder, pdf: pdfBox.checked } : { pdf: pdfBox.checked });
    saveButton.disabled = false;
    if (!settings) return;
    folderInput.value = '';
    show(settings);
    replaceChildren(message, T.saved);
  });

  return details;
}

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

interface SettingsForm {
  form: HTMLFormElement;
  current: HTMLElement;
  folderInput: HTMLInputElement;
  pdfBox: HTMLInputElement;
  saveButton: HTMLButtonElement;
  message: HTMLElement;
  error: HTMLElement;
  errorId: string;
  hintId: string;
}

function createSettingsForm(): SettingsForm {
  const folderId = uniqueId('folder');
  const pdfId = uniqueId('pdf');
  const hintId = uniqueId('folder-hint');
  const errorId = uniqueId('settings-error');
  const parts = {
    current: el('p', { className: 'js-folder-current' }),
    folderInput: el('input', { id: folderId, className: 'input js-folder-input', attrs: { type: 'text', 'aria-describedby': hintId, autocomplete: 'off' } }),
    pdfBox: el('input', { id: pdfId, className: 'js-pdf', attrs: { type: 'checkbox' } }),
    saveButton: el('button', { className: 'button js-save-settings', attrs: { type: 'submit' } }, T.save),
    message: el('p', { className: 'js-settings-message', attrs: { role: 'status', 'aria-live': 'polite' } }),
    // Beside the form, where the user is looking; the banner at the top says the same, as for every failure.
    error: el('p', { id: errorId, className: 'settings-error js-settings-error', attrs: { role: 'alert' } }),
  };
  const form = el(
    'form',
    { className: 'settings-form' },
    parts.current,
    el('label', { attrs: { for: folderId } }, T.folderInput),
    parts.folderInput,
    el('p', { id: hintId, className: 'hint' }, T.folderHint),
    el('p', { className: 'checkbox-row' }, parts.pdfBox, ' ', el('label', { attrs: { for: pdfId } }, T.pdf)),
    parts.saveButton,
    parts.error,
    parts.message,
  );
  return { form, ...parts, errorId, hintId };
}

function showSettings(f: SettingsForm, settings: AgreementSettingsDto): void {
  replaceChildren(
    f.current,
    settings.folderUrl
      ? el('span', null, `${T.folderInUse} `, documentLink(settings.folderUrl, T.openFolder))
      : settings.folderOfColleague
        ? T.folderOfColleague
        : T.folderNotYet,
  );
  f.pdfBox.checked = settings.pdf;
}

/** The server's refusal beside the form; the folder field is marked when it was the cause. */
function showFormError(f: SettingsForm, text: string | null): void {
  replaceChildren(f.error, text ? `${T.notSaved} ${text}` : '');
  if (text && f.folderInput.value.trim() !== '') {
    f.folderInput.setAttribute('aria-invalid', 'true');
    f.folderInput.setAttribute('aria-describedby', `${f.errorId} ${f.hintId}`);
  } else {
    f.folderInput.removeAttribute('aria-invalid');
    f.folderInput.setAttribute('aria-describedby', f.hintId);
  }
}

async function save(f: SettingsForm, options: AgreementSettingsOptions): Promise<void> {
  f.saveButton.disabled = true;
  replaceChildren(f.message);
  showFormError(f, null);
  const folder = f.folderInput.value.trim();
  const reply = await options.save(folder ? { folder, pdf: f.pdfBox.checked } : { pdf: f.pdfBox.checked });
  f.saveButton.disabled = false;
  if (!reply.ok) {
    showFormError(f, reply.message);
    if (folder) f.folderInput.focus();
    return;
  }
  f.folderInput.value = '';
  showSettings(f, reply.settings);
  replaceChildren(f.message, T.saved);
}

export function createAgreementSettingsView(options: AgreementSettingsOptions): HTMLElement {
  const f = createSettingsForm();
  const details = el('details', { className: 'section agreement-settings' }, el('summary', null, T.heading), f.form);
  // Typing a new folder starts over: the old refusal no longer applies.
  f.folderInput.addEventListener('input', () => {
    if (f.error.textContent) showFormError(f, null);
  });
  let loaded = false;
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    const settings = await options.load();
    if (settings) {
      loaded = true;
      showSettings(f, settings);
    }
  });
  f.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save(f, options);
  });
  return details;
}

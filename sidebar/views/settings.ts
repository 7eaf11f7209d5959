/**
 * Inställningar (issue #6.5): every setting of src/domain/settings.ts with its
 * value, default, unit and Swedish description, as the server describes them
 * (getSettings), so a setting added there appears here without a change.
 * Loaded the first time the tab is shown. An empty field means the default.
 */
import type { SaveSettingsInput, SettingDto, SettingsDto } from '../../src/shared/api';
import { SETTINGS_VIEW_TEXT } from '../../src/shared/messages/settingsView';
import { whileBusy } from '../busyButton';
import { el, replaceChildren, uniqueId } from '../dom';
import { fieldValue, shownValue } from '../settingValue';

const T = SETTINGS_VIEW_TEXT;

export interface SettingsViewOptions {
  /** Resolves with the settings, or null when the call failed (the banner says why). */
  load(): Promise<SettingsDto | null>;
  save(input: SaveSettingsInput): Promise<{ ok: true; view: SettingsDto } | { ok: false; message: string }>;
}

export interface SettingsView {
  root: HTMLElement;
  /** Loads the settings the first time (and again after a failed load). */
  show(): void;
}

interface Control {
  setting: SettingDto;
  input: HTMLInputElement | HTMLSelectElement;
}

function settingControl(setting: SettingDto, describedBy: string): Control['input'] {
  if (setting.kind === 'choice') {
    const select = el('select', { className: 'input', attrs: { 'aria-describedby': describedBy } });
    for (const choice of setting.choices) select.append(el('option', { attrs: { value: choice } }, choice));
    select.value = String(setting.value);
    return select;
  }
  return el('input', {
    className: 'input input-short',
    attrs: {
      type: 'text',
      inputmode: setting.kind === 'integer' ? 'numeric' : 'decimal',
      autocomplete: 'off',
      'aria-describedby': describedBy,
      value: setting.overridden ? shownValue(setting.value) : '',
      placeholder: shownValue(setting.defaultValue),
    },
  });
}

function settingField(setting: SettingDto): { field: HTMLElement; control: Control } {
  const inputId = uniqueId(`setting-${setting.key}`);
  const hintId = `${inputId}-hint`;
  const input = settingControl(setting, hintId);
  input.id = inputId;
  input.name = setting.key;
  const field = el(
    'div',
    { className: 'field setting', attrs: { 'data-setting': setting.key } },
    el(
      'label',
      { className: 'label', attrs: { for: inputId } },
      setting.label,
      setting.unit ? el('span', { className: 'muted' }, ` (${setting.unit})`) : null,
    ),
    input,
    el(
      'p',
      { id: hintId, className: 'hint' },
      setting.description,
      ' ',
      el('span', { className: 'setting-default' }, T.defaultIs(shownValue(setting.defaultValue))),
      setting.overridden ? el('span', { className: 'badge setting-changed' }, T.changed) : null,
    ),
  );
  return { field, control: { setting, input } };
}

export function createSettingsView(options: SettingsViewOptions): SettingsView {
  const headingId = uniqueId('settings-heading');
  const problems = el('div', { className: 'settings-problems' });
  const fields = el('div', { className: 'settings-fields' });
  const saveButton = el('button', { className: 'button button-primary', attrs: { type: 'submit' } }, T.save);
  const error = el('p', { className: 'settings-error js-settings-form-error', attrs: { role: 'alert' } });
  const message = el('p', { className: 'muted small', attrs: { role: 'status', 'aria-live': 'polite' } });
  const form = el('form', { className: 'form settings-view-form', attrs: { 'aria-labelledby': headingId, hidden: true } }, fields, saveButton, error, message);
  const loading = el('p', { className: 'muted' }, T.loading);
  const root = el(
    'section',
    { className: 'section settings-view', attrs: { 'aria-labelledby': headingId } },
    el('h2', { id: headingId, className: 'section-heading' }, T.heading),
    el('p', { className: 'hint' }, T.intro),
    problems,
    loading,
    form,
  );
  let controls: Control[] = [];
  let loaded = false;
  let loadingNow = false;

  function render(view: SettingsDto): void {
    loaded = true;
    loading.hidden = true;
    form.hidden = false;
    replaceChildren(
      problems,
      view.problems.length
        ? el('div', { className: 'warning' }, el('p', null, T.problemsTitle), el('ul', null, ...view.problems.map((p) => el('li', null, p))))
        : null,
    );
    const built = view.settings.map(settingField);
    controls = built.map((b) => b.control);
    replaceChildren(fields, ...built.map((b) => b.field));
  }

  async function save(): Promise<void> {
    replaceChildren(error);
    replaceChildren(message);
    const values: SaveSettingsInput['values'] = {};
    for (const { setting, input } of controls) values[setting.key] = fieldValue(setting, input.value);
    const reply = await options.save({ values });
    if (!reply.ok) {
      replaceChildren(error, `${T.notSaved} ${reply.message}`);
      return;
    }
    render(reply.view);
    replaceChildren(message, T.saved);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileBusy(saveButton, T.saving, save);
  });

  return {
    root,
    show() {
      if (loaded || loadingNow) return;
      loadingNow = true;
      void options.load().then((view) => {
        loadingNow = false;
        if (view) render(view);
      });
    },
  };
}

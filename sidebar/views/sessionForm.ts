/**
 * The "Registrera samtal" form itself: its controls, what they hold, their
 * errors and their choices. The view (logSession.ts) decides when each happens.
 */
import type { PersonOptionDto, SidebarData } from '../../src/shared/api';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { MAX_SESSION_NOTE_LENGTH } from '../../src/shared/sessionRules';
import type { PickerOption } from '../combobox';
import { el, replaceChildren, uniqueId } from '../dom';
import { type Field, type PickerField, field, fillSelect, pickerField, setFieldError } from '../formField';
import { type PageSearch, personPicker } from '../personPicker';
import type { SessionField, SessionFormValues } from '../sessionInput';

const T = SIDEBAR_TEXT.logSession;
const C = SIDEBAR_TEXT.contract;

export interface SessionForm {
  form: HTMLFormElement;
  date: Field<HTMLInputElement>;
  trainee: PickerField;
  supervisor: PickerField;
  type: Field<HTMLSelectElement>;
  minutes: Field<HTMLInputElement>;
  documented: HTMLInputElement;
  note: Field<HTMLTextAreaElement>;
  submit: HTMLButtonElement;
  reset: HTMLButtonElement;
  /** "Check the marked fields" above the buttons. */
  summary: HTMLElement;
  /** The server's confirmation below the buttons. */
  result: HTMLElement;
}

/** Where the form's pickers search, and what happens when a trainee is chosen. */
export interface SessionFormSearch {
  trainees: PageSearch<PersonOptionDto>;
  supervisors: PageSearch<PersonOptionDto>;
  onTraineeChosen(option: PickerOption | null): void;
}

export function createSessionForm(search: SessionFormSearch): SessionForm {
  const parts = { ...createFields(search), ...createActions() };
  const headingId = uniqueId('log-heading');
  const form = el(
    'form',
    { className: 'form', attrs: { novalidate: true, 'aria-labelledby': headingId } },
    el('h2', { id: headingId, className: 'section-heading' }, T.heading),
    el('p', { className: 'muted small' }, T.intro),
    parts.date.wrapper,
    parts.trainee.wrapper,
    parts.supervisor.wrapper,
    parts.type.wrapper,
    parts.minutes.wrapper,
    parts.documentedRow,
    parts.note.wrapper,
    parts.summary,
    el('div', { className: 'button-row' }, parts.submit, parts.reset),
    parts.result,
  );
  return { form, ...parts };
}

function createFields(search: SessionFormSearch) {
  const date = field('date', T.date, el('input', { className: 'input', attrs: { type: 'date', required: true } }));
  const traineePicker = personPicker(search.trainees, { placeholder: T.traineePlaceholder, listLabel: T.trainee }, search.onTraineeChosen);
  traineePicker.input.required = true;
  const trainee = pickerField('trainee', T.trainee, traineePicker);
  const supervisorPicker = personPicker(search.supervisors, { placeholder: T.supervisorPlaceholder, listLabel: T.supervisor });
  const supervisor = pickerField('supervisor', T.supervisor, supervisorPicker, T.supervisorOptional);
  const type = field('type', T.type, el('select', { className: 'input', attrs: { required: true } }));
  const minutes = field(
    'minutes',
    T.minutes,
    el('input', { className: 'input input-short', attrs: { type: 'number', min: 0, step: 1, inputmode: 'numeric' } }),
  );
  const documentedId = uniqueId('documented');
  const documented = el('input', { id: documentedId, attrs: { type: 'checkbox' } });
  const documentedRow = el('div', { className: 'field field-check' }, documented, el('label', { attrs: { for: documentedId } }, T.documented));
  const noteHintId = uniqueId('note-hint');
  const note = field(
    'note',
    T.note,
    el('textarea', { className: 'input', attrs: { rows: 3, maxlength: MAX_SESSION_NOTE_LENGTH } }),
    el('p', { id: noteHintId, className: 'hint hint-warning' }, T.noteReminder),
  );
  return { date, trainee, supervisor, type, minutes, documented, documentedRow, note };
}

function createActions() {
  return {
    submit: el('button', { className: 'button button-primary', attrs: { type: 'submit' } }, T.submit),
    reset: el('button', { className: 'button', attrs: { type: 'button' } }, T.reset),
    summary: el('p', { className: 'form-error', attrs: { role: 'alert' } }),
    result: el('p', { className: 'form-result', attrs: { role: 'status', 'aria-live': 'polite' } }),
  };
}

export function readSessionForm(f: SessionForm): SessionFormValues {
  return {
    date: f.date.control.value,
    traineeId: f.trainee.picker.chosen()?.id ?? '',
    traineePending: f.trainee.picker.pending(),
    supervisorId: f.supervisor.picker.chosen()?.id ?? '',
    supervisorPending: f.supervisor.picker.pending(),
    type: f.type.control.value,
    minutes: f.minutes.control.value,
    documented: f.documented.checked,
    note: f.note.control.value,
  };
}

/** Marks each checked field, says so above the buttons and moves focus to the first mistake. */
export function showSessionErrors(f: SessionForm, errors: Partial<Record<SessionField, string>>): void {
  // In form order, so focus lands on the first mistake from the top.
  const checked: Array<[SessionField, Field<HTMLInputElement | HTMLSelectElement>]> = [
    ['date', f.date],
    ['traineeId', f.trainee],
    ['supervisorId', f.supervisor],
    ['type', f.type],
    ['minutes', f.minutes],
  ];
  let first: HTMLElement | null = null;
  for (const [name, checkedField] of checked) {
    const message = errors[name];
    setFieldError(checkedField, message);
    if (message && !first) first = checkedField.control;
  }
  replaceChildren(f.summary, first ? T.errors.summary : '');
  if (first) first.focus();
}

/** Empties every field (the date back to today) and clears the errors. */
export function clearSessionForm(f: SessionForm, today: string): void {
  f.date.control.value = today;
  f.trainee.picker.clear();
  f.supervisor.picker.clear();
  f.type.control.value = '';
  f.minutes.control.value = '';
  f.documented.checked = false;
  f.note.control.value = '';
  showSessionErrors(f, {});
}

/** The session types, and no date after today. People are searched as the user types. */
export function fillSessionChoices(f: SessionForm, data: SidebarData): void {
  f.date.control.max = data.today;
  fillSelect(f.type.control, T.typePlaceholder, data.sessionTypes.map((t) => ({ value: t, label: t })));
}

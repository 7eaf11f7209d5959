/**
 * The "Registrera samtal" form itself: its controls, what they hold, their
 * errors and their choices. The view (logSession.ts) decides when each happens.
 */
import type { SidebarData } from '../../src/shared/api';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { MAX_SESSION_NOTE_LENGTH } from '../../src/shared/sessionRules';
import { el, replaceChildren, uniqueId } from '../dom';
import { type Field, field, fillSelect, setFieldError } from '../formField';
import type { SessionField, SessionFormValues } from '../sessionInput';

const T = SIDEBAR_TEXT.logSession;
const C = SIDEBAR_TEXT.contract;

export interface SessionForm {
  form: HTMLFormElement;
  date: Field<HTMLInputElement>;
  trainee: Field<HTMLSelectElement>;
  supervisor: Field<HTMLSelectElement>;
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

type Choice = { value: string; label: string };

export function createSessionForm(): SessionForm {
  const parts = { ...createFields(), ...createActions() };
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

function createFields() {
  const date = field('date', T.date, el('input', { className: 'input', attrs: { type: 'date', required: true } }));
  const trainee = field('trainee', T.trainee, el('select', { className: 'input', attrs: { required: true } }));
  const supervisor = field('supervisor', T.supervisor, el('select', { className: 'input' }), null, T.supervisorOptional);
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
    traineeId: f.trainee.control.value,
    supervisorId: f.supervisor.control.value,
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
  f.trainee.control.value = '';
  f.supervisor.control.value = '';
  f.type.control.value = '';
  f.minutes.control.value = '';
  f.documented.checked = false;
  f.note.control.value = '';
  showSessionErrors(f, {});
}

/** Offers the workbook's trainees, supervisors and session types, keeping choices that still exist. */
export function fillSessionChoices(f: SessionForm, data: SidebarData): void {
  f.date.control.max = data.today;
  fillSelect(f.trainee.control, T.traineePlaceholder, traineeChoices(data.trainees));
  fillSelect(f.supervisor.control, T.supervisorNone, byName(data.supervisors).map((s) => ({ value: s.id, label: s.name })));
  fillSelect(f.type.control, T.typePlaceholder, data.sessionTypes.map((t) => ({ value: t, label: t })));
}

/** A trainee who is not active says so after the name. */
function traineeChoices(trainees: SidebarData['trainees']): Choice[] {
  return byName(trainees).map((t) => ({
    value: t.id,
    label: t.status && t.status !== C.activeStatus ? `${t.name} (${t.status})` : t.name,
  }));
}

function byName<P extends { name: string }>(people: P[]): P[] {
  return people.slice().sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

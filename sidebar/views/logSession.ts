/**
 * Registrera samtal: the form that appends one row to Samtal through
 * server.logSession. Client checks run first (sessionInput.ts); the server's
 * answer — a row number or a Swedish message — is what counts.
 */
import type { LogSessionInput, SidebarData } from '../../src/shared/api';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { MAX_SESSION_NOTE_LENGTH } from '../../src/shared/sessionRules';
import { el, replaceChildren, uniqueId } from '../dom';
import { type SessionField, checkSessionForm, defaultMinutesFor } from '../sessionInput';

const T = SIDEBAR_TEXT.logSession;
const C = SIDEBAR_TEXT.contract;

export interface LogSessionView {
  root: HTMLElement;
  update(data: SidebarData): void;
  /** Preselects a trainee (from the overview) and their main supervisor, and moves focus into the form. */
  selectTrainee(traineeId: string): void;
}

export interface LogSessionOptions {
  /** Resolves with the row written, or null when the call failed (the banner already says why). */
  submit(input: LogSessionInput): Promise<number | null>;
}

interface Field<E extends HTMLElement> {
  wrapper: HTMLElement;
  control: E;
  error: HTMLElement;
  hintId: string | null;
}

export function createLogSessionView(options: LogSessionOptions): LogSessionView {
  let today = '';
  let minutesTouched = false;
  /** Trainee ID → the supervisor to preselect (agreement in force, else Huvudhandledare). */
  let mainSupervisorOf = new Map<string, string>();

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
  const noteHintId = uniqueId('note-hint');
  const note = field(
    'note',
    T.note,
    el('textarea', { className: 'input', attrs: { rows: 3, maxlength: MAX_SESSION_NOTE_LENGTH } }),
    el('p', { id: noteHintId, className: 'hint hint-warning' }, T.noteReminder),
  );
  const submit = el('button', { className: 'button button-primary', attrs: { type: 'submit' } }, T.submit);
  const reset = el('button', { className: 'button', attrs: { type: 'button' } }, T.reset);
  const summary = el('p', { className: 'form-error', attrs: { role: 'alert' } });
  const result = el('p', { className: 'form-result', attrs: { role: 'status', 'aria-live': 'polite' } });
  const headingId = uniqueId('log-heading');

  const checks: Record<SessionField, Field<HTMLInputElement | HTMLSelectElement>> = {
    date,
    traineeId: trainee,
    type,
    minutes,
  };

  const form = el(
    'form',
    { className: 'form', attrs: { novalidate: true, 'aria-labelledby': headingId } },
    el('h2', { id: headingId, className: 'section-heading' }, T.heading),
    el('p', { className: 'muted small' }, T.intro),
    date.wrapper,
    trainee.wrapper,
    supervisor.wrapper,
    type.wrapper,
    minutes.wrapper,
    el('div', { className: 'field field-check' }, documented, el('label', { attrs: { for: documentedId } }, T.documented)),
    note.wrapper,
    summary,
    el('div', { className: 'button-row' }, submit, reset),
    result,
  );

  // Choosing a trainee fills in their main supervisor, unless the user already chose one.
  trainee.control.addEventListener('change', () => {
    if (supervisor.control.value === '') preselectSupervisor(trainee.control.value);
  });
  type.control.addEventListener('change', () => {
    if (!minutesTouched) minutes.control.value = defaultMinutesFor(type.control.value);
  });
  minutes.control.addEventListener('input', () => {
    minutesTouched = true;
  });
  reset.addEventListener('click', () => {
    resetForm();
    replaceChildren(result);
    date.control.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void onSubmit();
  });

  async function onSubmit(): Promise<void> {
    replaceChildren(result);
    const check = checkSessionForm(
      {
        date: date.control.value,
        traineeId: trainee.control.value,
        supervisorId: supervisor.control.value,
        type: type.control.value,
        minutes: minutes.control.value,
        documented: documented.checked,
        note: note.control.value,
      },
      today,
    );
    showErrors(check.ok ? {} : check.errors);
    if (!check.ok) return;
    submit.disabled = true;
    submit.setAttribute('aria-busy', 'true');
    replaceChildren(submit, T.submitting);
    try {
      const row = await options.submit(check.input);
      if (row !== null) {
        resetForm();
        replaceChildren(result, T.success(row));
      }
    } finally {
      submit.disabled = false;
      submit.removeAttribute('aria-busy');
      replaceChildren(submit, T.submit);
    }
  }

  function showErrors(errors: Partial<Record<SessionField, string>>): void {
    let first: HTMLElement | null = null;
    for (const [name, f] of Object.entries(checks) as Array<[SessionField, Field<HTMLInputElement | HTMLSelectElement>]>) {
      const message = errors[name];
      setFieldError(f, message);
      if (message && !first) first = f.control;
    }
    replaceChildren(summary, first ? T.errors.summary : '');
    if (first) first.focus();
  }

  /** Sets Handledare to the trainee's main supervisor when the list offers it; returns whether it did. */
  function preselectSupervisor(traineeId: string): boolean {
    const id = mainSupervisorOf.get(traineeId);
    if (!id || !Array.from(supervisor.control.options).some((o) => o.value === id)) return false;
    supervisor.control.value = id;
    return true;
  }

  function resetForm(): void {
    date.control.value = today;
    trainee.control.value = '';
    supervisor.control.value = '';
    type.control.value = '';
    minutes.control.value = '';
    minutesTouched = false;
    documented.checked = false;
    note.control.value = '';
    showErrors({});
  }

  return {
    root: el('div', { className: 'view' }, form),
    update(data) {
      const first = today === '';
      today = data.today;
      date.control.max = data.today;
      mainSupervisorOf = new Map(
        data.trainees.filter((t) => t.mainSupervisorId).map((t) => [t.id, t.mainSupervisorId as string]),
      );
      fillSelect(
        trainee.control,
        T.traineePlaceholder,
        data.trainees
          .slice()
          .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
          .map((t) => ({ value: t.id, label: t.status && t.status !== C.activeStatus ? `${t.name} (${t.status})` : t.name })),
      );
      fillSelect(
        supervisor.control,
        T.supervisorNone,
        data.supervisors
          .slice()
          .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
          .map((s) => ({ value: s.id, label: s.name })),
      );
      fillSelect(type.control, T.typePlaceholder, data.sessionTypes.map((t) => ({ value: t, label: t })));
      if (first) resetForm();
    },
    selectTrainee(traineeId) {
      trainee.control.value = traineeId;
      // A new session for this trainee: their main supervisor, which the user can change.
      if (!preselectSupervisor(traineeId)) supervisor.control.value = '';
      setFieldError(trainee, undefined);
      replaceChildren(result);
      date.control.focus();
    },
  };
}

/** Label, then the hint (read before typing), then the control and its error. */
function field<E extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
  name: string,
  label: string,
  control: E,
  hint: HTMLElement | null = null,
  labelSuffix: string | null = null,
): Field<E> {
  const id = uniqueId(name);
  control.id = id;
  control.name = name;
  const error = el('p', { id: `${id}-error`, className: 'field-error', attrs: { hidden: true } });
  const wrapper = el(
    'div',
    { className: 'field' },
    el('label', { className: 'label', attrs: { for: id } }, label, labelSuffix ? el('span', { className: 'muted' }, ` ${labelSuffix}`) : null),
    hint,
    control,
    error,
  );
  const hintId = hint ? hint.id : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return { wrapper, control, error, hintId };
}

function setFieldError(f: Field<HTMLElement>, message: string | undefined): void {
  if (message) {
    replaceChildren(f.error, message);
    f.error.hidden = false;
    f.control.setAttribute('aria-invalid', 'true');
    f.control.setAttribute('aria-describedby', [f.error.id, f.hintId].filter(Boolean).join(' '));
  } else {
    replaceChildren(f.error);
    f.error.hidden = true;
    f.control.removeAttribute('aria-invalid');
    if (f.hintId) f.control.setAttribute('aria-describedby', f.hintId);
    else f.control.removeAttribute('aria-describedby');
  }
}

/** Replaces the options but keeps the current choice when it still exists. */
function fillSelect(select: HTMLSelectElement, placeholder: string, options: Array<{ value: string; label: string }>): void {
  const current = select.value;
  replaceChildren(
    select,
    el('option', { attrs: { value: '' } }, placeholder),
    ...options.map((o) => el('option', { attrs: { value: o.value } }, o.label)),
  );
  select.value = options.some((o) => o.value === current) ? current : '';
}

/**
 * Registrera samtal: the form that appends one row to Samtal through
 * server.logSession. Client checks run first (sessionInput.ts); the server's
 * answer — a row number or a Swedish message — is what counts.
 */
import type { LogSessionInput, SidebarData } from '../../src/shared/api';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { whileBusy } from '../busyButton';
import { el, replaceChildren } from '../dom';
import { setFieldError } from '../formField';
import { checkSessionForm, defaultMinutesFor } from '../sessionInput';
import {
  type SessionForm,
  clearSessionForm,
  createSessionForm,
  fillSessionChoices,
  readSessionForm,
  showSessionErrors,
} from './sessionForm';

const T = SIDEBAR_TEXT.logSession;

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

/** What the view remembers beside the controls' own values. */
interface LogSessionState {
  /** Empty until the first data arrives. */
  today: string;
  /** Once the user typed a length, choosing a type no longer overwrites it. */
  minutesTouched: boolean;
  /** Trainee ID → the supervisor to preselect (agreement in force, else Huvudhandledare). */
  mainSupervisorOf: Map<string, string>;
}

export function createLogSessionView(options: LogSessionOptions): LogSessionView {
  const form = createSessionForm();
  const state: LogSessionState = { today: '', minutesTouched: false, mainSupervisorOf: new Map() };
  wireSessionForm(form, state, options);
  return {
    root: el('div', { className: 'view' }, form.form),
    update: (data) => applyData(form, state, data),
    selectTrainee: (traineeId) => selectTrainee(form, state, traineeId),
  };
}

function wireSessionForm(form: SessionForm, state: LogSessionState, options: LogSessionOptions): void {
  // Choosing a trainee fills in their main supervisor, unless the user already chose one.
  form.trainee.control.addEventListener('change', () => {
    if (form.supervisor.control.value === '') preselectSupervisor(form, state, form.trainee.control.value);
  });
  form.type.control.addEventListener('change', () => {
    if (!state.minutesTouched) form.minutes.control.value = defaultMinutesFor(form.type.control.value);
  });
  form.minutes.control.addEventListener('input', () => {
    state.minutesTouched = true;
  });
  form.reset.addEventListener('click', () => {
    resetForm(form, state);
    replaceChildren(form.result);
    form.date.control.focus();
  });
  form.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitSession(form, state, options);
  });
}

async function submitSession(form: SessionForm, state: LogSessionState, options: LogSessionOptions): Promise<void> {
  replaceChildren(form.result);
  const check = checkSessionForm(readSessionForm(form), state.today);
  showSessionErrors(form, check.ok ? {} : check.errors);
  if (!check.ok) return;
  await whileBusy(form.submit, T.submitting, async () => {
    const row = await options.submit(check.input);
    if (row !== null) {
      resetForm(form, state);
      replaceChildren(form.result, T.success(row));
    }
  });
}

function applyData(form: SessionForm, state: LogSessionState, data: SidebarData): void {
  const first = state.today === '';
  state.today = data.today;
  state.mainSupervisorOf = new Map(
    data.trainees.filter((t) => t.mainSupervisorId).map((t) => [t.id, t.mainSupervisorId as string]),
  );
  fillSessionChoices(form, data);
  if (first) resetForm(form, state);
}

function selectTrainee(form: SessionForm, state: LogSessionState, traineeId: string): void {
  form.trainee.control.value = traineeId;
  // A new session for this trainee: their main supervisor, which the user can change.
  if (!preselectSupervisor(form, state, traineeId)) form.supervisor.control.value = '';
  setFieldError(form.trainee, undefined);
  replaceChildren(form.result);
  form.date.control.focus();
}

/** Sets Handledare to the trainee's main supervisor when the list offers it; returns whether it did. */
function preselectSupervisor(form: SessionForm, state: LogSessionState, traineeId: string): boolean {
  const id = state.mainSupervisorOf.get(traineeId);
  const select = form.supervisor.control;
  if (!id || !Array.from(select.options).some((o) => o.value === id)) return false;
  select.value = id;
  return true;
}

function resetForm(form: SessionForm, state: LogSessionState): void {
  clearSessionForm(form, state.today);
  state.minutesTouched = false;
}

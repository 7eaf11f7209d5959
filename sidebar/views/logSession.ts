/**
 * Registrera samtal: the form that appends one row to Samtal through
 * server.logSession. Client checks run first (sessionInput.ts); the server's
 * answer — a row number or a Swedish message — is what counts.
 */
import type { LogSessionInput, PersonOptionDto, SidebarData, TraineeDetailsDto } from '../../src/shared/api';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { whileBusy } from '../busyButton';
import { el, replaceChildren } from '../dom';
import { setFieldError } from '../formField';
import { type PageSearch, personOption } from '../personPicker';
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
  selectTrainee(trainee: { id: string; name: string; status: string }): void;
}

export interface LogSessionOptions {
  /** Resolves with the row written, or null when the call failed (the banner already says why). */
  submit(input: LogSessionInput): Promise<number | null>;
  searchTrainees: PageSearch<PersonOptionDto>;
  searchSupervisors: PageSearch<PersonOptionDto>;
  /** The chosen trainee's main supervisor (getTraineeDetails); null when the call failed. */
  details(traineeId: string): Promise<TraineeDetailsDto | null>;
}

/** What the view remembers beside the controls' own values. */
interface LogSessionState {
  /** Empty until the first data arrives. */
  today: string;
  /** Once the user typed a length, choosing a type no longer overwrites it. */
  minutesTouched: boolean;
}

export function createLogSessionView(options: LogSessionOptions): LogSessionView {
  const state: LogSessionState = { today: '', minutesTouched: false };
  const form: SessionForm = createSessionForm({
    trainees: options.searchTrainees,
    supervisors: options.searchSupervisors,
    // Choosing a trainee fills in their main supervisor, unless the user already chose or typed one.
    onTraineeChosen: (option) => {
      if (option && supervisorIsEmpty(form)) void preselectSupervisor(form, options, option.id);
    },
  });
  wireSessionForm(form, state, options);
  return {
    root: el('div', { className: 'view' }, form.form),
    update: (data) => applyData(form, state, data),
    selectTrainee: (trainee) => selectTrainee(form, options, trainee),
  };
}

function wireSessionForm(form: SessionForm, state: LogSessionState, options: LogSessionOptions): void {
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
  fillSessionChoices(form, data);
  if (first) resetForm(form, state);
}

function selectTrainee(form: SessionForm, options: LogSessionOptions, trainee: { id: string; name: string; status: string }): void {
  form.trainee.picker.choose(personOption({ ...trainee, unit: '' }));
  // A new session for this trainee: their main supervisor, which the user can change.
  form.supervisor.picker.clear();
  void preselectSupervisor(form, options, trainee.id);
  setFieldError(form.trainee, undefined);
  replaceChildren(form.result);
  form.date.control.focus();
}

function supervisorIsEmpty(form: SessionForm): boolean {
  return form.supervisor.picker.chosen() === null && !form.supervisor.picker.pending();
}

/**
 * Asks the server for the trainee's main supervisor (agreement in force, else
 * Huvudhandledare) and fills it in — unless, by the time it answers, the user
 * chose someone else or another trainee.
 */
async function preselectSupervisor(form: SessionForm, options: LogSessionOptions, traineeId: string): Promise<void> {
  const details = await options.details(traineeId);
  const main = details?.mainSupervisor;
  if (!main || form.trainee.picker.chosen()?.id !== traineeId || !supervisorIsEmpty(form)) return;
  form.supervisor.picker.choose(personOption(main));
}

function resetForm(form: SessionForm, state: LogSessionState): void {
  clearSessionForm(form, state.today);
  state.minutesTouched = false;
}

/**
 * Client-side checks of the "Registrera samtal" form. They mirror the server's
 * rules (PRODUCT.md §1, Samtal) so the user hears about a mistake at once, but
 * the server validates again and is the authority.
 */
import { isIsoDate } from '../src/domain/dates';
import type { LogSessionInput } from '../src/shared/api';
import { SIDEBAR_TEXT } from '../src/shared/messages/sidebar';
import { defaultSessionMinutes } from '../src/shared/sessionRules';

const E = SIDEBAR_TEXT.logSession.errors;

/** PRODUCT.md §1: Längd (min) defaults to an hour for Handledningssamtal, blank otherwise. */
export function defaultMinutesFor(type: string): string {
  const minutes = defaultSessionMinutes(type);
  return minutes === null ? '' : String(minutes);
}

export interface SessionFormValues {
  date: string;
  traineeId: string;
  /** Text typed in the trainee picker and nothing chosen. */
  traineePending?: boolean;
  supervisorId: string;
  /** Text typed in the supervisor picker and nothing chosen (blank means no supervisor). */
  supervisorPending?: boolean;
  type: string;
  minutes: string;
  documented: boolean;
  note: string;
}

export type SessionField = 'date' | 'traineeId' | 'supervisorId' | 'type' | 'minutes';

export type SessionCheck =
  | { ok: true; input: LogSessionInput }
  | { ok: false; errors: Partial<Record<SessionField, string>> };

export function checkSessionForm(values: SessionFormValues, today: string): SessionCheck {
  const errors: Partial<Record<SessionField, string>> = {};
  const date = values.date.trim();
  if (!date) errors.date = E.dateRequired;
  else if (!isIsoDate(date)) errors.date = E.dateInvalid;
  // ISO dates compare correctly as strings.
  else if (isIsoDate(today) && date > today) errors.date = E.dateInFuture(today);

  if (!values.traineeId) errors.traineeId = values.traineePending ? E.traineeNotChosen : E.traineeRequired;
  if (values.supervisorPending) errors.supervisorId = E.supervisorNotChosen;
  if (!values.type) errors.type = E.typeRequired;

  const minutesText = values.minutes.trim();
  let minutes: number | null = null;
  if (minutesText) {
    minutes = Number(minutesText);
    if (!/^\d+$/.test(minutesText) || !Number.isSafeInteger(minutes)) errors.minutes = E.minutesInvalid;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      date,
      traineeId: values.traineeId,
      supervisorId: values.supervisorId,
      type: values.type,
      minutes,
      documented: values.documented,
      note: values.note.trim(),
    },
  };
}

/**
 * The rules of a new Samtal row that the server (src/app/sessionInput.ts), the
 * sheet reader (src/domain/schemas/session.ts) and the sidebar's form all apply,
 * in one place so they cannot drift apart. Pure and tiny: the sidebar bundle
 * imports it.
 */
import type { SessionType } from '../domain/sheetContract';

/** The session type whose Längd (min) defaults to an hour (PRODUCT.md §1, Samtal). */
export const SUPERVISION_SESSION_TYPE = 'Handledningssamtal' satisfies SessionType;

/** Längd (min) of a Handledningssamtal left blank: a supervision session is an hour. */
export const DEFAULT_SUPERVISION_MINUTES = 60;

/** Längd (min) accepted from the sidebar: at most one day. */
export const MAX_SESSION_MINUTES = 1440;

/** Anteckning accepted from the sidebar, in characters. */
export const MAX_SESSION_NOTE_LENGTH = 2000;

/** Längd (min) when left blank: an hour for a supervision session, none (null) for other events. */
export function defaultSessionMinutes(type: string): number | null {
  return type === SUPERVISION_SESSION_TYPE ? DEFAULT_SUPERVISION_MINUTES : null;
}

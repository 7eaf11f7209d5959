/**
 * The Samtal rows grouped per trainee and per type, each group sorted by date
 * once. A rule then reads its own slice by binary search instead of scanning
 * every session for every trainee (200,000 rows × 5,000 trainees would not fit
 * in an Apps Script call).
 */
import { addDays } from './dates';
import type { IsoDate, Session } from './model';
import type { Settings } from './settings';
import type { SessionType } from './sheetContract';

/** One trainee's sessions by type, each list sorted by date (ties in sheet row order). */
export type TraineeSessions = Readonly<Partial<Record<SessionType, readonly Session[]>>>;

export interface SessionIndex {
  forTrainee(traineeId: string): TraineeSessions;
}

const NO_SESSIONS: readonly Session[] = [];
const NO_TRAINEE_SESSIONS: TraineeSessions = {};

function byDateThenRow(a: Session, b: Session): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.row - b.row;
}

/**
 * Lists up to this long are sorted by insertion. Array.prototype.sort
 * allocates its own work space on every call, and a region has tens of
 * thousands of short lists (one per trainee and type); the order is the same.
 */
const INSERTION_SORT_MAX = 32;

function sortByDateThenRow(list: Session[]): void {
  if (list.length > INSERTION_SORT_MAX) {
    list.sort(byDateThenRow);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const session = list[i];
    let j = i - 1;
    for (; j >= 0 && byDateThenRow(list[j], session) > 0; j--) list[j + 1] = list[j];
    list[j + 1] = session;
  }
}

export function indexSessions(sessions: readonly Session[]): SessionIndex {
  const byTrainee = new Map<string, Partial<Record<SessionType, Session[]>>>();
  // By index: a for-of iterator costs an object per session until the optimising compiler takes over.
  for (let i = 0; i < sessions.length; i++) {
    const session = sessions[i];
    let byType = byTrainee.get(session.traineeId);
    if (!byType) {
      byType = {};
      byTrainee.set(session.traineeId, byType);
    }
    const list = byType[session.type];
    if (list) list.push(session);
    else byType[session.type] = [session];
  }
  for (const byType of byTrainee.values()) {
    for (const list of Object.values(byType)) sortByDateThenRow(list);
  }
  return { forTrainee: (traineeId) => byTrainee.get(traineeId) ?? NO_TRAINEE_SESSIONS };
}

/** The trainee's sessions of one type, sorted by date. */
export function ofType(sessions: TraineeSessions, type: SessionType): readonly Session[] {
  return sessions[type] ?? NO_SESSIONS;
}

/** Index of the first session dated after `day` (or on/after it when `inclusive`). */
function searchDate(sorted: readonly Session[], day: IsoDate, inclusive: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const date = sorted[mid].date;
    if (date < day || (!inclusive && date === day)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The latest session on or before `day`, or null. */
export function latestOnOrBefore(sorted: readonly Session[], day: IsoDate): Session | null {
  const end = searchDate(sorted, day, false);
  return end > 0 ? sorted[end - 1] : null;
}

export function countOnOrBefore(sorted: readonly Session[], day: IsoDate): number {
  return searchDate(sorted, day, false);
}

/** The days a 12-month figure covers: `windowDays` days ending today, both ends included. */
export interface DateWindow {
  from: IsoDate;
  to: IsoDate;
}

export function windowEndingOn(today: IsoDate, settings: Pick<Settings, 'windowDays'>): DateWindow {
  return { from: addDays(today, -(settings.windowDays - 1)), to: today };
}

/** The sessions dated inside the window. */
export function inWindow(sorted: readonly Session[], window: DateWindow): readonly Session[] {
  return sorted.slice(searchDate(sorted, window.from, true), searchDate(sorted, window.to, false));
}

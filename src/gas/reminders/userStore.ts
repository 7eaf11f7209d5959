/**
 * The user's properties, where reminders live (src/domain/reminders/store.ts).
 * Read once, written once, under the user lock: the trigger and a refresh in
 * another workbook of the same user may run at the same time, and a lost
 * "sent" record would mean a second mail.
 */
import { UserError } from '../../app/userError';
import type { Properties } from '../../domain/reminders/store';
import { REMINDER_ERROR } from '../../shared/messages';

const LOCK_WAIT_MS = 10_000;

export function userProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getUserProperties();
}

export function readUserStore(): Properties {
  return userProperties().getProperties();
}


export function withUserLock<T>(work: () => T): T {
  const lock = LockService.getUserLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError(REMINDER_ERROR.busy);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

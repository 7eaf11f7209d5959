/**
 * Keeps the reminder snapshot of this workbook in the user's properties
 * (PRODUCT.md §7), built from a workbook ST-koll has just evaluated: no sheet
 * is read for it, and the store is written once.
 */
import { computeRefresh } from '../../app/refreshFlags';
import type { ParsedWorkbook, RefreshResult } from '../../domain/model';
import { buildReminderSnapshot, type ReminderSnapshot } from '../../domain/reminders/snapshot';
import {
  anyoneHasRemindersOn,
  anyRemindersOn,
  hasReminders,
  headerKey,
  readSettings,
  remindersOnKey,
  storeWithRecord,
  USER_TOKEN_KEY,
  type Properties,
} from '../../domain/reminders/store';
import type { ReminderSettings } from '../../domain/reminders/settings';
import type { Settings } from '../../domain/settings';
import { localMinuteIn } from '../dateCells';
import { documentProperties } from '../settingsStore';
import { loadSnapshot } from '../snapshot';
import type { OpenWorkbook } from '../workbookIO';
import { userProperties, withUserLock } from './userStore';

/** A workbook as a use case has evaluated it. */
export interface EvaluatedWorkbook {
  wb: OpenWorkbook;
  parsed: ParsedWorkbook;
  result: RefreshResult;
  settings: Settings;
}

/** Reads and evaluates the workbook (for the settings dialog, which has not done so yet). */
export function evaluateWorkbookNow(): EvaluatedWorkbook {
  const { wb, raw, settings } = loadSnapshot();
  return { wb, settings, ...computeRefresh({ raw, today: wb.today, settings }) };
}

/** `id`: the workbook's, when the caller has it already (one call fewer). */
export function takeReminderSnapshot({ wb, parsed, result, settings }: EvaluatedWorkbook, id = wb.ss.getId()): ReminderSnapshot {
  const workbook = { id, name: wb.ss.getName(), url: wb.ss.getUrl(), timeZone: wb.timeZone };
  return buildReminderSnapshot({ parsed, result, today: wb.today, settings, workbook, takenAt: localMinuteIn(wb.timeZone) });
}

/**
 * Writes this workbook's settings and snapshot in one write, and this user's
 * mark in the workbook's document properties (src/domain/reminders/store.ts):
 * set before the settings when on, cleared after them when off, so a refresh
 * never skips a snapshot it should keep. True when any workbook of the user
 * still has reminders on.
 */
export function saveReminderRecord(id: string, settings: ReminderSettings, snapshot: ReminderSnapshot | null): boolean {
  return withUserLock(() => {
    const user = userProperties();
    const props = user.getProperties();
    const known = props[USER_TOKEN_KEY];
    const token = known ?? Utilities.getUuid();
    const workbook = documentProperties();
    if (settings.enabled) workbook.setProperty(remindersOnKey(token), '1');
    const next = { ...storeWithRecord(props, id, settings, snapshot), [USER_TOKEN_KEY]: token };
    // One write of the whole store (deleteAllOthers): this workbook's stale parts go in the same call.
    user.setProperties(next, true);
    // A token made just now has no mark anywhere to clear.
    if (!settings.enabled && known) workbook.deleteProperty(remindersOnKey(token));
    return anyRemindersOn(next);
  });
}

/**
 * After a refresh or the sidebar's evaluation: refreshes the snapshot when
 * reminders are on for this workbook. `workbookProperties` are the document
 * properties the caller has read already: without anyone's mark in them this
 * costs no call at all; with one, a look at this user's header (three calls),
 * and, when on, the snapshot written in one call under the user lock. A
 * failure here never fails the refresh; the digest then says how old its data is.
 */
export function keepReminderSnapshot(evaluated: EvaluatedWorkbook, workbookProperties: Properties): void {
  if (!anyoneHasRemindersOn(workbookProperties)) return;
  try {
    const id = evaluated.wb.ss.getId();
    const user = userProperties();
    if (!hasReminders(user.getProperty(headerKey(id)))) return;
    const snapshot = takeReminderSnapshot(evaluated, id);
    withUserLock(() => {
      const props = user.getProperties();
      user.setProperties(storeWithRecord(props, id, readSettings(props, id), snapshot), true);
    });
  } catch (error) {
    console.error(error);
  }
}

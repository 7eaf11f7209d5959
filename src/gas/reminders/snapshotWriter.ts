/**
 * Keeps the reminder snapshot of this workbook in the user's properties
 * (PRODUCT.md §7), built from a workbook ST-koll has just evaluated: no sheet
 * is read for it, and the store is written once.
 */
import { computeRefresh } from '../../app/refreshFlags';
import type { ParsedWorkbook, RefreshResult } from '../../domain/model';
import { buildReminderSnapshot, type ReminderSnapshot } from '../../domain/reminders/snapshot';
import { anyRemindersOn, hasReminders, readSettings, storeWithRecord } from '../../domain/reminders/store';
import type { ReminderSettings } from '../../domain/reminders/settings';
import type { Settings } from '../../domain/settings';
import { localMinuteIn } from '../dateCells';
import { loadSnapshot } from '../snapshot';
import type { OpenWorkbook } from '../workbookIO';
import { readHeader, readUserStore, replaceUserStore, withUserLock } from './userStore';

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

export function takeReminderSnapshot({ wb, parsed, result, settings }: EvaluatedWorkbook): ReminderSnapshot {
  const workbook = { id: wb.ss.getId(), name: wb.ss.getName(), url: wb.ss.getUrl(), timeZone: wb.timeZone };
  return buildReminderSnapshot({ parsed, result, today: wb.today, settings, workbook, takenAt: localMinuteIn(wb.timeZone) });
}

/** Writes this workbook's settings and snapshot in one write; true when any workbook of the user still has reminders on. */
export function saveReminderRecord(id: string, settings: ReminderSettings, snapshot: ReminderSnapshot | null): boolean {
  return withUserLock(() => {
    const next = storeWithRecord(readUserStore(), id, settings, snapshot);
    replaceUserStore(next);
    return anyRemindersOn(next);
  });
}

/**
 * After a refresh or the sidebar's evaluation: refreshes the snapshot when
 * reminders are on for this workbook (one small read when they are not). A
 * failure here never fails the refresh; the digest then says how old its data is.
 */
export function keepReminderSnapshot(evaluated: EvaluatedWorkbook): void {
  try {
    const id = evaluated.wb.ss.getId();
    if (!hasReminders(readHeader(id))) return;
    const snapshot = takeReminderSnapshot(evaluated);
    withUserLock(() => {
      const props = readUserStore();
      replaceUserStore(storeWithRecord(props, id, readSettings(props, id), snapshot));
    });
  } catch (error) {
    console.error(error);
  }
}

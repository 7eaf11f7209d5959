/**
 * The Påminnelser dialog's server side (PRODUCT.md §7): read and save the
 * user's reminder settings for this workbook, and preview the digest without
 * sending it. Input is untrusted; a refused setting changes nothing.
 */
import { coordinatorDigest, hasNews, supervisorDigests } from '../../domain/reminders/digest';
import { renderDigest } from '../../domain/reminders/render';
import { parseReminderSettings } from '../../domain/reminders/settings';
import { readSettings } from '../../domain/reminders/store';
import type { ReminderPreviewDto, ReminderSettingsDto, Result } from '../../shared/api';
import { serverCall } from '../feedback';
import { evaluateWorkbookNow, saveReminderRecord, takeReminderSnapshot } from './snapshotWriter';
import { ensureDigestTrigger, removeDigestTriggers } from './trigger';
import { readUserStore } from './userStore';

function workbookId(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getId();
}

export function getReminderSettings(): Result<{ settings: ReminderSettingsDto }> {
  return serverCall(() => ({ ok: true, settings: readSettings(readUserStore(), workbookId()) }));
}

/**
 * Saved with a fresh snapshot when on. The trigger is installed before the
 * settings are stored (a trigger with nothing to do removes itself) and
 * removed only after, when no workbook of this user has reminders on.
 */
export function saveReminderSettings(input: unknown): Result<{ settings: ReminderSettingsDto }> {
  return serverCall<{ settings: ReminderSettingsDto }>(() => {
    const parsed = parseReminderSettings(input);
    if (!parsed.ok) return { ok: false, message: parsed.message };
    const { settings } = parsed;
    const snapshot = settings.enabled ? takeReminderSnapshot(evaluateWorkbookNow()) : null;
    if (settings.enabled) ensureDigestTrigger();
    const anyOn = saveReminderRecord(workbookId(), settings, snapshot);
    if (!anyOn) removeDigestTriggers();
    return { ok: true, settings };
  });
}

/** The coordinator's digest as it would go out today, from the workbook as it is now. */
export function previewReminderDigest(): Result<{ preview: ReminderPreviewDto }> {
  return serverCall<{ preview: ReminderPreviewDto }>(() => {
    const evaluated = evaluateWorkbookNow();
    const snapshot = takeReminderSnapshot(evaluated);
    const settings = readSettings(readUserStore(), snapshot.workbook.id);
    const digest = coordinatorDigest(snapshot, evaluated.wb.today, settings.supervisors);
    const mail = renderDigest(digest);
    const supervisorMails = settings.supervisors ? supervisorDigests(snapshot, evaluated.wb.today).length : 0;
    return { ok: true, preview: { hasNews: hasNews(digest), subject: mail.subject, body: mail.body, supervisorMails } };
  });
}

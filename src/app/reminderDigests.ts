/**
 * Use case "send the weekly digests" (PRODUCT.md §7), the pure part: from the
 * user's stored reminders and the local time in each workbook's zone, the mails
 * that are due now, coordinators' first (when the quota is short, what does not
 * fit waits for the next run), each recipient at most once per ISO week.
 */
import { coordinatorDigest, hasNews, supervisorDigests } from '../domain/reminders/digest';
import { renderDigest, type DigestMail } from '../domain/reminders/render';
import type { WorkbookReminders } from '../domain/reminders/store';
import { isoWeek, scheduledTimeHasPassed, type LocalMoment } from '../domain/reminders/week';

export interface PlannedMail extends DigestMail {
  workbookId: string;
  to: string;
  /** The ISO week recorded for `to` once the mail has gone. */
  week: string;
  audience: 'coordinator' | 'supervisor';
}

/** `YYYY-MM-DD HH:MM` → the moment the schedule compares with. */
export function momentOf(localMinute: string): LocalMoment {
  return { day: localMinute.slice(0, 10), hour: Number(localMinute.slice(11, 13)) };
}

export const recipientKey = (address: string): string => address.trim().toLowerCase();

function workbookMails(record: WorkbookReminders, now: LocalMoment): PlannedMail[] {
  const { settings, snapshot, sent } = record;
  if (!settings.enabled || !snapshot || !scheduledTimeHasPassed(settings, now)) return [];
  const week = isoWeek(now.day);
  const due = (to: string) => sent[recipientKey(to)] !== week;
  const base = { workbookId: record.id, week };
  const mails: PlannedMail[] = [];
  const digest = coordinatorDigest(snapshot, now.day, settings.supervisors);
  if (hasNews(digest)) {
    const mail = renderDigest(digest);
    for (const to of settings.recipients.filter(due)) mails.push({ ...base, ...mail, to, audience: 'coordinator' });
  }
  if (settings.supervisors) {
    // A recipient who is also a supervisor already has the whole digest.
    const coordinators = new Set(settings.recipients.map(recipientKey));
    for (const { supervisor, digest: part } of supervisorDigests(snapshot, now.day)) {
      const to = supervisor.email.trim();
      if (coordinators.has(recipientKey(to)) || !due(to)) continue;
      mails.push({ ...base, ...renderDigest(part, supervisor.name), to, audience: 'supervisor' });
    }
  }
  return mails;
}

/** Every mail due now across the user's workbooks; coordinators' mails first. */
export function planDigests(records: readonly WorkbookReminders[], localMinuteIn: (timeZone: string) => string): PlannedMail[] {
  const all = records.flatMap((record) =>
    record.snapshot ? workbookMails(record, momentOf(localMinuteIn(record.snapshot.workbook.timeZone))) : [],
  );
  return [...all.filter((m) => m.audience === 'coordinator'), ...all.filter((m) => m.audience === 'supervisor')];
}

/**
 * sendReminderDigest(), run by the time-driven trigger outside any workbook:
 * it reads only the user's properties — never SpreadsheetApp, the document
 * properties or the document lock, none of which a trigger has — and sends
 * what is due within the mail quota. A recipient's week is recorded only once
 * their mail has gone, so a failed or unsent mail is tried again next hour.
 */
import { planDigests, recipientKey, type PlannedMail } from '../../app/reminderDigests';
import { anyRemindersOn, readAllReminders, sentKey, sentWeeksJson, type SentWeeks } from '../../domain/reminders/store';
import { DIGEST_TEXT } from '../../shared/messages';
import { localMinuteIn } from '../dateCells';
import { removeDigestTriggers } from './trigger';
import { readUserStore, userProperties, withUserLock } from './userStore';

function send(mail: PlannedMail): boolean {
  try {
    MailApp.sendEmail({ to: mail.to, subject: mail.subject, body: mail.body, htmlBody: mail.htmlBody, name: DIGEST_TEXT.senderName });
    return true;
  } catch (error) {
    console.error(error);
    return false;
  }
}

function sendDue(): void {
  const props = readUserStore();
  // Reminders switched off everywhere (or the store cleared): the trigger has nothing left to do.
  if (!anyRemindersOn(props)) return removeDigestTriggers();
  const records = readAllReminders(props);
  const plan = planDigests(records, (timeZone) => localMinuteIn(timeZone));
  if (plan.length === 0) return;
  let quota = MailApp.getRemainingDailyQuota();
  const sent = new Map<string, SentWeeks>(records.map((r) => [r.id, { ...r.sent }]));
  for (const mail of plan) {
    // Coordinators come first in the plan; what does not fit waits for the next run.
    if (quota < 1) break;
    if (!send(mail)) continue;
    quota--;
    const weeks = sent.get(mail.workbookId) as SentWeeks;
    weeks[recipientKey(mail.to)] = mail.week;
    userProperties().setProperty(sentKey(mail.workbookId), sentWeeksJson(weeks));
  }
}

export function sendReminderDigest(_event?: GoogleAppsScript.Events.TimeDriven): void {
  try {
    withUserLock(sendDue);
  } catch (error) {
    // Nobody watches a trigger: log it; the next hourly run tries again.
    console.error(error);
  }
}

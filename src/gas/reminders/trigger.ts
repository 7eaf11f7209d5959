/**
 * The one time-driven trigger per user that runs sendReminderDigest for all of
 * that user's workbooks. ScriptApp.getProjectTriggers() returns only the
 * current user's triggers, so another user's is never seen or touched. An
 * add-on's time-driven trigger may run at most once an hour, which is enough
 * for a chosen hour of a chosen weekday.
 */
export const DIGEST_HANDLER = 'sendReminderDigest';

function digestTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === DIGEST_HANDLER);
}

/** Exactly one: created when missing; extras (two tabs saving at once) removed. */
export function ensureDigestTrigger(): void {
  const existing = digestTriggers();
  if (existing.length === 0) ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().everyHours(1).create();
  for (const extra of existing.slice(1)) ScriptApp.deleteTrigger(extra);
}

export function removeDigestTriggers(): void {
  for (const trigger of digestTriggers()) ScriptApp.deleteTrigger(trigger);
}

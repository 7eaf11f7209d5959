/**
 * The reminder settings of one workbook (PRODUCT.md §7), the one home of their
 * defaults and of their validation. They are the user's own (kept in the user's
 * properties beside the snapshot), not the workbook's: each coordinator chooses
 * whether and when ST-koll writes to them.
 */
import * as z from 'zod';
import { REMINDER_ERROR } from '../../shared/messages/reminders';

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The daily mail quota of a consumer account is 100 recipients; a digest goes to a few people. */
export const MAX_RECIPIENTS = 10;

export interface ReminderSettings {
  enabled: boolean;
  weekday: Weekday;
  /** 0–23, in the workbook's time zone. */
  hour: number;
  recipients: string[];
  /** Also send each main supervisor the part about their own trainees. */
  supervisors: boolean;
}

export const DEFAULT_REMINDER_SETTINGS: Readonly<ReminderSettings> = Object.freeze({
  enabled: false,
  weekday: 'MONDAY',
  hour: 7,
  recipients: [],
  supervisors: false,
});

const ADDRESS = z.email();

const shape = z.object({
  enabled: z.boolean(),
  weekday: z.string(),
  hour: z.unknown(),
  recipients: z.array(z.string().max(254)).max(100),
  supervisors: z.boolean(),
});

export type SettingsParse = { ok: true; settings: ReminderSettings } | { ok: false; message: string };

function isWeekday(value: string): value is Weekday {
  return (WEEKDAYS as readonly string[]).includes(value);
}

/** Trimmed, blank lines dropped, the same address (any case) once. */
function cleanRecipients(recipients: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of recipients) {
    const address = raw.trim();
    const key = address.toLowerCase();
    if (address === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(address);
  }
  return out;
}

/**
 * Untrusted input (google.script.run, or stored JSON) to settings, or the first
 * problem as a Swedish sentence. Nothing is guessed: an hour of "7" is refused.
 */
export function parseReminderSettings(input: unknown): SettingsParse {
  const parsed = shape.safeParse(input);
  if (!parsed.success) return { ok: false, message: REMINDER_ERROR.shape };
  const { enabled, weekday, hour, supervisors } = parsed.data;
  if (!isWeekday(weekday)) return { ok: false, message: REMINDER_ERROR.weekday };
  if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 0 || hour > 23) return { ok: false, message: REMINDER_ERROR.hour };
  const recipients = cleanRecipients(parsed.data.recipients);
  const bad = recipients.find((address) => !ADDRESS.safeParse(address).success);
  if (bad !== undefined) return { ok: false, message: REMINDER_ERROR.badAddress(bad) };
  if (recipients.length > MAX_RECIPIENTS) return { ok: false, message: REMINDER_ERROR.tooManyRecipients(MAX_RECIPIENTS) };
  if (enabled && recipients.length === 0) return { ok: false, message: REMINDER_ERROR.noRecipient };
  return { ok: true, settings: { enabled, weekday, hour, recipients, supervisors } };
}

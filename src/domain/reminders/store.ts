/**
 * Where reminders live in the user's properties, and the limits they keep
 * (Apps Script quotas: 9 KB a value, 500 KB a store). Per workbook:
 *   stkoll.reminders.<id>          {"settings":…,"parts":n}
 *   stkoll.reminders.<id>.part<i>  the encoded snapshot, cut into values under 9 KB
 *   stkoll.reminders.<id>.sent     {"<recipient>":"2026-W49",…}: the last ISO week each got this digest
 * and, once per user, stkoll.user: a random token of this user's own.
 *
 * A workbook's document properties (read by every refresh anyway, in one
 * call) carry one mark per user who has reminders on for it:
 *   stkoll.remindersOn.<token>     '1'
 * so a refresh in a workbook where nobody has reminders on spends no call on
 * them. One key per user, set and deleted on its own, so two coordinators
 * saving at once never overwrite each other's mark. A mark left behind (the
 * user's properties cleared) costs a refresh a look at the user's properties,
 * nothing more; a missing mark would leave the digest's data stale, so saving
 * sets the mark before the settings and clears it after them.
 * Pure: the shell reads the properties once and writes the map this returns.
 */
import { parseReminderSettings, DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from './settings';
import { decodeSnapshot, encodeSnapshot, encodedTraineeJson } from './codec';
import type { ReminderSnapshot, SnapshotTrainee } from './snapshot';

export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;
/** A part stays well under the value limit. */
const PART_BYTES = 8 * 1024;
/** One workbook's snapshot at most, so a coordinator of several regions fits them all. */
export const WORKBOOK_BUDGET_BYTES = 120 * 1024;
/** Kept free in the store for sent records, settings and anything else of the user's. */
const STORE_RESERVE_BYTES = 24 * 1024;
/** Room in a workbook's budget for its keys and header beside the encoded snapshot. */
const KEYS_ALLOWANCE_BYTES = 1024;

export const KEY_PREFIX = 'stkoll.reminders.';
const PART = '.part';
const SENT = '.sent';

export const headerKey = (id: string): string => KEY_PREFIX + id;
/** In the user's properties: the user's own token (outside KEY_PREFIX, so it is never taken for a workbook). */
export const USER_TOKEN_KEY = 'stkoll.user';
const REMINDERS_ON_PREFIX = 'stkoll.remindersOn.';
/** In a workbook's document properties: this user has reminders on here. */
export const remindersOnKey = (token: string): string => REMINDERS_ON_PREFIX + token;

/** From a workbook's document properties: whether anyone may have reminders on for it (a refresh must then look). */
export function anyoneHasRemindersOn(documentProperties: Properties): boolean {
  return Object.keys(documentProperties).some((key) => key.startsWith(REMINDERS_ON_PREFIX));
}
export const partKey = (id: string, i: number): string => `${KEY_PREFIX}${id}${PART}${i}`;
export const sentKey = (id: string): string => KEY_PREFIX + id + SENT;

export type Properties = Readonly<Record<string, string>>;
/** Recipient address (lower case) → the ISO week of the last digest it got. */
export type SentWeeks = Record<string, string>;

export interface WorkbookReminders {
  id: string;
  settings: ReminderSettings;
  snapshot: ReminderSnapshot | null;
  sent: SentWeeks;
}

export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** `text` cut into pieces of at most `maxBytes` UTF-8 bytes, never inside a character. */
export function splitParts(text: string, maxBytes = PART_BYTES): string[] {
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const pair = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff;
    const width = utf8Bytes(text.slice(i, pair ? i + 2 : i + 1));
    if (bytes + width > maxBytes) {
      parts.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += width;
    if (pair) i++;
  }
  parts.push(text.slice(start));
  return parts;
}

function propertyBytes(key: string, value: string): number {
  return utf8Bytes(key) + utf8Bytes(value);
}

function earliest(t: SnapshotTrainee, day: string): string {
  return t.items.reduce((min, item) => (item.due < min ? item.due : min), t.flags.length ? day : '9999-12-31');
}

function itemCount(t: SnapshotTrainee): number {
  return t.items.length + t.flags.length;
}

/** The most urgent trainees that fit in `budget` bytes; the items of the others are counted in `omitted`. */
function keepMostUrgent(snapshot: ReminderSnapshot, budget: number): ReminderSnapshot {
  const day = snapshot.takenAt.slice(0, 10);
  const order = snapshot.trainees
    .map((t, i) => ({ i, key: earliest(t, day) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  const omittedAll = snapshot.trainees.reduce((n, t) => n + itemCount(t), snapshot.omitted);
  // The empty snapshot with the largest count it may carry; each kept trainee adds its JSON and a comma.
  let used = utf8Bytes(encodeSnapshot({ ...snapshot, trainees: [], omitted: omittedAll }));
  const kept = new Set<number>();
  for (const { i } of order) {
    const size = utf8Bytes(encodedTraineeJson(snapshot.trainees[i])) + 1;
    if (used + size > budget) break;
    used += size;
    kept.add(i);
  }
  const trainees = snapshot.trainees.filter((_, i) => kept.has(i));
  return { ...snapshot, trainees, omitted: omittedAll - trainees.reduce((n, t) => n + itemCount(t), 0) };
}

function fits(snapshot: ReminderSnapshot, budget: number): boolean {
  return utf8Bytes(encodeSnapshot(snapshot)) <= budget;
}

/**
 * The snapshot cut to `budget` bytes when encoded. First the undated flags go
 * (counted), since the dated items are what the digest's main groups are made
 * of; if that is not enough, the most urgent trainees are kept (earliest due
 * date first) and the items of the others counted in `omitted`.
 */
export function fitSnapshot(snapshot: ReminderSnapshot, budget: number): ReminderSnapshot {
  if (fits(snapshot, budget)) return snapshot;
  const flagCount = snapshot.trainees.reduce((n, t) => n + t.flags.length, 0);
  const datedOnly: ReminderSnapshot = {
    ...snapshot,
    trainees: snapshot.trainees.filter((t) => t.items.length > 0).map((t) => ({ ...t, flags: [] })),
    omitted: snapshot.omitted + flagCount,
  };
  return fits(datedOnly, budget) ? datedOnly : keepMostUrgent(datedOnly, budget);
}

function ownKeys(props: Properties, id: string): string[] {
  const header = headerKey(id);
  return Object.keys(props).filter((key) => key === header || key.startsWith(header + PART));
}

/** Bytes this workbook's snapshot may take: its own cap, and what the rest of the store leaves. */
export function snapshotBudget(props: Properties, id: string): number {
  const own = new Set(ownKeys(props, id));
  let others = 0;
  for (const key of Object.keys(props)) if (!own.has(key)) others += propertyBytes(key, props[key]);
  return Math.max(0, Math.min(WORKBOOK_BUDGET_BYTES, PROPERTY_STORE_LIMIT_BYTES - STORE_RESERVE_BYTES - others) - KEYS_ALLOWANCE_BYTES);
}

interface Header {
  settings: ReminderSettings;
  parts: number;
}

function readHeader(text: string | undefined): Header | null {
  if (text === undefined) return null;
  try {
    const json = JSON.parse(text) as { settings?: unknown; parts?: unknown };
    const parsed = parseReminderSettings(json.settings);
    // Stored settings that no longer validate are off: never mail on a guess.
    const settings = parsed.ok ? parsed.settings : { ...DEFAULT_REMINDER_SETTINGS };
    const parts = typeof json.parts === 'number' && Number.isInteger(json.parts) && json.parts >= 0 ? json.parts : 0;
    return { settings, parts };
  } catch {
    return null;
  }
}

/** This workbook's settings, or the defaults when the user never saved any. */
export function readSettings(props: Properties, id: string): ReminderSettings {
  return readHeader(props[headerKey(id)])?.settings ?? { ...DEFAULT_REMINDER_SETTINGS };
}

export function hasReminders(headerValue: string | null | undefined): boolean {
  return readHeader(headerValue ?? undefined)?.settings.enabled === true;
}

function readSnapshot(props: Properties, id: string, parts: number): ReminderSnapshot | null {
  if (parts === 0) return null;
  let text = '';
  for (let i = 0; i < parts; i++) {
    const part = props[partKey(id, i)];
    if (part === undefined) return null;
    text += part;
  }
  return decodeSnapshot(text);
}

function readSent(text: string | undefined): SentWeeks {
  if (!text) return {};
  try {
    const json = JSON.parse(text) as unknown;
    if (json === null || typeof json !== 'object' || Array.isArray(json)) return {};
    const sent: SentWeeks = {};
    for (const [k, v] of Object.entries(json as Record<string, unknown>)) if (typeof v === 'string') sent[k] = v;
    return sent;
  } catch {
    return {};
  }
}

/** The workbook IDs that have a header key, in a stable order. */
function workbookIds(props: Properties): string[] {
  return Object.keys(props)
    .filter((key) => key.startsWith(KEY_PREFIX))
    .map((key) => key.slice(KEY_PREFIX.length))
    .filter((id) => !id.includes(PART) && !id.endsWith(SENT))
    .sort();
}

/** Whether any workbook of this user has reminders on (so the trigger must stay). */
export function anyRemindersOn(props: Properties): boolean {
  return workbookIds(props).some((id) => hasReminders(props[headerKey(id)]));
}

/** Every workbook of this user that has reminder settings. */
export function readAllReminders(props: Properties): WorkbookReminders[] {
  const out: WorkbookReminders[] = [];
  for (const id of workbookIds(props)) {
    const key = headerKey(id);
    const header = readHeader(props[key]);
    if (!header) continue;
    out.push({ id, settings: header.settings, snapshot: readSnapshot(props, id, header.parts), sent: readSent(props[sentKey(id)]) });
  }
  return out;
}

/**
 * The whole store after saving this workbook's settings and snapshot (null:
 * none, as when reminders are off). Other keys are kept as they are; this
 * workbook's old parts go. The snapshot is fitted to what the store has room for.
 */
export function storeWithRecord(props: Properties, id: string, settings: ReminderSettings, snapshot: ReminderSnapshot | null): Record<string, string> {
  const next: Record<string, string> = {};
  const own = new Set(ownKeys(props, id));
  for (const key of Object.keys(props)) if (!own.has(key)) next[key] = props[key];
  const parts = snapshot ? splitParts(encodeSnapshot(fitSnapshot(snapshot, snapshotBudget(props, id)))) : [];
  parts.forEach((part, i) => (next[partKey(id, i)] = part));
  next[headerKey(id)] = JSON.stringify({ settings, parts: parts.length });
  return next;
}

export function storeBytes(props: Properties): number {
  return Object.keys(props).reduce((n, key) => n + propertyBytes(key, props[key]), 0);
}

export function sentWeeksJson(sent: SentWeeks): string {
  return JSON.stringify(sent);
}

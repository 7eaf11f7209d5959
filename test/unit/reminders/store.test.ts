import { encodeSnapshot } from '../../../src/domain/reminders/codec';
import {
  anyoneHasRemindersOn,
  fitSnapshot,
  headerKey,
  partKey,
  PROPERTY_STORE_LIMIT_BYTES,
  PROPERTY_VALUE_LIMIT_BYTES,
  readAllReminders,
  readSettings,
  remindersOnKey,
  sentKey,
  splitParts,
  storeBytes,
  storeWithRecord,
  USER_TOKEN_KEY,
  utf8Bytes,
  WORKBOOK_BUDGET_BYTES,
} from '../../../src/domain/reminders/store';
import { DEFAULT_REMINDER_SETTINGS } from '../../../src/domain/reminders/settings';
import type { ReminderSnapshot } from '../../../src/domain/reminders/snapshot';
import { snapshot, traineeEntry } from './fixtures';

const ON = { enabled: true, weekday: 'MONDAY' as const, hour: 7, recipients: ['sr@example.se'], supervisors: true };

/** `n` trainees with Swedish names, each with a late check-in and a flag. */
function large(n: number): ReminderSnapshot {
  const trainees = Array.from({ length: n }, (_, i) =>
    traineeEntry({
      name: `Åsa Öberg-Lindström ${i}`,
      supervisor: i % 2,
      items: [{ kind: 'annual', due: `2026-${String((i % 11) + 1).padStart(2, '0')}-15` }],
      flags: ['Få medsittningar (2/6)'],
    }),
  );
  return snapshot({ trainees });
}

describe('PRODUCT.md §7: the snapshot within the user-property limits (9 KB a value, 500 KB in all)', () => {
  it('splitParts cuts by UTF-8 bytes, never inside a character, and joins back exactly', () => {
    const text = 'åäö😀'.repeat(3000);
    const parts = splitParts(text, 1000);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(utf8Bytes(part)).toBeLessThanOrEqual(1000);
  });

  it('a small snapshot is stored whole, in one part', () => {
    const next = storeWithRecord({}, 'wb-1', ON, snapshot());
    expect(JSON.parse(next[headerKey('wb-1')])).toEqual({ settings: ON, parts: 1 });
    expect(next[partKey('wb-1', 0)]).toBe(encodeSnapshot(snapshot()));
    const [record] = readAllReminders(next);
    expect(record).toEqual({ id: 'wb-1', settings: ON, snapshot: snapshot(), sent: {} });
  });

  it('10,000 trainees: at most 120 KB per workbook, every value under 9 KB; flags go first, then the least urgent; all counted', () => {
    const next = storeWithRecord({}, 'wb-1', ON, large(10_000));
    for (const value of Object.values(next)) expect(utf8Bytes(value)).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT_BYTES);
    expect(storeBytes(next)).toBeLessThanOrEqual(WORKBOOK_BUDGET_BYTES);
    const stored = readAllReminders(next)[0].snapshot!;
    expect(stored.trainees.length).toBeGreaterThan(2000);
    expect(stored.trainees.every((t) => t.flags.length === 0)).toBe(true);
    // 10,000 flags, and one dated item for each trainee left out.
    expect(stored.omitted).toBe(10_000 + (10_000 - stored.trainees.length));
    // Kept: the earliest due dates (January's) before later ones.
    const keptDues = new Set(stored.trainees.map((t) => t.items[0].due));
    expect(keptDues.has('2026-01-15')).toBe(true);
    expect(keptDues.has('2026-11-15')).toBe(false);
  });

  it('five workbooks of 10,000 trainees each still fit the 500 KB store', () => {
    let props: Record<string, string> = {};
    for (let i = 1; i <= 5; i++) props = storeWithRecord(props, `wb-${i}`, ON, large(10_000));
    expect(storeBytes(props)).toBeLessThanOrEqual(PROPERTY_STORE_LIMIT_BYTES);
    expect(readAllReminders(props).map((r) => r.snapshot !== null)).toEqual([true, true, true, true, true]);
  });

  it('saving again replaces the old parts (none left behind) and keeps other keys and the sent record', () => {
    const big = storeWithRecord({ other: 'kept', [sentKey('wb-1')]: '{"sr@example.se":"2026-W48"}' }, 'wb-1', ON, large(3000));
    const small = storeWithRecord(big, 'wb-1', ON, snapshot());
    expect(Object.keys(small).filter((k) => k.includes('.part'))).toEqual([partKey('wb-1', 0)]);
    expect(small.other).toBe('kept');
    expect(readAllReminders(small)[0].sent).toEqual({ 'sr@example.se': '2026-W48' });
  });

  it('switching off keeps the settings and drops the snapshot', () => {
    const off = storeWithRecord(storeWithRecord({}, 'wb-1', ON, snapshot()), 'wb-1', { ...ON, enabled: false }, null);
    expect(Object.keys(off)).toEqual([headerKey('wb-1')]);
    expect(readSettings(off, 'wb-1').enabled).toBe(false);
  });

  it('no settings saved → the defaults; stored settings that no longer validate → off', () => {
    expect(readSettings({}, 'wb-1')).toEqual(DEFAULT_REMINDER_SETTINGS);
    const broken = { [headerKey('wb-1')]: JSON.stringify({ settings: { ...ON, hour: 99 }, parts: 0 }) };
    expect(readSettings(broken, 'wb-1').enabled).toBe(false);
  });

  it('fitSnapshot leaves a snapshot under budget unchanged', () => {
    expect(fitSnapshot(snapshot(), 100_000)).toEqual(snapshot());
  });

  it('when dropping the undated flags is enough, every dated item stays', () => {
    const s = large(300);
    const withoutFlags = utf8Bytes(encodeSnapshot({ ...s, trainees: s.trainees.map((t) => ({ ...t, flags: [] })), omitted: 300 }));
    const fitted = fitSnapshot(s, withoutFlags);
    expect(fitted.trainees).toHaveLength(300);
    expect(fitted.omitted).toBe(300);
  });
});

describe('PRODUCT.md §7: the marks that tell a refresh whether to look at reminders at all', () => {
  it('a workbook\'s document properties without any mark: nobody has reminders on here', () => {
    expect(anyoneHasRemindersOn({})).toBe(false);
    expect(anyoneHasRemindersOn({ ST_KOLL_SETTINGS: '{}', 'st-koll.ownedColumns': '{}' })).toBe(false);
  });

  it('one mark per user, named by the user\'s token: any one of them means a refresh must look', () => {
    expect(remindersOnKey('a1b2')).toBe('stkoll.remindersOn.a1b2');
    expect(anyoneHasRemindersOn({ ST_KOLL_SETTINGS: '{}', [remindersOnKey('a1b2')]: '1' })).toBe(true);
  });

  it('the user\'s token lies outside the workbook keys: it is never read as a workbook, and saving keeps it', () => {
    const props = { [USER_TOKEN_KEY]: 'a1b2', ...storeWithRecord({}, 'wb1', ON, null) };
    expect(readAllReminders(props).map((r) => r.id)).toEqual(['wb1']);
    expect(storeWithRecord(props, 'wb1', { ...ON, enabled: false }, null)[USER_TOKEN_KEY]).toBe('a1b2');
  });
});

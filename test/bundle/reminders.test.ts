/**
 * PRODUCT.md §7 on the fakes: the Påminnelser settings, the one trigger per
 * user, and sendReminderDigest() run as a time-driven trigger — outside the
 * workbook, from the snapshot in the user's properties.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import type { ReminderPreviewDto, ReminderSettingsDto, Result } from '../../src/shared/api';
import { coreSheets, NOW } from './coreWorkbook';

const ON: ReminderSettingsDto = { enabled: true, weekday: 'MONDAY', hour: 7, recipients: ['studierektor@example.se'], supervisors: false };
const COORDINATOR = 'samordnare@example.se';
/** The coordinator saves on Sunday evening; the trigger fires on Monday 2026-11-23 at 07:30 in Stockholm. */
const SUNDAY_EVENING = '2026-11-22T18:00:00+01:00';
const MONDAY_0730 = '2026-11-23T07:30:00+01:00';

function fresh(options: Parameters<typeof loadBundle>[0] = {}): LoadedBundle {
  return loadBundle({ workbook: { sheets: coreSheets(), name: 'ST Region Norr' }, now: NOW, ...options });
}

/** A bundle whose clock stands at Sunday evening, for the trigger's runs that follow. */
function sunday(options: Parameters<typeof loadBundle>[0] = {}): LoadedBundle {
  return fresh({ now: SUNDAY_EVENING, ...options });
}

function save(bundle: LoadedBundle, settings: unknown): Result<{ settings: ReminderSettingsDto }> {
  return bundle.callFromClient('saveReminderSettings', settings);
}

function saved(bundle: LoadedBundle, settings: ReminderSettingsDto = ON): void {
  const result = save(bundle, settings);
  if (!result.ok) throw new Error(result.message);
}

function digestTriggers(bundle: LoadedBundle) {
  return bundle.env.triggers.all().filter((t) => t.handler === 'sendReminderDigest');
}

function fire(bundle: LoadedBundle, at: string): void {
  bundle.setNow(at);
  bundle.callFromTrigger('sendReminderDigest');
}

describe('PRODUCT.md §7: the Påminnelser settings', () => {
  it('the menu offers Påminnelser… → showReminderSettings, which opens the dialog in Swedish', () => {
    const bundle = fresh();
    bundle.call('onOpen', { authMode: 'FULL' });
    const items = bundle.env.ui.menus[0].items as { caption?: string; functionName?: string }[];
    expect(items).toContainEqual({ caption: 'Påminnelser…', functionName: 'showReminderSettings' });
    bundle.call('showReminderSettings');
    const [dialog] = bundle.env.ui.dialogs;
    expect(dialog.title).toBe('ST-koll – påminnelser');
    expect(dialog.content).toContain('<option value="MONDAY">måndag</option>');
    expect(dialog.content).toContain('Förhandsgranska');
  });

  it('defaults before anything is saved: off, måndag, 07, no recipients', () => {
    const bundle = fresh();
    expect(bundle.callFromClient('getReminderSettings')).toEqual({
      ok: true,
      settings: { enabled: false, weekday: 'MONDAY', hour: 7, recipients: [], supervisors: false },
    });
  });

  it('saving installs exactly one hourly trigger for this user; saving again keeps one', () => {
    const bundle = fresh();
    saved(bundle);
    expect(digestTriggers(bundle)).toMatchObject([{ owner: COORDINATOR, everyHours: 1, eventType: 'CLOCK' }]);
    saved(bundle, { ...ON, hour: 8 });
    expect(digestTriggers(bundle)).toHaveLength(1);
    expect(bundle.callFromClient('getReminderSettings')).toEqual({ ok: true, settings: { ...ON, hour: 8 } });
  });

  it.each([
    ['a bad address', { ...ON, recipients: ['sr@'] }, '”sr@” är ingen giltig e-postadress.'],
    ['no recipient while on', { ...ON, recipients: [] }, 'Ange minst en mottagare när påminnelsen är på.'],
    ['hour 24', { ...ON, hour: 24 }, 'Timmen måste vara ett heltal från 0 till 23.'],
    ['an unknown weekday', { ...ON, weekday: 'FUNDAY' }, 'Välj en veckodag från måndag till söndag.'],
  ])('%s is refused with a Swedish message and changes nothing', (_case, settings, message) => {
    const bundle = fresh();
    saved(bundle);
    const before = bundle.env.properties.get('user');
    expect(save(bundle, settings)).toEqual({ ok: false, message });
    expect(bundle.env.properties.get('user')).toEqual(before);
    expect(digestTriggers(bundle)).toHaveLength(1);
  });

  it('switching off the last workbook removes the trigger; another user’s trigger is never touched', () => {
    const bundle = fresh({ triggers: [{ owner: 'kollega@example.se', handler: 'sendReminderDigest' }] });
    saved(bundle);
    expect(digestTriggers(bundle)).toHaveLength(2);
    saved(bundle, { ...ON, enabled: false });
    expect(digestTriggers(bundle)).toEqual([expect.objectContaining({ owner: 'kollega@example.se' })]);
    expect(bundle.callFromClient('getReminderSettings')).toEqual({ ok: true, settings: { ...ON, enabled: false } });
  });

  it('switching off one workbook keeps the trigger while another of the user’s workbooks has reminders on', () => {
    const other = JSON.stringify({ settings: { ...ON, recipients: ['annan@example.se'] }, parts: 0 });
    const bundle = fresh({ properties: { user: { 'stkoll.reminders.other-workbook': other } } });
    saved(bundle);
    saved(bundle, { ...ON, enabled: false });
    expect(digestTriggers(bundle)).toHaveLength(1);
  });

  it('the preview shows the digest as it would go today, and sends nothing', () => {
    const bundle = fresh();
    const result = bundle.callFromClient<Result<{ preview: ReminderPreviewDto }>>('previewReminderDigest');
    if (!result.ok) throw new Error(result.message);
    expect(result.preview.hasNews).toBe(true);
    expect(result.preview.subject).toMatch(/^ST-koll: \d+ att göra – ST Region Norr$/);
    expect(result.preview.body).toContain('Anna Ek – årlig avstämning skulle ha hållits senast 2026-10-01');
    expect(bundle.env.mail.outbox()).toEqual([]);
  });
});

describe('PRODUCT.md §7: sendReminderDigest() as a time-driven trigger', () => {
  it('runs outside the workbook: no SpreadsheetApp, no document properties or lock; one mail with text and HTML', () => {
    const bundle = sunday();
    saved(bundle);
    bundle.env.calls.reset();
    fire(bundle, MONDAY_0730);
    expect(Object.keys(bundle.env.calls.byService()).sort()).toEqual(['LockService', 'MailApp', 'PropertiesService']);
    expect(bundle.env.calls.byMethod()).not.toHaveProperty('PropertiesService.getDocumentProperties');
    expect(bundle.env.calls.byMethod()).not.toHaveProperty('LockService.getDocumentLock');
    const [mail] = bundle.env.mail.outbox();
    expect(mail.to).toBe('studierektor@example.se');
    expect(mail.name).toBe('ST-koll');
    // Anna late; Björn: IUP missing and no agreement; Eva: agreement due 2026-12-01; 7 other flags; 2 data errors.
    expect(mail.subject).toBe('ST-koll: 13 att göra – ST Region Norr');
    expect(mail.body).toContain('Anna Ek – årlig avstämning skulle ha hållits senast 2026-10-01');
    expect(mail.body).toContain('Datafel: 2 rader');
    expect(mail.body).toContain('Öppna arbetsboken: https://docs.google.com/spreadsheets/d/');
    expect(mail.body).toContain('Uppgifterna från 2026-11-22 18:00');
    expect(mail.htmlBody).toContain('<b>Anna Ek</b>');
  });

  it('the trigger context has no workbook: getActiveSpreadsheet() is null and openById is refused under our manifest', () => {
    const bundle = sunday();
    bundle.env.execution.set('trigger');
    try {
      const ctx = bundle.context as unknown as { SpreadsheetApp: { getActiveSpreadsheet(): unknown; openById(id: string): unknown } };
      expect(ctx.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
      expect(() => ctx.SpreadsheetApp.openById('x')).toThrow(/auth\/spreadsheets$/);
    } finally {
      bundle.env.execution.set('document');
    }
  });

  it('before the chosen hour nothing is sent; from it, once per ISO week across a double firing', () => {
    const bundle = sunday();
    saved(bundle);
    fire(bundle, '2026-11-23T06:30:00+01:00');
    expect(bundle.env.mail.outbox()).toHaveLength(0);
    fire(bundle, MONDAY_0730);
    fire(bundle, MONDAY_0730);
    fire(bundle, '2026-11-29T23:30:00+01:00');
    expect(bundle.env.mail.outbox()).toHaveLength(1);
    expect(JSON.parse(bundle.env.properties.get('user')[`stkoll.reminders.${bundle.env.spreadsheet.id()}.sent`])).toEqual({
      'studierektor@example.se': '2026-W48',
    });
  });

  it('the week after, from the same snapshot: what was "soon" (Eva, agreement from 2026-12-01) is now late', () => {
    const bundle = sunday();
    saved(bundle);
    fire(bundle, MONDAY_0730);
    fire(bundle, '2026-12-07T07:30:00+01:00');
    const [first, second] = bundle.env.mail.outbox();
    expect(first.body).toMatch(/Att göra inom 30 dagar \(1\)\n- Eva Sjö – överenskommelse behövs från 2026-12-01/);
    expect(second.body).toContain('Överenskommelse saknas (2)');
    expect(second.body).toContain('- Eva Sjö – ingen överenskommelse gäller (behövdes från 2026-12-01)');
    expect(second.body).toContain('Uppgifterna från 2026-11-22 18:00');
  });

  it('quota 0: nothing sent and nothing recorded; quota restored: the next run sends', () => {
    const bundle = sunday();
    saved(bundle);
    bundle.env.mail.setQuota(0);
    fire(bundle, MONDAY_0730);
    expect(bundle.env.mail.outbox()).toHaveLength(0);
    expect(Object.keys(bundle.env.properties.get('user')).some((k) => k.endsWith('.sent'))).toBe(false);
    bundle.env.mail.setQuota(100);
    fire(bundle, '2026-11-23T08:30:00+01:00');
    expect(bundle.env.mail.outbox()).toHaveLength(1);
  });

  it('quota short: the coordinators first, the supervisors wait for the next run', () => {
    const bundle = sunday();
    saved(bundle, { ...ON, supervisors: true });
    bundle.env.mail.setQuota(1);
    fire(bundle, MONDAY_0730);
    expect(bundle.env.mail.outbox().map((m) => m.to)).toEqual(['studierektor@example.se']);
    bundle.env.mail.setQuota(100);
    fire(bundle, '2026-11-23T08:30:00+01:00');
    expect(bundle.env.mail.outbox().map((m) => m.to)).toEqual(['studierektor@example.se', 'karin@example.se']);
  });

  it('supervisors opted in: Karin gets only Björn; Lars (no address) is skipped and counted for the coordinator', () => {
    const bundle = sunday();
    saved(bundle, { ...ON, supervisors: true });
    fire(bundle, MONDAY_0730);
    const [coordinator, karin] = bundle.env.mail.outbox();
    expect(coordinator.body).toContain('1 handledare saknar e-postadress');
    expect(karin.to).toBe('karin@example.se');
    // IUP missing, no agreement, and two other flags: all Björn's.
    expect(karin.subject).toBe('ST-koll: 4 att göra – ST Region Norr');
    expect(karin.body).toContain('Björn Dahl');
    expect(karin.body).not.toContain('Anna Ek');
    expect(karin.body).not.toContain('Eva Sjö');
    expect(karin.body).not.toContain('Datafel');
  });

  it('a refresh keeps the snapshot current: Anna’s check-in logged and refreshed, she is no longer late', () => {
    const bundle = sunday();
    saved(bundle);
    const logged = bundle.callFromClient<Result<{ row: number }>>('logSession', {
      date: '2026-11-20',
      traineeId: 'ST-0001',
      supervisorId: 'HL-0002',
      type: 'Årligt avstämningssamtal',
      minutes: null,
      documented: true,
      note: '',
    });
    expect(logged.ok).toBe(true);
    // The sidebar reloads its data after logging a session; that evaluation stores the snapshot.
    bundle.callFromClient('getSidebarData');
    fire(bundle, MONDAY_0730);
    expect(bundle.env.mail.outbox()[0].body).not.toContain('Anna Ek – årlig');
  });

  it('with reminders off everywhere, the trigger sends nothing and removes itself', () => {
    const bundle = sunday({ triggers: [{ owner: COORDINATOR, handler: 'sendReminderDigest' }] });
    fire(bundle, MONDAY_0730);
    expect(bundle.env.mail.outbox()).toEqual([]);
    expect(digestTriggers(bundle)).toEqual([]);
  });
});

describe('PRODUCT.md §7: a refresh spends calls on reminders only where someone has them on', () => {
  const COLLEAGUE = 'kollega@example.se';
  const marks = (bundle: LoadedBundle) => Object.keys(bundle.env.properties.get('document')).filter((k) => k.startsWith('stkoll.remindersOn.'));
  const refreshed = (bundle: LoadedBundle) => {
    bundle.env.calls.reset();
    bundle.call('refreshFlags');
    return bundle.env.calls.byMethod();
  };

  it('nobody has switched them on here: no look at the user\'s properties, not even the workbook\'s ID', () => {
    const methods = refreshed(fresh());
    expect(methods).not.toHaveProperty('PropertiesService.getUserProperties');
    expect(methods).not.toHaveProperty('Spreadsheet.getId');
  });

  it('the coordinator switches them on: one mark in the workbook, and a refresh on Monday 06:00 renews the snapshot in one write', () => {
    const bundle = sunday();
    saved(bundle);
    const token = bundle.env.properties.get('user')['stkoll.user'];
    expect(token).toEqual(expect.any(String));
    expect(marks(bundle)).toEqual([`stkoll.remindersOn.${token}`]);
    bundle.setNow('2026-11-23T06:00:00+01:00');
    const methods = refreshed(bundle);
    expect(methods['Properties.setProperties']).toBe(1);
    expect(methods['Spreadsheet.getId']).toBe(1);
    fire(bundle, MONDAY_0730);
    expect(bundle.env.mail.outbox()[0].body).toContain('Uppgifterna från 2026-11-23 06:00');
  });

  it('a colleague without reminders refreshes: one look at their own header, nothing written, the coordinator\'s snapshot untouched', () => {
    const bundle = sunday();
    saved(bundle);
    bundle.env.user.switchTo(COLLEAGUE);
    const methods = refreshed(bundle);
    expect(methods['Properties.getProperty']).toBe(1);
    expect(methods).not.toHaveProperty('Properties.setProperties');
    expect(bundle.env.properties.get('user')).toEqual({});
    bundle.env.user.switchTo(COORDINATOR);
    fire(bundle, MONDAY_0730);
    expect(bundle.env.mail.outbox()[0].body).toContain('Uppgifterna från 2026-11-22 18:00');
  });

  it('switching off clears only this user\'s mark; with both off, a refresh is back to no call for reminders', () => {
    const bundle = fresh();
    saved(bundle);
    bundle.env.user.switchTo(COLLEAGUE);
    saved(bundle);
    const colleagueMark = `stkoll.remindersOn.${bundle.env.properties.get('user')['stkoll.user']}`;
    expect(marks(bundle)).toHaveLength(2);
    bundle.env.user.switchTo(COORDINATOR);
    saved(bundle, { ...ON, enabled: false });
    expect(marks(bundle)).toEqual([colleagueMark]);
    bundle.env.user.switchTo(COLLEAGUE);
    saved(bundle, { ...ON, enabled: false });
    expect(marks(bundle)).toEqual([]);
    expect(refreshed(bundle)).not.toHaveProperty('PropertiesService.getUserProperties');
  });
});

describe('PRODUCT.md §7: scopes', () => {
  it('the manifest adds exactly script.send_mail and script.scriptapp, nothing wider', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../build/appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/documents',
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/script.scriptapp',
    ]);
  });
});

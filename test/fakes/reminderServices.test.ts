/**
 * The fakes the reminders need, as strict as Apps Script: MailApp (outbox,
 * recipient quota), ScriptApp's time-driven triggers per user, the property
 * limits, and the trigger context (no workbook, no document properties or lock, no Ui).
 */
import { inRealm, thrownMessage, withSheet } from './helpers';

describe('MailApp', () => {
  test('sendEmail(message) goes to the outbox and uses one recipient of the quota each', () => {
    const bundle = withSheet([['a']], { mailQuota: 3 });
    inRealm(bundle, `MailApp.sendEmail({ to: 'a@example.se, b@example.se', subject: 'S', body: 'B', htmlBody: '<p>B</p>', name: 'ST-koll' })`);
    expect(inRealm(bundle, `MailApp.getRemainingDailyQuota()`)).toBe(1);
    expect(bundle.env.mail.outbox()).toEqual([
      { to: 'a@example.se,b@example.se', cc: '', bcc: '', subject: 'S', body: 'B', htmlBody: '<p>B</p>', name: 'ST-koll', replyTo: null },
    ]);
  });

  test('over the quota, or to an address that is not one: throws, sends nothing, keeps the quota', () => {
    const bundle = withSheet([['a']], { mailQuota: 1 });
    expect(thrownMessage(() => inRealm(bundle, `MailApp.sendEmail({ to: 'a@x.se,b@x.se', subject: 'S', body: 'B' })`))).toBe(
      'Service invoked too many times for one day: email.',
    );
    expect(thrownMessage(() => inRealm(bundle, `MailApp.sendEmail('inte en adress', 'S', 'B')`))).toBe('Invalid email: inte en adress');
    expect(bundle.env.mail.outbox()).toEqual([]);
    expect(bundle.env.mail.quota()).toBe(1);
  });

  test('a body over 200 KB is refused', () => {
    const bundle = withSheet([['a']]);
    expect(thrownMessage(() => inRealm(bundle, `MailApp.sendEmail({ to: 'a@x.se', subject: 'S', body: 'B', htmlBody: new Array(205 * 1024).join('x') })`))).toBe(
      'Limit Exceeded: Email Body Size.',
    );
    expect(bundle.env.mail.outbox()).toEqual([]);
  });

  test('needs script.send_mail: refused before authorization', () => {
    const bundle = withSheet([['a']], { authMode: 'LIMITED' });
    expect(thrownMessage(() => inRealm(bundle, `MailApp.getRemainingDailyQuota()`))).toMatch(/auth\/script\.send_mail$/);
  });
});

describe('ScriptApp time-driven triggers', () => {
  test('created per user; getProjectTriggers shows only the current user’s; hourly at most', () => {
    const bundle = withSheet([['a']], { triggers: [{ owner: 'kollega@example.se', handler: 'sendReminderDigest' }] });
    const out = inRealm(
      bundle,
      `var t = ScriptApp.newTrigger('sendReminderDigest').timeBased().everyHours(1).create();
       var mine = ScriptApp.getProjectTriggers();
       [mine.length, mine[0].getHandlerFunction(), String(mine[0].getEventType()), t.getUniqueId() === mine[0].getUniqueId()].join()`,
    );
    expect(out).toBe('1,sendReminderDigest,CLOCK,true');
    expect(bundle.env.triggers.all().map((t) => t.owner)).toEqual(['kollega@example.se', 'samordnare@example.se']);
    expect(thrownMessage(() => inRealm(bundle, `ScriptApp.newTrigger('f').timeBased().everyMinutes(5)`))).toMatch(/once an hour/);
    expect(thrownMessage(() => inRealm(bundle, `ScriptApp.newTrigger('f').timeBased().everyHours(3)`))).toMatch(/1, 2, 4, 6, 8 or 12/);
  });

  test('an add-on has one time-driven trigger per user per document', () => {
    const bundle = withSheet([['a']]);
    inRealm(bundle, `ScriptApp.newTrigger('a').timeBased().everyHours(1).create()`);
    expect(thrownMessage(() => inRealm(bundle, `ScriptApp.newTrigger('b').timeBased().everyHours(1).create()`))).toBe(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
  });

  test('deleteTrigger removes the user’s own trigger', () => {
    const bundle = withSheet([['a']]);
    inRealm(bundle, `ScriptApp.newTrigger('a').timeBased().everyHours(1).create(); ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0])`);
    expect(bundle.env.triggers.all()).toEqual([]);
  });

  test('needs script.scriptapp: refused before authorization', () => {
    const bundle = withSheet([['a']], { authMode: 'LIMITED' });
    expect(thrownMessage(() => inRealm(bundle, `ScriptApp.getProjectTriggers()`))).toMatch(/auth\/script\.scriptapp$/);
  });
});

describe('PropertiesService limits', () => {
  test('a value over 9 KB is refused; so is a store over 500 KB; nothing is changed', () => {
    const bundle = withSheet([['a']]);
    expect(thrownMessage(() => inRealm(bundle, `PropertiesService.getUserProperties().setProperty('k', new Array(9 * 1024 + 2).join('x'))`))).toBe(
      'Argument too large: value',
    );
    const fill = `var p = {}; for (var i = 0; i < 60; i++) p['k' + i] = new Array(9000).join('x'); PropertiesService.getUserProperties().setProperties(p)`;
    expect(thrownMessage(() => inRealm(bundle, fill))).toMatch(/exceeded the property storage quota/);
    expect(bundle.env.properties.get('user')).toEqual({});
  });
});

describe('the trigger context', () => {
  test('no active spreadsheet, no document properties, no document lock, no Ui; user properties and the user lock remain', () => {
    const bundle = withSheet([['a']]);
    bundle.env.execution.set('trigger');
    expect(
      inRealm(
        bundle,
        `[SpreadsheetApp.getActiveSpreadsheet() === null, PropertiesService.getDocumentProperties() === null,
          LockService.getDocumentLock() === null, PropertiesService.getUserProperties() !== null,
          LockService.getUserLock().tryLock(10)].join()`,
      ),
    ).toBe('true,true,true,true,true');
    expect(thrownMessage(() => inRealm(bundle, `SpreadsheetApp.getUi()`))).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(thrownMessage(() => inRealm(bundle, `SpreadsheetApp.openById('1abc')`))).toMatch(/Required permissions: https:\/\/www\.googleapis\.com\/auth\/spreadsheets$/);
  });

  test('callFromTrigger runs in it and returns to the document afterwards', () => {
    const bundle = withSheet([['a']]);
    bundle.callFromTrigger('sendReminderDigest');
    expect(bundle.env.execution.kind()).toBe('document');
  });
});

/** Call counting and the small services: properties, locks, Utilities, Session, HtmlService. */
import { inRealm, thrownMessage, withSheet } from './helpers';

describe('call counting', () => {
  test('every method call on every service object is counted by service and by Class.method', () => {
    const bundle = withSheet([['a'], [1]]);
    inRealm(
      bundle,
      `var ss = SpreadsheetApp.getActiveSpreadsheet();
       var sheet = ss.getSheetByName('Data');
       sheet.getDataRange().getValues();
       sheet.getRange(1, 1).getValue();
       PropertiesService.getDocumentProperties().getProperty('x');
       Utilities.formatDate(new Date(), 'UTC', 'yyyy');
       var lock = LockService.getDocumentLock(); lock.tryLock(10); lock.releaseLock();
       SpreadsheetApp.newDataValidation().requireCheckbox().build();`,
    );
    expect(bundle.env.calls.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
      'Sheet.getRange': 1,
      'Range.getValue': 1,
      'PropertiesService.getDocumentProperties': 1,
      'Properties.getProperty': 1,
      'Utilities.formatDate': 1,
      'LockService.getDocumentLock': 1,
      'Lock.tryLock': 1,
      'Lock.releaseLock': 1,
      'SpreadsheetApp.newDataValidation': 1,
      'DataValidationBuilder.requireCheckbox': 1,
      'DataValidationBuilder.build': 1,
    });
    expect(bundle.env.calls.byService()).toEqual({ SpreadsheetApp: 9, PropertiesService: 2, Utilities: 1, LockService: 3 });
    expect(bundle.env.calls.total()).toBe(15);
    bundle.env.calls.reset();
    expect(bundle.env.calls.total()).toBe(0);
  });

  test('the env inspectors are not counted; service objects hide their internals', () => {
    const bundle = withSheet([['a']]);
    bundle.env.spreadsheet.cells('Data');
    expect(bundle.env.calls.total()).toBe(0);
    expect(inRealm(bundle, `var s = SpreadsheetApp.getActiveSheet(); [s.model === undefined, Object.keys(s).length, String(s)].join()`)).toBe('true,0,Sheet');
  });
});

describe('PropertiesService', () => {
  test('stores strings per scope', () => {
    const bundle = withSheet([['a']], { properties: { document: { seeded: '1' } } });
    const out = inRealm(
      bundle,
      `var p = PropertiesService.getDocumentProperties(); p.setProperty('n', 5); p.setProperties({ a: 'x' });
       [typeof p.getProperty('n'), p.getProperty('missing'), p.getKeys().sort().join('|'), PropertiesService.getUserProperties().getKeys().length].join()`,
    );
    expect(out).toBe('string,,a|n|seeded,0');
    expect(bundle.env.properties.get('document')).toEqual({ seeded: '1', n: '5', a: 'x' });
  });
});

describe('LockService', () => {
  test('tryLock fails and waitLock throws while another execution holds the lock', () => {
    const bundle = withSheet([['a']]);
    bundle.env.lock.holdElsewhere(true);
    expect(inRealm(bundle, `LockService.getDocumentLock().tryLock(30000)`)).toBe(false);
    expect(thrownMessage(() => inRealm(bundle, `LockService.getDocumentLock().waitLock(30000)`))).toBe(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(inRealm(bundle, `LockService.getScriptLock().tryLock(10)`)).toBe(true);
    bundle.env.lock.holdElsewhere(false);
    expect(inRealm(bundle, `var l = LockService.getDocumentLock(); [l.tryLock(10), l.hasLock()].join()`)).toBe('true,true');
  });

  test('onAcquire lets a test edit the sheet while the script holds the lock', () => {
    const bundle = withSheet([['ID'], ['ST-0001']]);
    bundle.env.lock.onAcquire(() => bundle.env.spreadsheet.insertRows('Data', 1, 1));
    const ids = inRealm(bundle, `LockService.getDocumentLock().tryLock(10); SpreadsheetApp.getActiveSheet().getDataRange().getValues().join('|')`);
    expect(ids).toBe('ID||ST-0001');
  });
});

describe('Utilities', () => {
  const bundle = withSheet([['a']]);
  const format = (iso: string, tz: string, pattern: string) =>
    inRealm<string>(bundle, `Utilities.formatDate(new Date(${JSON.stringify(iso)}), ${JSON.stringify(tz)}, ${JSON.stringify(pattern)})`);

  test.each([
    ['2026-03-29T01:30:00Z', 'Europe/Stockholm', 'yyyy-MM-dd HH:mm:ss Z', '2026-03-29 03:30:00 +0200'],
    ['2026-03-29T00:30:00Z', 'Europe/Stockholm', "yyyy-MM-dd'T'HH:mmXXX", '2026-03-29T01:30+01:00'],
    ['2026-10-25T00:30:00Z', 'Europe/Stockholm', 'HH:mm XXX', '02:30 +02:00'],
    ['2026-10-25T01:30:00Z', 'Europe/Stockholm', 'HH:mm XXX', '02:30 +01:00'],
    ['2026-01-05T12:00:00Z', 'UTC', 'EEE d MMM yy, h a', 'Mon 5 Jan 26, 12 PM'],
    ['2026-01-05T12:00:00Z', 'UTC', 'XXX', 'Z'],
  ])('formatDate(%s, %s, %s) = %s', (iso, tz, pattern, expected) => {
    expect(format(iso, tz, pattern)).toBe(expected);
  });

  test('parseDate, uuid, sleep, blobs', () => {
    expect(inRealm(bundle, `Utilities.parseDate('2026-03-29', 'Europe/Stockholm', 'yyyy-MM-dd').toISOString()`)).toBe('2026-03-28T23:00:00.000Z');
    expect(inRealm(bundle, 'Utilities.getUuid()')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(inRealm(bundle, 'Utilities.sleep(1000)')).toBeUndefined();
    expect(
      inRealm(bundle, `var b = Utilities.newBlob('Åsa', 'text/plain', 'a.txt'); [b.getName(), b.getContentType(), b.getBytes().length, b.getDataAsString()].join()`),
    ).toBe('a.txt,text/plain,4,Åsa');
  });
});

describe('Session and HtmlService', () => {
  test('the user and the zones (userinfo.email granted)', () => {
    const bundle = withSheet([['a']], { manifest: {} });
    expect(inRealm(bundle, `[Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getScriptTimeZone()].join()`)).toBe(
      'samordnare@example.se,samordnare@example.se,Europe/Stockholm',
    );
  });

  test('outputs from files and strings, templates with scriptlets', () => {
    const bundle = withSheet([['a']], { projectFiles: { Sidebar: '<b>x</b>', Mall: '<p><?= name ?></p><?!= raw ?>' } });
    expect(inRealm(bundle, `HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('T').append('<i>y</i>').getContent()`)).toBe('<b>x</b><i>y</i>');
    expect(inRealm(bundle, `var t = HtmlService.createTemplateFromFile('Mall'); t.name = '<Åsa>'; t.raw = '<hr>'; t.evaluate().getContent()`)).toBe(
      '<p>&lt;Åsa&gt;</p><hr>',
    );
    expect(thrownMessage(() => inRealm(bundle, `HtmlService.createHtmlOutputFromFile('Saknas')`))).toBe('No HTML file named Saknas was found.');
  });
});

describe('service objects expose the Apps Script API only', () => {
  test('internal helpers of the fakes are not callable from the script', () => {
    const bundle = withSheet([['a']]);
    expect(inRealm(bundle, `var r = SpreadsheetApp.getActiveSheet().getRange('A1'); [typeof r.getValues, typeof r._grid, typeof r._writeValues, typeof r.sheetModel, typeof r.constructor].join()`)).toBe(
      'function,undefined,undefined,undefined,undefined',
    );
  });
});

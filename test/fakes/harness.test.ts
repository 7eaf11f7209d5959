/** The harness: a clean Apps Script realm, a settable clock, and google.script.run's rules. */
import { join } from 'node:path';
import gasLocal from 'gas-local';
import { loadBundle } from '../../dev/harness';
import { inRealm, thrownMessage } from './helpers';

const fixture = join(__dirname, 'fixtures', 'Code.js');
const load = (options = {}) => loadBundle({ bundlePath: fixture, now: '2026-11-23T09:00:00+01:00', projectFiles: { Sidebar: '<p>hej</p>' }, ...options });

describe('the context holds only Apps Script globals', () => {
  test('no node or browser globals, no fakes module', () => {
    expect(load().call('globalsSeen')).toEqual({
      require: 'undefined',
      module: 'undefined',
      exports: 'undefined',
      process: 'undefined',
      setTimeout: 'undefined',
      setInterval: 'undefined',
      fetch: 'undefined',
      window: 'undefined',
      Buffer: 'undefined',
      global: 'undefined',
      GasFakes: 'undefined',
    });
  });

  test('the Apps Script services are there', () => {
    const bundle = load();
    for (const name of ['SpreadsheetApp', 'DocumentApp', 'Drive', 'DriveApp', 'HtmlService', 'PropertiesService', 'LockService', 'Utilities', 'Session', 'Logger', 'console', 'MimeType', 'ScriptApp']) {
      expect(`${name}: ${inRealm(bundle, `typeof ${name}`)}`).toBe(`${name}: object`);
    }
  });
});

describe('the clock', () => {
  test('new Date() and Date.now() return the fixed instant, and setNow moves it', () => {
    const bundle = load();
    expect(inRealm(bundle, 'new Date().toISOString()')).toBe('2026-11-23T08:00:00.000Z');
    bundle.setNow('2027-01-01T00:00:00Z');
    expect(inRealm(bundle, 'Date.now()')).toBe(Date.parse('2027-01-01T00:00:00Z'));
    expect(inRealm(bundle, 'new Date(2020, 0, 1) instanceof Date && new Date() instanceof Date')).toBe(true);
  });
});

describe('executions', () => {
  test('module state does not survive between calls, as in Apps Script', () => {
    const bundle = load();
    expect(bundle.call('remember', 'a')).toBe(1);
    expect(bundle.call('remember', 'b')).toBe(1);
  });

  test('locks are released when an execution ends', () => {
    const bundle = load();
    inRealm(bundle, 'function takeLock() { LockService.getDocumentLock().tryLock(1000); }');
    bundle.call('takeLock');
    expect(bundle.env.lock.isHeld()).toBe(false);
    expect(bundle.env.lock.events().map((e) => e.action)).toEqual(['acquired', 'released at end of execution']);
  });

  test('gas-local loads the bundle into the realm of the fakes, after them, again for every execution', () => {
    const spy = jest.spyOn(gasLocal, 'require');
    try {
      const bundle = load();
      bundle.call('remember', 'a');
      bundle.call('remember', 'b');
      expect(spy).toHaveBeenCalledTimes(2);
      expect(spy.mock.calls[0][1]).toBe(bundle.context);
      // One realm: the arrays the fakes hand out are the bundle's own arrays.
      expect(inRealm(bundle, 'Object.getPrototypeOf(SpreadsheetApp.getActiveSpreadsheet().getSheets()) === Array.prototype')).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  test('the bundle makes no service call at module scope', () => {
    expect(load().moduleScopeCalls()).toBe(0);
  });
});

describe('callFromClient follows google.script.run', () => {
  const bundle = load();

  test('arguments and results are JSON round-tripped into the realm', () => {
    const result = bundle.callFromClient<{ received: unknown; isArray: boolean; today: string }>('echo', { list: [1, 2], text: 'å' });
    expect(result).toEqual({ received: { list: [1, 2], text: 'å' }, isArray: true, today: '2026-11-23' });
  });

  test('refuses private functions (ending in _)', () => {
    expect(thrownMessage(() => bundle.callFromClient('secret_'))).toMatch(/private/);
  });

  test('refuses names that are not global functions', () => {
    expect(thrownMessage(() => bundle.callFromClient('SpreadsheetApp'))).toMatch(/not a server function/);
    expect(thrownMessage(() => bundle.callFromClient('noSuchFunction'))).toMatch(/not a server function/);
  });

  test('a Date in the result fails the call', () => {
    expect(thrownMessage(() => bundle.callFromClient('today'))).toMatch(/cannot transfer a Date/);
  });

  test('undefined inside the result fails; a void function returns undefined', () => {
    expect(thrownMessage(() => bundle.callFromClient('withUndefined'))).toMatch(/undefined at result.b/);
    expect(bundle.callFromClient('nothing')).toBeUndefined();
  });

  test('a Date argument is refused', () => {
    expect(thrownMessage(() => bundle.callFromClient('echo', new Date()))).toMatch(/Date/);
  });
});

describe('AuthMode NONE', () => {
  test('onOpen may build the add-on menu', () => {
    const bundle = load({ authMode: 'NONE' });
    expect(bundle.call('onOpen', { authMode: 'NONE' })).toBe('NONE');
    expect(bundle.env.ui.menus).toEqual([
      {
        caption: null,
        addon: true,
        items: [{ caption: 'Öppna', functionName: 'showSidebar' }, { separator: true }, { caption: 'Uppdatera', functionName: 'refresh' }],
      },
    ]);
  });

  test('anything else throws like Apps Script', () => {
    const bundle = load({ authMode: 'NONE' });
    expect(thrownMessage(() => bundle.call('onOpenTouchingSheets'))).toBe(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
    );
    for (const source of ['PropertiesService.getDocumentProperties()', 'LockService.getDocumentLock()', 'Session.getActiveUser()', "HtmlService.createHtmlOutput('x')", 'DriveApp.getRootFolder()', "DocumentApp.create('x')"]) {
      expect(thrownMessage(() => inRealm(bundle, source))).toMatch(/^You do not have permission to call /);
    }
  });

  test('after authorisation (FULL) the same call works', () => {
    const bundle = load({ authMode: 'LIMITED' });
    bundle.env.auth.setMode('FULL');
    expect(bundle.call('onOpenTouchingSheets')).toBe('ST-koll');
  });
});

describe('Ui records what the user sees', () => {
  test('a sidebar from a project file', () => {
    const bundle = load();
    bundle.call('showSidebar');
    expect(bundle.env.ui.sidebars).toEqual([{ title: 'ST-koll', content: '<p>hej</p>', width: null, height: null }]);
  });

  test('alerts take queued answers, else the first button', () => {
    const bundle = load();
    bundle.env.ui.queueResponse('NO');
    const answers = inRealm<string[]>(
      bundle,
      `var ui = SpreadsheetApp.getUi(); [ui.alert('Titel', 'Säker?', ui.ButtonSet.YES_NO), ui.alert('Klart'), ui.alert('Igen?', ui.ButtonSet.YES_NO) === ui.Button.YES]`,
    );
    expect([...answers]).toEqual(['NO', 'OK', true]);
    expect(bundle.env.ui.alerts.map((a) => [a.title, a.prompt, a.response])).toEqual([
      ['Titel', 'Säker?', 'NO'],
      [null, 'Klart', 'OK'],
      [null, 'Igen?', 'YES'],
    ]);
  });

  test('a queued answer the dialog does not offer is a test error', () => {
    const bundle = load();
    bundle.env.ui.queueResponse('YES');
    expect(thrownMessage(() => inRealm(bundle, `SpreadsheetApp.getUi().alert('Klart')`))).toMatch(/not a button of OK/);
  });

  test('toasts', () => {
    const bundle = load();
    inRealm(bundle, `SpreadsheetApp.getActiveSpreadsheet().toast('Klart', 'ST-koll', 5)`);
    expect(bundle.env.ui.toasts).toEqual([{ message: 'Klart', title: 'ST-koll', timeoutSeconds: 5 }]);
  });
});

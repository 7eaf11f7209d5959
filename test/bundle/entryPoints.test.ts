/**
 * The built bundle as Apps Script loads it: only Apps Script globals, the menu
 * in every AuthMode, and the menu commands around refreshFlags.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundle } from '../../dev/harness';
import { SHEET } from '../../src/domain/sheetContract';
import { coreSheets, NOW } from './coreWorkbook';

const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'showSidebar',
  'setupWorkbook',
  'refreshFlags',
  'showOverdueAnnualCheckins',
  'generateAgreementForSelection',
  'showValidationReport',
];

describe('the bundle loads in an Apps Script-like context', () => {
  test('every entry point of PRODUCT.md §3 is a global function', () => {
    const bundle = loadBundle({ workbook: { sheets: coreSheets() }, now: NOW });
    for (const name of ENTRY_POINTS) {
      expect(`${name}: ${typeof (bundle.context as Record<string, unknown>)[name]}`).toBe(`${name}: function`);
    }
  });

  test('the context has no node or browser globals', () => {
    const bundle = loadBundle({ workbook: { sheets: coreSheets() }, now: NOW });
    for (const name of ['require', 'module', 'process', 'setTimeout', 'fetch', 'window']) {
      expect(`${name}: ${typeof (bundle.context as Record<string, unknown>)[name]}`).toBe(`${name}: undefined`);
    }
  });

  test('no service call happens at module scope', () => {
    const bundle = loadBundle({ workbook: { sheets: coreSheets() }, now: NOW });
    expect(bundle.env.calls.total()).toBe(0);
  });

  test('the bundle is one script with no require or import left in it', () => {
    const code = readFileSync(join(__dirname, '../../build/Code.js'), 'utf8');
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/^\s*import\s/m);
  });
});

describe('onOpen and onInstall build the ST-koll menu in every AuthMode', () => {
  test.each(['NONE', 'LIMITED', 'FULL'] as const)('AuthMode %s: the menu is built and nothing else is touched', (authMode) => {
    const bundle = loadBundle({ workbook: { sheets: coreSheets() }, now: NOW, authMode });
    bundle.call('onOpen', { authMode });
    const menus = JSON.stringify(bundle.env.ui.menus);
    expect(menus).toMatch(/Uppdatera flaggor/);
    expect(menus).toMatch(/refreshFlags/);
    expect(menus).toMatch(/showOverdueAnnualCheckins/);
    expect(menus).toMatch(/generateAgreementForSelection/);
    expect(menus).toMatch(/setupWorkbook/);
    expect(menus).toMatch(/showValidationReport/);
    expect(menus).toMatch(/showSidebar/);
  });

  test('onInstall in AuthMode NONE builds the same menu', () => {
    const bundle = loadBundle({ workbook: { sheets: coreSheets() }, now: NOW, authMode: 'NONE' });
    bundle.call('onInstall', { authMode: 'NONE' });
    expect(JSON.stringify(bundle.env.ui.menus)).toMatch(/refreshFlags/);
  });

  test('every menu item names a global function of the bundle', () => {
    const bundle = loadBundle({ workbook: { sheets: coreSheets() }, now: NOW });
    bundle.call('onOpen');
    const names = [...JSON.stringify(bundle.env.ui.menus).matchAll(/"(?:functionName|fn|function)":"([A-Za-z_]+)"/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThanOrEqual(7);
    for (const name of names) expect(`${name}: ${typeof (bundle.context as Record<string, unknown>)[name]}`).toBe(`${name}: function`);
  });
});

describe('showOverdueAnnualCheckins', () => {
  test('after a refresh, a filter on ST-läkare hides every row but the Försenad ones', () => {
    const bundle = loadBundle({ workbook: { sheets: coreSheets() }, now: NOW });
    bundle.call('refreshFlags');
    bundle.call('showOverdueAnnualCheckins');
    expect(bundle.env.ui.alerts).toEqual([]);
    const hidden = bundle.env.spreadsheet.hiddenRows(SHEET.trainees);
    expect(hidden).toEqual([3, 4, 5, 6, 7]);
    expect(JSON.stringify(bundle.env.ui.toasts)).toMatch(/1 ST-läkare med försenad/);
  });

  test('before any refresh it says to refresh first, and filters nothing', () => {
    const bundle = loadBundle({ workbook: { sheets: coreSheets() }, now: NOW });
    bundle.call('showOverdueAnnualCheckins');
    expect(JSON.stringify(bundle.env.ui.alerts)).toMatch(/Uppdatera flaggor/);
    expect(bundle.env.spreadsheet.hiddenRows(SHEET.trainees)).toEqual([]);
  });
});

describe('showValidationReport', () => {
  test('lists sheet, row, column and a Swedish reason for every invalid row, escaped', () => {
    const sheets = coreSheets();
    sheets[SHEET.sessions].push(['2026-11-24', '<b>ST-0001</b>', '', 'Handledningssamtal', 60, true, '']);
    const bundle = loadBundle({ workbook: { sheets }, now: NOW });
    bundle.call('showValidationReport');
    const dialog = bundle.env.ui.dialogs[0];
    expect(dialog).toBeDefined();
    const html = JSON.stringify(dialog);
    expect(html).toMatch(/ST-läkare/);
    expect(html).toMatch(/ST-start/);
    expect(html).toMatch(/Överenskommelser/);
    expect(html).toMatch(/Samtal/);
    expect(html).toMatch(/framtiden/);
    expect(html).not.toMatch(/<b>ST-0001<\/b>/);
    expect(html).toMatch(/&lt;b&gt;/);
  });

  test('lists every invalid row, also past the first hundreds (600 future-dated sessions)', () => {
    const sheets = coreSheets();
    for (let i = 0; i < 600; i++) sheets[SHEET.sessions].push(['2026-12-01', 'ST-0001', '', 'Medsittning', '', true, '']);
    const bundle = loadBundle({ workbook: { sheets }, now: NOW });
    bundle.call('showValidationReport');
    const html = JSON.stringify(bundle.env.ui.dialogs[0]);
    expect(html.match(/framtiden/g)?.length).toBe(600);
    expect(html).toContain('<td>608</td>');
  });
});

describe('outside a workbook (issue #6)', () => {
  test('no active spreadsheet, document lock or document properties: a Swedish message, no crash', () => {
    const bundle = loadBundle({ workbook: { sheets: coreSheets() }, now: NOW });
    bundle.env.execution.set('trigger');
    const result = bundle.callFromClient<{ ok: boolean; message?: string }>('refreshFlagsFromSidebar');
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/måste köras från en arbetsbok/) });
  });
});

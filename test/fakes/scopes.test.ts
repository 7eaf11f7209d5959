/**
 * The fakes refuse what Apps Script refuses: a call whose scopes the manifest
 * lacks throws Apps Script's message, and a method missing from the scope
 * table (dev/fakes/scopes.ts) throws, so the table keeps up with the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScopeGate } from '../../dev/fakes/calls/scopeGate';
import { METHOD_SCOPES, SCOPE } from '../../dev/fakes/scopes';
import { inRealm, thrownMessage, withSheet } from './helpers';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8'));
const ST_KOLL_SCOPES = [SCOPE.spreadsheetsCurrentOnly, SCOPE.documents, SCOPE.driveFile, SCOPE.containerUi, SCOPE.sendMail, SCOPE.scriptApp];

describe('the manifest', () => {
  test("asks for ST-koll's six scopes and nothing else (the reminder adds only send_mail and scriptapp), never the full drive or spreadsheets scope", () => {
    expect([...manifest.oauthScopes].sort()).toEqual([...ST_KOLL_SCOPES].sort());
    expect(manifest.oauthScopes).not.toContain(SCOPE.drive);
    expect(manifest.oauthScopes).not.toContain(SCOPE.spreadsheets);
  });

  test('enables the advanced Drive service v3 as Drive', () => {
    expect(manifest.dependencies.enabledAdvancedServices).toContainEqual({ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' });
  });
});

describe('a call the manifest does not cover', () => {
  const onlySheets = { oauthScopes: [SCOPE.spreadsheetsCurrentOnly], dependencies: manifest.dependencies };

  test("a built-in service throws Apps Script's message naming the method and the scopes", () => {
    const bundle = withSheet([['a']], { manifest: onlySheets });
    expect(inRealm(bundle, 'SpreadsheetApp.getActiveSpreadsheet().getName()')).toBe('ST-koll');
    expect(thrownMessage(() => inRealm(bundle, "DocumentApp.create('x')"))).toBe(
      'Specified permissions are not sufficient to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents',
    );
    expect(thrownMessage(() => inRealm(bundle, "SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('x'))"))).toBe(
      'Specified permissions are not sufficient to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
  });

  test('the advanced Drive service answers as its API does', () => {
    const bundle = withSheet([['a']], { manifest: onlySheets });
    expect(thrownMessage(() => inRealm(bundle, "Drive.Files.create({ name: 'x' })"))).toBe(
      'API call to drive.files.create failed with error: Request had insufficient authentication scopes.',
    );
  });

  test("under ST-koll's manifest DriveApp and the user's address are refused", () => {
    const bundle = withSheet([['a']]);
    expect(thrownMessage(() => inRealm(bundle, "DriveApp.createFolder('x')"))).toBe(
      'Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive',
    );
    expect(thrownMessage(() => inRealm(bundle, "DriveApp.getFileById('x')"))).toBe(
      'Specified permissions are not sufficient to call DriveApp.getFileById. ' +
        'Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)',
    );
    expect(thrownMessage(() => inRealm(bundle, 'Session.getActiveUser()'))).toBe(
      'Specified permissions are not sufficient to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
  });
});

describe('the scope table', () => {
  test('a method it does not list is refused, whatever the manifest grants', () => {
    const gate = new ScopeGate(Object.values(SCOPE));
    expect(() => gate.check('SpreadsheetApp', 'Range', 'setValues')).not.toThrow();
    expect(() => gate.check('SpreadsheetApp', 'Range', 'setRichTextValues')).toThrow(/Range\.setRichTextValues is not in dev\/fakes\/scopes\.ts/);
    expect(() => gate.check('Gmail', 'GmailApp', 'sendEmail')).toThrow(/GmailApp\.sendEmail is not in dev\/fakes\/scopes\.ts/);
  });

  test('every class names its reference page and every scope is a known one', () => {
    const known = new Set<string>(Object.values(SCOPE));
    for (const [name, entry] of Object.entries(METHOD_SCOPES)) {
      expect([name, entry.reference]).toEqual([name, expect.stringMatching(/^https:\/\/developers\.google\.com\//)]);
      for (const scopes of Object.values(entry.methods)) for (const scope of scopes) expect(known.has(scope)).toBe(true);
    }
  });
});

/**
 * The whole add-on under its own manifest: the menu, the sidebar's server
 * functions and agreement generation (one document, a PDF copy, a user
 * template, the batch) run on fakes that refuse any call outside
 * build/appsscript.json's scopes, and any method missing from the scope table.
 * The same flow under a narrower manifest fails with Apps Script's message.
 * The weekly reminder (settings, snapshot on refresh, preview, the trigger's
 * run outside the workbook) runs under the same manifest.
 */
import { loadBundle, type LoadedBundle, type ManifestSpec } from '../../dev/harness';
import { SHEET } from '../../src/domain/sheetContract';
import { agreementSheets, USER_TEMPLATE_ID } from './agreementWorkbook';
import { NOW } from './coreWorkbook';

const REFUSED = /Specified permissions|not in dev\/fakes\/scopes|insufficient authentication scopes|is not defined/;

function bundle(manifest?: ManifestSpec): LoadedBundle {
  return loadBundle({
    workbook: { sheets: agreementSheets() },
    now: NOW,
    activeSheet: SHEET.agreements,
    activeRange: 'B6',
    documents: [{ id: USER_TEMPLATE_ID, name: 'Vår mall', body: ['Överenskommelse för {{ST-läkare}} och {{Handledare}}'] }],
    manifest,
  });
}

/** Every entry point a coordinator reaches, in the order of a first day with ST-koll; returns what the user was told. */
function runEverything(b: LoadedBundle): { told: string[]; failures: string[] } {
  const failures: string[] = [];
  const fromClient = (name: string, ...args: unknown[]) => {
    const result = b.callFromClient<{ ok: boolean; message?: string }>(name, ...args);
    if (!result.ok) failures.push(`${name}: ${result.message}`);
    return result;
  };
  b.call('onOpen', { authMode: 'FULL' });
  b.call('setupWorkbook');
  b.call('refreshFlags');
  b.call('showOverdueAnnualCheckins');
  b.call('showValidationReport');
  b.call('showSidebar');
  fromClient('getSidebarData');
  fromClient('searchTrainees', { query: 'bj' });
  fromClient('searchSupervisors', { query: '' });
  fromClient('searchAgreements', { query: 'ö', offset: 0, limit: 5 });
  fromClient('listAttention', { query: 'datafel' });
  fromClient('getTraineeDetails', { traineeId: 'ST-0002' });
  fromClient('refreshFlagsFromSidebar');
  fromClient('getValidationReport');
  fromClient('logSession', { date: '2026-11-20', traineeId: 'ST-0002', supervisorId: 'HL-0001', type: 'Handledningssamtal', minutes: 60, documented: true, note: '' });
  fromClient('getAgreementSettings');
  fromClient('saveAgreementSettings', { pdf: true });
  fromClient('generateAgreement', { agreementId: 'Ö-0003', onExisting: 'ask', pdf: true });
  b.call('generateAgreementForSelection'); // row 6: the user's own template
  b.call('createMissingAgreements'); // opens the sidebar's batch flow, which then runs in steps:
  const planned = fromClient('planMissingAgreements') as { ok: boolean; plan?: { toCreate: Array<{ id: string }> } };
  const ids = (planned.plan?.toCreate ?? []).map((r) => r.id).slice(0, 2);
  if (ids.length) fromClient('createAgreementsStep', { agreementIds: ids });
  const told = [...b.env.ui.alerts.map((a) => a.prompt), ...b.env.ui.dialogs.map((d) => d.content), ...b.env.ui.toasts.map((t) => t.message)];
  return { told, failures };
}

const REMINDERS_ON = { enabled: true, weekday: 'MONDAY', hour: 7, recipients: ['studierektor@example.se'], supervisors: false };

/** The reminder's whole flow: the dialog, saving (installs the trigger), a refresh (snapshot), the preview, the trigger's run. */
function runReminders(b: LoadedBundle): { failures: string[]; logged: string[] } {
  const failures: string[] = [];
  const fromClient = (name: string, ...args: unknown[]) => {
    const result = b.callFromClient<{ ok: boolean; message?: string }>(name, ...args);
    if (!result.ok) failures.push(`${name}: ${result.message}`);
  };
  b.call('onOpen', { authMode: 'FULL' });
  b.call('setupWorkbook');
  b.call('showReminderSettings');
  fromClient('getReminderSettings');
  fromClient('saveReminderSettings', REMINDERS_ON);
  b.call('refreshFlags');
  fromClient('getSidebarData');
  fromClient('previewReminderDigest');
  // NOW is Monday 10:15 in Stockholm: this week's Monday 07:00 has passed, so the trigger sends.
  b.callFromTrigger('sendReminderDigest');
  return { failures, logged: b.env.logs().map((entry) => entry.message) };
}

describe("ST-koll's manifest covers every call of the menu, the sidebar and agreement generation", () => {
  test('nothing is refused, and Drive is reached only through the advanced service', () => {
    const b = bundle();
    const { told, failures } = runEverything(b);
    expect(failures).toEqual([]);
    expect(told.filter((text) => REFUSED.test(text))).toEqual([]);
    const docs = b.env.documents.list().filter((d) => d.createdByApp && !d.trashed);
    expect(docs.length).toBeGreaterThanOrEqual(3);
    expect(b.env.drive.files().filter((f) => f.mimeType === 'application/pdf' && !f.trashed).length).toBeGreaterThanOrEqual(1);
    const services = Object.keys(b.env.calls.byService());
    expect(services).toContain('Drive');
    expect(services).not.toContain('DriveApp');
  });

  test('the weekly reminder: settings, refresh, preview and the trigger run in trigger context — nothing refused, one mail sent', () => {
    const b = bundle();
    const { failures, logged } = runReminders(b);
    expect(failures).toEqual([]);
    expect(logged.filter((text) => REFUSED.test(text))).toEqual([]);
    expect(b.env.triggers.all().filter((t) => t.handler === 'sendReminderDigest')).toHaveLength(1);
    expect(b.env.mail.outbox().map((m) => m.to)).toEqual(['studierektor@example.se']);
    expect(Object.keys(b.env.calls.byService())).toEqual(expect.arrayContaining(['MailApp', 'ScriptApp']));
  });

  test('without the documents scope the same flow fails with Apps Script’s message, and no document is left', () => {
    const b = bundle({
      oauthScopes: [
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/drive.file',
        'https://www.googleapis.com/auth/script.container.ui',
      ],
      dependencies: { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] },
    });
    const { told, failures } = runEverything(b);
    const refusals = [...told, ...failures].filter((text) => /Specified permissions are not sufficient to call DocumentApp\.openById/.test(text));
    expect(refusals.length).toBeGreaterThan(0);
    expect(b.env.documents.list().filter((d) => d.createdByApp && !d.trashed)).toEqual([]);
  });
});

describe('the reminder under a manifest without its two scopes', () => {
  test('saving is refused with Apps Script’s message and no trigger is installed; the trigger run sends nothing', () => {
    const b = bundle({
      oauthScopes: [
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/documents',
        'https://www.googleapis.com/auth/drive.file',
        'https://www.googleapis.com/auth/script.container.ui',
      ],
      dependencies: { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] },
    });
    const { failures, logged } = runReminders(b);
    const told = [...failures, ...logged, ...b.env.ui.alerts.map((a) => a.prompt)];
    expect(told.filter((text) => /Specified permissions are not sufficient to call ScriptApp\./.test(text)).length).toBeGreaterThan(0);
    expect(b.env.triggers.all()).toEqual([]);
    expect(b.env.mail.outbox()).toEqual([]);
  });
});

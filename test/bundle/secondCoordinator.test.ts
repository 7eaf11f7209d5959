/**
 * Two coordinators in one workbook. The agreement folder's ID is a document
 * property, but the folder is in the first coordinator's Drive, and under
 * drive.file ST-koll cannot reach it for a colleague. The colleague is told so
 * in Swedish and asked (menu: Ja/Nej; sidebar: in place) whether to use a
 * folder of their own; the workbook's setting is never overwritten.
 */
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import { SHEET } from '../../src/domain/sheetContract';
import { agreementSheets } from './agreementWorkbook';
import { NOW } from './coreWorkbook';
import { recordById } from './sheetReader';

const FIRST = 'samordnare@example.se';
const COLLEAGUE = 'kollega@example.se';
const FOLDER_PROPERTY = 'ST_KOLL_AGREEMENT_FOLDER_ID';
const OWN_FOLDER_PROPERTY = 'ST_KOLL_OWN_AGREEMENT_FOLDER_ID:1FakeSpreadsheetId0000000000000000000000000';

/** The first coordinator has made Ö-0003's document; the colleague now has the workbook open, row 2 selected. */
function afterFirstCoordinator(): { bundle: LoadedBundle; sharedFolderId: string } {
  const bundle = loadBundle({ workbook: { sheets: agreementSheets() }, now: NOW, activeSheet: SHEET.agreements, activeRange: 'B4' });
  bundle.call('generateAgreementForSelection');
  const sharedFolderId = bundle.env.properties.get('document')[FOLDER_PROPERTY];
  bundle.env.drive.share(sharedFolderId, COLLEAGUE);
  bundle.env.user.switchTo(COLLEAGUE);
  bundle.env.spreadsheet.select(SHEET.agreements, 'B2');
  bundle.env.ui.clear();
  return { bundle, sharedFolderId };
}

const liveDocsOf = (bundle: LoadedBundle, owner: string) =>
  bundle.env.documents.list().filter((d) => d.createdByApp && !d.trashed && bundle.env.drive.item(d.id)!.owner === owner);

describe('a colleague whose ST-koll cannot reach the saved folder', () => {
  test('menu, Ja: a folder of their own in their Drive; the workbook keeps its folder', () => {
    const { bundle, sharedFolderId } = afterFirstCoordinator();
    bundle.env.ui.queueResponse('YES');
    bundle.call('generateAgreementForSelection');
    const [question] = bundle.env.ui.alerts;
    expect(question.prompt).toMatch(/^Mappen för överenskommelser i den här arbetsboken ligger i en kollegas Google Drive/);
    expect(question.prompt).toMatch(/Ja – skapa en egen mapp i min Drive\.\nNej – avbryt/);
    expect(bundle.env.properties.get('document')[FOLDER_PROPERTY]).toBe(sharedFolderId);
    const ownFolderId = bundle.env.properties.get('user')[OWN_FOLDER_PROPERTY];
    expect(bundle.env.drive.item(ownFolderId)).toMatchObject({ name: 'ST-koll – överenskommelser', owner: COLLEAGUE });
    const [doc] = liveDocsOf(bundle, COLLEAGUE);
    expect(doc.parentFolderIds).toEqual([ownFolderId]);
    expect(String(recordById(bundle, SHEET.agreements, 'Ö-0001').Dokument)).toContain(doc.id);

    // Next time no folder question: their own folder is used (Ja here makes a new version).
    bundle.env.ui.clear();
    bundle.env.ui.queueResponse('YES');
    bundle.call('generateAgreementForSelection');
    expect(bundle.env.ui.alerts.map((a) => a.prompt)).toEqual([expect.stringMatching(/^Det finns redan ett dokument/)]);
    expect(liveDocsOf(bundle, COLLEAGUE).map((d) => d.parentFolderIds[0])).toEqual([ownFolderId, ownFolderId]);

    // The first coordinator still works in the workbook's folder.
    bundle.env.user.switchTo(FIRST);
    bundle.env.spreadsheet.select(SHEET.agreements, 'B4');
    bundle.env.ui.queueResponse('YES');
    bundle.call('generateAgreementForSelection');
    expect(liveDocsOf(bundle, FIRST).map((d) => d.parentFolderIds[0])).toEqual([sharedFolderId, sharedFolderId]);
  });

  test('menu, Nej: nothing is created, the row and every setting stay as they were', () => {
    const { bundle, sharedFolderId } = afterFirstCoordinator();
    bundle.env.ui.queueResponse('NO');
    bundle.call('generateAgreementForSelection');
    expect(bundle.env.ui.alerts.map((a) => a.prompt)).toEqual([
      expect.stringMatching(/kollegas Google Drive/),
      'Inget dokument skapades, och arbetsbokens mapp är oförändrad.',
    ]);
    expect(liveDocsOf(bundle, COLLEAGUE)).toEqual([]);
    expect(bundle.env.drive.folders().filter((f) => f.owner === COLLEAGUE)).toEqual([]);
    expect(recordById(bundle, SHEET.agreements, 'Ö-0001').Dokument).toBe('');
    expect(bundle.env.properties.get('document')[FOLDER_PROPERTY]).toBe(sharedFolderId);
    expect(bundle.env.properties.get('user')).toEqual({});
  });

  test('the batch (sidebar, in steps) reports the colleague message per row and creates nothing', () => {
    const { bundle } = afterFirstCoordinator();
    const planned = bundle.callFromClient<{ ok: true; plan: { toCreate: Array<{ id: string }> } }>('planMissingAgreements');
    const ids = planned.plan.toCreate.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(0);
    const step = bundle.callFromClient<{ ok: true; results: Array<{ outcome: string; reason?: string }> }>('createAgreementsStep', { agreementIds: ids.slice(0, 1) });
    expect(step.results).toEqual([{ id: ids[0], outcome: 'failed', reason: expect.stringMatching(/kollegas Google Drive/) }]);
    expect(liveDocsOf(bundle, COLLEAGUE)).toEqual([]);
  });

  test('sidebar: the card asks in place; saying yes makes the document in a folder of their own', () => {
    const { bundle, sharedFolderId } = afterFirstCoordinator();
    const asked = bundle.callFromClient('generateAgreement', { agreementId: 'Ö-0001', onExisting: 'ask' });
    expect(asked).toEqual({ ok: true, outcome: 'folder-unreachable', message: expect.stringMatching(/kollegas Google Drive/) });
    expect(liveDocsOf(bundle, COLLEAGUE)).toEqual([]);
    const created = bundle.callFromClient('generateAgreement', { agreementId: 'Ö-0001', onExisting: 'ask', folder: 'own' });
    expect(created).toMatchObject({ ok: true, outcome: 'created' });
    expect(bundle.env.properties.get('document')[FOLDER_PROPERTY]).toBe(sharedFolderId);
    expect(liveDocsOf(bundle, COLLEAGUE)).toHaveLength(1);
    expect(bundle.callFromClient('generateAgreement', { agreementId: 'Ö-0001', onExisting: 'ask', folder: 'other' })).toMatchObject({ ok: false });
  });

  test('the settings say the folder is a colleague\'s until they have their own', () => {
    const { bundle } = afterFirstCoordinator();
    expect(bundle.callFromClient('getAgreementSettings')).toEqual({ ok: true, settings: { folderUrl: null, folderOfColleague: true, pdf: false } });
    bundle.callFromClient('generateAgreement', { agreementId: 'Ö-0001', onExisting: 'ask', folder: 'own' });
    expect(bundle.callFromClient('getAgreementSettings')).toMatchObject({ settings: { folderUrl: expect.stringMatching(/folders\//), folderOfColleague: false } });
  });

  test("a new version of a colleague's document is numbered from its name (read through DocumentApp)", () => {
    const { bundle } = afterFirstCoordinator();
    bundle.env.user.switchTo(FIRST);
    const firstDoc = liveDocsOf(bundle, FIRST)[0];
    bundle.env.drive.share(firstDoc.id, COLLEAGUE);
    bundle.env.user.switchTo(COLLEAGUE);
    expect(bundle.callFromClient('generateAgreement', { agreementId: 'Ö-0003', onExisting: 'ask' })).toMatchObject({ outcome: 'exists', name: firstDoc.name });
  });
});

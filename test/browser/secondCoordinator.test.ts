/**
 * A colleague in the same workbook: the workbook's agreement folder is in the
 * first coordinator's Drive, out of the colleague's reach (drive.file). The
 * card asks in place; "Använd en egen mapp" makes the document in a folder of
 * the colleague's own, and the workbook's setting stays.
 * Run alone:  npx jest test/browser/secondCoordinator.test.ts
 */
import type { Browser } from 'playwright-core';
import type { RunningPreview } from '../../dev/preview/server';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { launchChromium, openPreview, startTestPreview, type OpenedPreview } from './support';

const T = SIDEBAR_TEXT.agreements;
let browser: Browser;
let preview: RunningPreview;
let opened: OpenedPreview | null = null;

beforeAll(async () => {
  [browser, preview] = await Promise.all([launchChromium(), startTestPreview()]);
});

afterAll(async () => {
  await opened?.context.close();
  await Promise.all([browser?.close(), preview?.close()]);
});

test("a colleague is asked in the card, and a folder of their own is used on yes", async () => {
  const env = preview.backend.bundle.env;
  // The first coordinator made a document: the workbook's folder is theirs.
  preview.backend.bundle.callFromClient('generateAgreement', { agreementId: 'Ö-0001', onExisting: 'ask' });
  const sharedFolder = env.properties.get('document').ST_KOLL_AGREEMENT_FOLDER_ID;
  env.user.switchTo('kollega@example.se');

  opened = await openPreview(browser, preview);
  const { sidebar, pageErrors } = opened;
  await sidebar.getByRole('tab', { name: SIDEBAR_TEXT.tabs.agreements }).click();
  const card = sidebar.locator('[data-agreement-id="Ö-0002"]');
  const name = (await card.locator('.card-title span[id]').textContent())!.split(' · ')[1];
  await card.getByRole('button', { name: T.createLabel('Ö-0002', name) }).click();

  const question = card.getByRole('group');
  await question.waitFor();
  await expect(question.textContent()).resolves.toMatch(/kollegas Google Drive/);
  await expect(card.getByRole('button', { name: T.createLabel('Ö-0002', name) }).isVisible()).resolves.toBe(false);
  await question.getByRole('button', { name: T.useOwnFolder }).click();
  await card.locator('.success').waitFor();

  expect(env.properties.get('document').ST_KOLL_AGREEMENT_FOLDER_ID).toBe(sharedFolder);
  const own = env.drive.folders().filter((f) => f.owner === 'kollega@example.se');
  expect(own.map((f) => f.name)).toEqual(['ST-koll – överenskommelser']);
  expect(env.drive.filesIn(own[0].id).map((f) => f.mimeType)).toContain('application/vnd.google-apps.document');
  expect(pageErrors).toEqual([]);
});

/**
 * "Skapa dokument" in the sidebar against the real bundle: a new document, then
 * the same agreement again → the sidebar asks (no confirm()) → a new version.
 * Run alone:  npx jest test/browser/agreements.test.ts
 */
import type { Browser } from 'playwright-core';
import type { RunningPreview } from '../../dev/preview/server';
import { AGREEMENT_COL, SHEET } from '../../src/domain/sheetContract';
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

function documentCell(agreementId: string): unknown {
  const records = preview.backend.bundle.env.spreadsheet.records(SHEET.agreements);
  return records.find((r) => r[AGREEMENT_COL.id] === agreementId)?.[AGREEMENT_COL.document];
}

test('create a document, then choose a new version when one exists', async () => {
  opened = await openPreview(browser, preview);
  const { sidebar, page, context, pageErrors } = opened;
  await sidebar.getByRole('tab', { name: SIDEBAR_TEXT.tabs.agreements }).click();
  const card = sidebar.locator('[data-agreement-id="Ö-0001"]');

  // First time: the document is created and linked (to the preview's local copy).
  await card.getByRole('button', { name: T.createLabel('Ö-0001', 'Alva Påhittad') }).click();
  const created = card.locator('.success');
  await created.waitFor();
  await expect(created.textContent()).resolves.toMatch(/Handledningsöverenskommelse – Alva Påhittad – /);
  const firstLink = created.getByRole('link', { name: T.openDocument });
  const firstHref = await firstLink.getAttribute('href');
  expect(firstHref).toMatch(new RegExp(`^${preview.url}out/.+\\.html$`));
  await expect(firstLink.getAttribute('target')).resolves.toBe('_blank');
  expect(String(documentCell('Ö-0001'))).toMatch(/^https:\/\/docs\.google\.com\//);

  // The exported file opens on its own and holds the agreement.
  const file = await context.request.get(firstHref as string);
  expect(file.status()).toBe(200);
  expect(await file.text()).toContain('Alva Påhittad');

  // Second time: the sidebar asks instead of making a silent duplicate.
  await card.getByRole('button', { name: T.createLabel('Ö-0001', 'Alva Påhittad') }).click();
  const question = card.getByRole('group');
  await question.waitFor();
  await expect(question.getByRole('link', { name: T.openExisting }).getAttribute('href')).resolves.toBe(firstHref);
  await question.getByRole('button', { name: T.newVersion }).click();
  await card.locator('.success').waitFor();
  const secondHref = await card.locator('.success').getByRole('link', { name: T.openDocument }).getAttribute('href');
  expect(secondHref).not.toBe(firstHref);
  expect(documentCell('Ö-0001')).not.toBe('');

  // Both documents are listed on the preview page.
  const workbook = page.frameLocator('#workbook');
  await page.evaluate(() => (document.getElementById('workbook') as HTMLIFrameElement).contentWindow?.location.reload());
  // Waits for the reloaded frame (a count straight after reload() can see the old page or none).
  await workbook.locator('#documents li').nth(1).waitFor();
  expect(pageErrors).toEqual([]);
});

test('agreement settings: turning on the PDF copy is saved and the next document gets one', async () => {
  await opened?.context.close();
  opened = await openPreview(browser, preview);
  const { sidebar, pageErrors } = opened;
  const S = SIDEBAR_TEXT.agreementSettings;
  await sidebar.getByRole('tab', { name: SIDEBAR_TEXT.tabs.agreements }).click();
  await sidebar.getByText(S.heading).click();
  const pdf = sidebar.getByLabel(S.pdf);
  await expect(pdf.isChecked()).resolves.toBe(false);
  await pdf.check();
  await sidebar.getByRole('button', { name: S.save }).click();
  await sidebar.getByText(S.saved).waitFor();
  expect(preview.backend.bundle.env.properties.get('document')).toMatchObject({ ST_KOLL_AGREEMENT_PDF: 'true' });

  const card = sidebar.locator('[data-agreement-id="Ö-0002"]');
  await card.getByRole('button', { name: /^Skapa dokument för Ö-0002/ }).click();
  const created = card.locator('.success');
  await created.waitFor();
  await expect(created.textContent()).resolves.toContain(T.pdfCopy);
  expect(pageErrors).toEqual([]);
});

test('agreement settings: a folder ST-koll cannot open is refused with a Swedish message and nothing is saved', async () => {
  await opened?.context.close();
  opened = await openPreview(browser, preview);
  const { sidebar } = opened;
  const S = SIDEBAR_TEXT.agreementSettings;
  await sidebar.getByRole('tab', { name: SIDEBAR_TEXT.tabs.agreements }).click();
  await sidebar.getByText(S.heading).click();
  const before = preview.backend.bundle.env.properties.get('document').ST_KOLL_AGREEMENT_FOLDER_ID;
  await sidebar.getByLabel(S.folderInput).fill('https://drive.google.com/drive/folders/1NotAFolderOfOursAtAll000');
  await sidebar.getByRole('button', { name: S.save }).click();
  const cannotOpen = /(kan inte|gick inte att) öppna/;
  await expect(sidebar.locator('#banner').textContent()).resolves.toMatch(cannotOpen);
  // The same message right beside the form, where the user is looking.
  const beside = sidebar.locator('.settings-form').getByRole('alert');
  await expect(beside.textContent()).resolves.toMatch(new RegExp(`^${S.notSaved} .*${cannotOpen.source}`));
  await expect(sidebar.getByLabel(S.folderInput).getAttribute('aria-invalid')).resolves.toBe('true');
  expect(preview.backend.bundle.env.properties.get('document').ST_KOLL_AGREEMENT_FOLDER_ID).toBe(before);

  // As everywhere in the sidebar, the banner can be dismissed; typing a new folder clears the form's message.
  await sidebar.getByRole('button', { name: SIDEBAR_TEXT.dismissBanner }).click();
  await expect(sidebar.locator('#banner').isHidden()).resolves.toBe(true);
  await sidebar.getByLabel(S.folderInput).fill('');
  await expect(sidebar.locator('.js-settings-error').textContent()).resolves.toBe('');
  await expect(sidebar.getByLabel(S.folderInput).getAttribute('aria-invalid')).resolves.toBeNull();
});

test('an invalid agreement row is listed with its problems, and "Skapa dokument" shows the server\'s precise message', async () => {
  await opened?.context.close();
  opened = await openPreview(browser, preview);
  const { sidebar, pageErrors } = opened;
  await sidebar.getByRole('tab', { name: SIDEBAR_TEXT.tabs.agreements }).click();
  // Ö-0011 of the sample: Giltig till before Giltig från.
  const card = sidebar.locator('[data-agreement-id="Ö-0011"]');
  await card.waitFor();
  const problems = card.locator('.js-agreement-problems');
  await expect(problems.textContent()).resolves.toContain('Giltig till måste vara efter Giltig från');
  await expect(problems.textContent()).resolves.toContain(T.problemsTitle(1));
  await card.getByRole('button', { name: /^Skapa dokument för Ö-0011/ }).click();
  const banner = sidebar.getByRole('alert').filter({ hasText: SIDEBAR_TEXT.errorTitle });
  await banner.waitFor();
  await expect(banner.textContent()).resolves.toMatch(/Rad \d+ i Överenskommelser .*Giltig till/);
  expect(pageErrors).toEqual([]);
});

test('after a document or a new version the badge follows the sheet: Undertecknad stays, Utkast becomes Skapad', async () => {
  await opened?.context.close();
  opened = await openPreview(browser, preview);
  const { sidebar, pageErrors } = opened;
  await sidebar.getByRole('tab', { name: SIDEBAR_TEXT.tabs.agreements }).click();
  const statusCell = (id: string) =>
    preview.backend.bundle.env.spreadsheet.records(SHEET.agreements).find((r) => r[AGREEMENT_COL.id] === id)?.[AGREEMENT_COL.status];

  const signed = sidebar.locator('[data-agreement-id="Ö-0003"]');
  await expect(signed.locator('.badge').textContent()).resolves.toBe(SIDEBAR_TEXT.contract.agreementSigned);
  await signed.getByRole('button', { name: /^Skapa dokument för Ö-0003/ }).click();
  await signed.locator('.success').waitFor();
  await expect(signed.locator('.badge').textContent()).resolves.toBe(SIDEBAR_TEXT.contract.agreementSigned);
  await signed.getByRole('button', { name: /^Skapa dokument för Ö-0003/ }).click();
  await signed.getByRole('button', { name: T.newVersion }).click();
  await signed.locator('.success').waitFor();
  await expect(signed.locator('.badge').textContent()).resolves.toBe(SIDEBAR_TEXT.contract.agreementSigned);
  expect(statusCell('Ö-0003')).toBe(SIDEBAR_TEXT.contract.agreementSigned);

  const draft = sidebar.locator('[data-agreement-id="Ö-0009"]');
  await expect(draft.locator('.badge').textContent()).resolves.toBe('Utkast');
  await draft.getByRole('button', { name: /^Skapa dokument för Ö-0009/ }).click();
  await draft.locator('.success').waitFor();
  await expect(draft.locator('.badge').textContent()).resolves.toBe(SIDEBAR_TEXT.contract.agreementCreated);
  expect(statusCell('Ö-0009')).toBe(SIDEBAR_TEXT.contract.agreementCreated);
  expect(pageErrors).toEqual([]);
});

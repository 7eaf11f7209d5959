/**
 * Issue #12 in Chromium: the menu item opens the sidebar on the batch flow, the
 * plan lists what will be made, and "Skapa N dokument" advances the progress
 * bar step by step to a summary that matches the links and failures shown.
 * Run alone:  npx jest test/browser/agreementBatch.test.ts
 */
import { SETTINGS_PROPERTY_KEY } from '../../src/domain/settings';
import { AGREEMENT_COL, SHEET } from '../../src/domain/sheetContract';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { AGREEMENT_BATCH_TEXT as B } from '../../src/shared/messages/agreementBatch';
import { MENU } from '../../src/shared/messages/ui';
import { expectAxeClean, sidebarFrame } from './axe';
import { usePreviewSession } from './support';

const session = usePreviewSession();

test('from the menu: plan, then progress step by step, links and failures with reasons, and the right summary', async () => {
  const env = session.preview.backend.bundle.env;
  // One document per step, so the bar moves once per document.
  env.properties.set('document', SETTINGS_PROPERTY_KEY, JSON.stringify({ agreementBatchSize: 1 }));
  const { page, sidebar } = await session.open();
  await page.getByRole('button', { name: MENU.generateMissing }).click();

  const toCreate = sidebar.locator('.batch-to-create li');
  await toCreate.first().waitFor();
  const planned = await toCreate.allTextContents();
  expect(planned.length).toBeGreaterThan(1);
  await expectAxeClean(await sidebarFrame(page), 'batch plan');

  // Docs fails for the second row's trainee (every document of theirs).
  const failingName = planned[1].split(' · ')[2];
  env.documents.failBodyOf(failingName);
  const failing = planned.filter((line) => line.split(' · ')[2] === failingName).length;

  const frame = await sidebarFrame(page);
  await frame.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { seenProgress: number[] }).seenProgress = seen;
    new MutationObserver((changes) => {
      for (const change of changes) if (change.target instanceof HTMLProgressElement) seen.push(change.target.value);
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['value'] });
  });
  await sidebar.getByRole('button', { name: B.start(planned.length) }).click();
  await sidebar.locator('.batch-summary:not(:empty)').waitFor({ timeout: 60_000 });

  const seen = await frame.evaluate(() => (window as unknown as { seenProgress: number[] }).seenProgress);
  expect(seen).toEqual(planned.map((_, i) => i + 1));
  await expect(sidebar.locator('.batch-count').textContent()).resolves.toBe(B.progress(planned.length, planned.length));
  await expect(sidebar.locator('.batch-created a').count()).resolves.toBe(planned.length - failing);
  const failures = await sidebar.locator('.batch-failed li').allTextContents();
  expect(failures).toHaveLength(failing);
  for (const line of failures) expect(line).toMatch(/Service Documents failed.*raden ändrades inte/);
  await expect(sidebar.locator('.batch-summary').textContent()).resolves.toBe(B.summaryDone(planned.length - failing, failing, 0));
  await expectAxeClean(frame, 'batch summary');

  // Opening the plan again offers only the rows that failed.
  env.documents.failBodyOf(null);
  await sidebar.getByRole('button', { name: B.again }).click();
  await sidebar.getByRole('button', { name: B.start(failing) }).waitFor();
});

test('Avbryt stops after the step in progress; the next plan offers the rest', async () => {
  const env = session.preview.backend.bundle.env;
  env.properties.set('document', SETTINGS_PROPERTY_KEY, JSON.stringify({ agreementBatchSize: 1 }));
  // Eight more rows without a document, copies of a valid row (the plan gives them IDs).
  const headers = env.spreadsheet.cells(SHEET.agreements)[0] as string[];
  const model = env.spreadsheet
    .records(SHEET.agreements)
    .find((r) => r[AGREEMENT_COL.id] === 'Ö-0001')!;
  const copy = headers.map((h) => (h === AGREEMENT_COL.id || h === AGREEMENT_COL.document || h === AGREEMENT_COL.created ? '' : model[h]));
  env.spreadsheet.type(SHEET.agreements, Array.from({ length: 8 }, () => copy));

  const { page, sidebar } = await session.open();
  await sidebar.getByRole('tab', { name: SIDEBAR_TEXT.tabs.agreements }).click();
  await sidebar.getByRole('button', { name: B.plan }).click();
  const start = sidebar.locator('.batch-start');
  await start.waitFor();
  const total = await sidebar.locator('.batch-to-create li').count();
  expect(total).toBeGreaterThanOrEqual(8);
  // Avbryt pressed while the first step is in progress (the fakes answer faster than a hand could).
  await (await sidebarFrame(page)).evaluate(() => {
    (document.querySelector('.batch-start') as HTMLButtonElement).click();
    (document.querySelector('.batch-cancel') as HTMLButtonElement).click();
  });
  const summary = sidebar.locator('.batch-summary:not(:empty)');
  await summary.waitFor();
  await expect(summary.textContent()).resolves.toBe(B.summaryCancelled(1, total));
  await expect(sidebar.locator('.batch-created a').count()).resolves.toBe(1);

  await sidebar.getByRole('button', { name: B.again }).click();
  await sidebar.getByRole('button', { name: B.start(total - 1) }).waitFor();
});

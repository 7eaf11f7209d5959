/**
 * The preview page itself (PRODUCT.md §5): answering a question a menu item
 * asks, removing the sheet's filter, and what the page says after a menu item.
 * Run alone:  npx jest test/browser/previewPage.test.ts
 */
import { PREVIEW_TEXT as P } from '../../dev/preview/texts';
import { AGREEMENT_COL, SHEET } from '../../src/domain/sheetContract';
import { MENU } from '../../src/shared/messages/ui';
import { usePreviewSession } from './support';

const session = usePreviewSession();

function documentCell(agreementId: string): string {
  const records = session.preview.backend.bundle.env.spreadsheet.records(SHEET.agreements);
  return String(records.find((r) => r[AGREEMENT_COL.id] === agreementId)?.[AGREEMENT_COL.document] ?? '');
}

function rowOf(agreementId: string): number {
  const records = session.preview.backend.bundle.env.spreadsheet.records(SHEET.agreements);
  return records.findIndex((r) => r[AGREEMENT_COL.id] === agreementId) + 2;
}

test('"Svar på nästa fråga" answers the question about an existing document: Nej opens it, Avbryt does nothing, Ja makes a new version', async () => {
  const opened = await session.open();
  const { page } = opened;
  const status = page.locator('#menu-status');
  const menuButton = page.getByRole('button', { name: MENU.generate });
  const answer = page.getByLabel(P.nextAnswerLabel);
  const run = async () => {
    const reply = page.waitForResponse((r) => r.url().includes('/api/menu/'));
    await menuButton.click();
    await reply;
    await page.waitForFunction(() => !document.querySelector('nav button[aria-busy]'));
    // The result window ST-koll opens (the document's link) is closed as the user would.
    if (await page.locator('#dialog[open]').count()) await page.locator('#dialog-close').click();
  };
  session.preview.backend.select(SHEET.agreements, rowOf('Ö-0005'));

  await run(); // first time: created, no question
  const first = documentCell('Ö-0005');
  expect(first).toMatch(/^https:\/\/docs\.google\.com\//);

  await answer.selectOption({ label: P.answers.NO });
  await run();
  await status.getByText(new RegExp(`besvarades med ${P.answers.NO}\\.`)).waitFor();
  expect(documentCell('Ö-0005')).toBe(first);
  // The answer was for that question only.
  await expect(answer.inputValue()).resolves.toBe('YES');

  await answer.selectOption({ label: P.answers.CANCEL });
  await run();
  await status.getByText(new RegExp(`besvarades med ${P.answers.CANCEL}\\.`)).waitFor();
  expect(documentCell('Ö-0005')).toBe(first);

  await answer.selectOption({ label: P.answers.YES });
  await run();
  await status.getByText(new RegExp(`besvarades med ${P.answers.YES}\\.`)).waitFor();
  expect(documentCell('Ö-0005')).not.toBe(first);

  // The page's message list shows each question with its answer.
  const workbook = page.frameLocator('#workbook');
  await expect(workbook.locator('#events .event-answer').allTextContents()).resolves.toEqual(
    expect.arrayContaining([P.answered(P.answers.NO), P.answered(P.answers.CANCEL), P.answered(P.answers.YES)]),
  );
});

test('"Ta bort filtret" removes the filter a menu item set, and the hidden rows come back', async () => {
  const opened = await session.open();
  const { page } = opened;
  const workbook = page.frameLocator('#workbook');
  await page.getByRole('button', { name: MENU.overdue }).click();
  await workbook.locator('.filter-note').waitFor();
  const visibleBefore = await workbook.locator('#sheet-table tbody tr').count();
  await workbook.getByRole('button', { name: P.removeFilter }).click();
  await workbook.locator('#sheet-table').waitFor();
  await expect(workbook.locator('.filter-note').count()).resolves.toBe(0);
  await expect(workbook.getByRole('button', { name: P.removeFilter }).count()).resolves.toBe(0);
  const sheet = await workbook.locator('#sheet-table').getAttribute('data-sheet');
  expect(session.preview.backend.bundle.env.spreadsheet.filter(sheet as string)).toBeNull();
  await expect(workbook.locator('#sheet-table tbody tr').count()).resolves.toBeGreaterThan(visibleBefore);
});

test('after the validation report the page says it is shown', async () => {
  const opened = await session.open();
  const { page } = opened;
  await page.getByRole('button', { name: MENU.validation }).click();
  await page.locator('#menu-status').getByText(P.menuDoneFor.showValidationReport, { exact: true }).waitFor();
});

/**
 * Issue #9.6 in Chromium: a workbook larger than one page. The overview shows
 * the 50 most urgent flagged trainees and says how many more there are; "Visa
 * fler" and the filter ask the server; the agreement list and the trainee
 * picker page on the server too, by mouse and by keyboard, and stay axe-clean.
 * Run alone:  npx jest --selectProjects browser -- test/browser/largeWorkbook.test.ts
 */
import { syntheticWorkbook } from '../../dev/syntheticWorkbook';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { ATTENTION_LIMIT, SEARCH_LIMITS } from '../../src/shared/search';
import { expectAxeClean, sidebarFrame } from './axe';
import { TODAY, usePreviewSession } from './support';

const T = SIDEBAR_TEXT;
const TRAINEES = 90;
const session = usePreviewSession({ workbook: { sheets: syntheticWorkbook({ trainees: TRAINEES, sessionsPerTrainee: 4, today: TODAY }) } });

/** The flagged trainees as the server lists them, most urgent first. */
function flagged(offset: number, limit: number): { total: number; names: string[] } {
  const reply = session.preview.backend.runFromClient('listAttention', [{ query: '', offset, limit }]) as {
    page: { total: number; items: Array<{ name: string }> };
  };
  return { total: reply.page.total, names: reply.page.items.map((t) => t.name) };
}

test(`the overview lists the ${ATTENTION_LIMIT} most urgent, says how many more, and "Visa fler" fetches the next ones`, async () => {
  const { page, sidebar } = await session.open();
  const { total } = flagged(0, 1);
  expect(total).toBeGreaterThan(ATTENTION_LIMIT);
  const cards = sidebar.locator('.trainee');
  await cards.nth(ATTENTION_LIMIT - 1).waitFor();
  await expect(cards.count()).resolves.toBe(ATTENTION_LIMIT);
  await sidebar.getByText(T.overview.shownCount(ATTENTION_LIMIT, total)).waitFor();
  await sidebar.getByText(T.overview.moreLeft(total - ATTENTION_LIMIT)).waitFor();
  await expectAxeClean(await sidebarFrame(page), 'overview with more to show');

  const firstBefore = await sidebar.locator('.trainee-name').first().textContent();
  await sidebar.getByRole('button', { name: T.overview.showMore, exact: true }).click();
  await cards.nth(total - 1).waitFor();
  await expect(cards.count()).resolves.toBe(total);
  await expect(sidebar.locator('.trainee-name').first().textContent()).resolves.toBe(firstBefore);
  await expect(sidebar.getByRole('button', { name: T.overview.showMore, exact: true }).isVisible()).resolves.toBe(false);
});

test('the filter searches every flagged trainee on the server, not only the ones shown', async () => {
  const { sidebar } = await session.open();
  await sidebar.locator('.trainee').first().waitFor();
  const filter = sidebar.getByLabel(T.overview.filterLabel, { exact: true });
  // The least urgent flagged trainee: past the first 50, not in the list the sidebar holds.
  const { total } = flagged(0, 1);
  const [last] = flagged(total - 1, 1).names;
  await expect(sidebar.locator('.trainee-name', { hasText: last }).count()).resolves.toBe(0);
  await filter.fill(last);
  await sidebar.locator('.trainee-name', { hasText: last }).waitFor();
  await expect(sidebar.locator('.trainee').count()).resolves.toBe(1);
  await filter.fill('');
  await sidebar.locator('.trainee').nth(ATTENTION_LIMIT - 1).waitFor();
});

test('the agreement list pages on the server and searches as the user types', async () => {
  const { page, sidebar } = await session.open();
  await sidebar.getByRole('tab', { name: T.tabs.agreements }).click();
  const cards = sidebar.locator('#panel-agreements .agreement');
  await cards.nth(SEARCH_LIMITS.pageSize - 1).waitFor();
  await expect(cards.count()).resolves.toBe(SEARCH_LIMITS.pageSize);
  await sidebar.getByText(T.search.hits(SEARCH_LIMITS.pageSize, TRAINEES)).waitFor();
  await expectAxeClean(await sidebarFrame(page), 'agreement list, first page');

  await sidebar.getByRole('button', { name: T.agreements.showMore, exact: true }).click();
  await cards.nth(2 * SEARCH_LIMITS.pageSize - 1).waitFor();
  await expect(cards.count()).resolves.toBe(2 * SEARCH_LIMITS.pageSize);

  // Ö-0042 belongs to trainee 42: found by its ID, whatever page it was on.
  await sidebar.getByLabel(T.agreements.searchLabel, { exact: true }).fill('ö-0042');
  await sidebar.locator('[data-agreement-id="Ö-0042"]').waitFor();
  await sidebar.getByText(T.search.hits(1, 1)).waitFor();
  await expect(cards.count()).resolves.toBe(1);
  await sidebar.getByLabel(T.agreements.searchLabel, { exact: true }).fill('ingen sådan');
  await sidebar.getByText(T.agreements.noMatch).waitFor();
});

test('the trainee picker offers the rest a page at a time, by keyboard alone', async () => {
  const { page, sidebar } = await session.open();
  await sidebar.getByRole('tab', { name: T.tabs.logSession }).click();
  const input = sidebar.getByRole('combobox', { name: T.logSession.trainee, exact: true });
  const options = sidebar.getByRole('listbox', { name: T.logSession.trainee }).getByRole('option');
  // Arrow down on an empty picker lists everyone, by name, a page at a time.
  await input.focus();
  await input.press('ArrowDown');
  const more = options.filter({ hasText: T.search.more(TRAINEES - SEARCH_LIMITS.pageSize) });
  await more.waitFor();
  await expect(options.count()).resolves.toBe(SEARCH_LIMITS.pageSize + 1);
  await expectAxeClean(await sidebarFrame(page), 'trainee picker, first page');

  // End of the list ("Visa fler"), Enter: the next page joins it and the highlight moves onto it.
  for (let i = 0; i <= SEARCH_LIMITS.pageSize; i++) await input.press('ArrowDown');
  await expect(more.getAttribute('aria-selected')).resolves.toBe('true');
  await input.press('Enter');
  await options.filter({ hasText: T.search.more(TRAINEES - 2 * SEARCH_LIMITS.pageSize) }).waitFor();
  const highlighted = options.nth(SEARCH_LIMITS.pageSize);
  await expect(highlighted.getAttribute('aria-selected')).resolves.toBe('true');
  const label = (await highlighted.locator('.picker-label').textContent()) ?? '';
  await input.press('Enter');
  await expect(input.inputValue()).resolves.toBe(label);
  await expect(input.getAttribute('aria-expanded')).resolves.toBe('false');
});

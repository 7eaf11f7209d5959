/**
 * The overview in Chromium (PRODUCT.md §8): the sidebar draws the monthly
 * check-ins as an inline SVG chart whose text alternative carries the numbers,
 * shows the per-unit counts, and the preview draws Översikt's two charts.
 * Run alone:  npx jest test/browser/overview.test.ts
 */
import { OVERVIEW } from '../../src/domain/sheetContract';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { usePreviewSession } from './support';

const T = SIDEBAR_TEXT.overview;
const session = usePreviewSession();

test('the sidebar shows the check-ins of 12 months as a visible chart with the numbers as its text alternative', async () => {
  const { sidebar } = await session.open();
  const chart = sidebar.getByRole('img', { name: new RegExp(`^${T.checkInsTitle}:`) });
  await chart.waitFor({ state: 'visible' });
  const label = (await chart.getAttribute('aria-label')) ?? '';
  const months = label.slice(label.indexOf(':') + 1).split(',').map((part) => part.trim());
  expect(months).toHaveLength(12);
  expect(months[0]).toMatch(/^2026-11 \d+$/);
  await expect(chart.locator('rect').count()).resolves.toBe(12);
  const box = await chart.boundingBox();
  expect(box && box.width > 100 && box.height > 30).toBe(true);
});

test('the sidebar lists the counts per unit, Totalt last', async () => {
  const { sidebar } = await session.open();
  const table = sidebar.locator('.unit-table');
  await table.waitFor();
  await expect(table.locator('thead th').allTextContents()).resolves.toEqual([...T.unitColumns]);
  const rows = await table.locator('tbody th').allTextContents();
  expect(rows.at(-1)).toBe(T.totalLabel);
  expect(rows.length).toBeGreaterThan(1);
});

test('after a refresh the preview shows Översikt with its two charts drawn', async () => {
  const { page } = await session.open();
  session.preview.backend.bundle.call('refreshFlags');
  await page.goto(new URL(`/workbook?sheet=${encodeURIComponent(OVERVIEW.sheet)}`, session.preview.url).toString());
  const figures = page.locator('.charts figure');
  await figures.first().waitFor();
  await expect(figures.locator('figcaption').allTextContents()).resolves.toEqual([OVERVIEW.checkInsTitle, OVERVIEW.stEndsTitle]);
  await expect(page.locator('.charts svg[role="img"]').count()).resolves.toBe(2);
});

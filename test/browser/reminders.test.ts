/**
 * The Påminnelser dialog (PRODUCT.md §7) in Chromium, as the preview serves it
 * from showReminderSettings(): usable with the keyboard, axe-clean, refusing a
 * bad setting with a Swedish message, previewing the digest as text; and the
 * preview's outbox running the trigger outside the workbook.
 * Run alone:  npx jest test/browser/reminders.test.ts
 */
import type { Frame, Page } from 'playwright-core';
import { OUTBOX_TEXT } from '../../dev/preview/outbox';
import { MENU, REMINDER_ERROR, REMINDER_SETTINGS_TEXT as T } from '../../src/shared/messages';
import { expectAxeClean } from './axe';
import { sampleWithTraineeNamed, usePreviewSession } from './support';

const PAYLOAD = '<img src=x onerror="window.__xss=1">';

// One preview for the file: the tests run in order (the second switches reminders on, the third sends).
const session = usePreviewSession({ workbook: sampleWithTraineeNamed(PAYLOAD) });

/** Waits until `read()` gives `expected` (the client updates after its server call returns). */
async function eventually(read: () => Promise<string | null>, expected: string): Promise<void> {
  let last: string | null = null;
  for (let i = 0; i < 80; i++) {
    last = await read();
    if (last === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(last).toBe(expected);
}

async function openDialog(page: Page): Promise<Frame> {
  await page.getByRole('button', { name: MENU.reminders, exact: true }).click();
  await page.locator('#dialog[open]').waitFor();
  const frame = await (await page.locator('iframe#dialog-frame').elementHandle())!.contentFrame();
  if (!frame) throw new Error('no dialog frame');
  await frame.waitForLoadState();
  // Filled in by getReminderSettings: the defaults are måndag 07:00.
  await frame.locator('#weekday').waitFor();
  await eventually(() => frame.locator('#hour').inputValue(), '7');
  return frame;
}

test('the dialog: defaults, axe-clean, a bad address refused in Swedish and nothing saved', async () => {
  const { page } = await session.open();
  const frame = await openDialog(page);
  await expect(frame.locator('#weekday').inputValue()).resolves.toBe('MONDAY');
  await expect(frame.locator('#enabled').isChecked()).resolves.toBe(false);
  await expectAxeClean(frame, 'reminder settings');
  await frame.locator('#enabled').check();
  await frame.locator('#recipients').fill('inte-en-adress');
  await frame.getByRole('button', { name: T.save, exact: true }).click();
  await eventually(() => frame.locator('#error').textContent(), REMINDER_ERROR.badAddress('inte-en-adress'));
  await expectAxeClean(frame, 'reminder settings with an error');
  expect(session.preview.backend.bundle.env.triggers.all()).toEqual([]);
});

test('with the keyboard only: switch on, type a recipient, save; one trigger; the preview shows the digest as text', async () => {
  const { page } = await session.open();
  const frame = await openDialog(page);
  await frame.locator('#enabled').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // weekday
  await page.keyboard.press('Tab'); // hour
  await page.keyboard.press('Tab'); // recipients
  await page.keyboard.type('studierektor@example.se');
  await frame.getByRole('button', { name: T.save, exact: true }).focus();
  await page.keyboard.press('Enter');
  await eventually(() => frame.locator('#status').textContent(), T.saved(true));
  expect(session.preview.backend.bundle.env.triggers.all()).toHaveLength(1);

  await frame.getByRole('button', { name: T.preview, exact: true }).click();
  await frame.locator('#preview-area:not([hidden])').waitFor();
  await expect(frame.locator('#preview-subject').textContent()).resolves.toMatch(/^ST-koll: \d+ att göra – /);
  const body = (await frame.locator('#preview-body').textContent()) ?? '';
  expect(body).toContain(PAYLOAD);
  await expect(frame.locator('img').count()).resolves.toBe(0);
  expect(await frame.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expectAxeClean(frame, 'reminder settings with the preview');
  expect(session.preview.backend.outbox()).toEqual([]);
});

test('the outbox page runs the trigger outside the workbook and shows the mail, names as text', async () => {
  const { context } = await session.open();
  const outbox = await context.newPage();
  await outbox.goto(`${session.preview.url}outbox`);
  await expectAxeClean(outbox, 'outbox');
  await outbox.getByRole('button', { name: OUTBOX_TEXT.run, exact: true }).click();
  await outbox.locator('article').first().waitFor();
  await expect(outbox.locator('#trigger-status').textContent()).resolves.toBe(OUTBOX_TEXT.ran(1));
  await expect(outbox.locator('article pre').first().textContent()).resolves.toContain(PAYLOAD);
  await expect(outbox.locator('img').count()).resolves.toBe(0);
  expect(session.preview.backend.bundle.env.execution.kind()).toBe('document');
  await expectAxeClean(outbox, 'outbox with a mail');
});

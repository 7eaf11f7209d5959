/**
 * The real sidebar (build/Sidebar.html, as showSidebar() serves it) in headless
 * Chromium, talking to the real bundle through the preview's google.script.run
 * shim. Run one test:  npx jest test/browser/sidebar.test.ts -t "overdue first"
 */
import { SHEET } from '../../src/domain/sheetContract';
import { SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { pick, pickerOption, TODAY, usePreviewSession, waitForValue } from './support';

const T = SIDEBAR_TEXT;
const session = usePreviewSession();

test('the overview lists the sample trainees with flags, overdue check-ins first', async () => {
  const opened = await session.open();
  const { sidebar } = opened;
  await sidebar.locator('.trainee').first().waitFor();
  const names = await sidebar.locator('.trainee-name').allTextContents();
  const badges = await sidebar.locator('.trainee .annual .badge').allTextContents();

  // The sample has two overdue annual check-ins (Bertil and Elin): they come first.
  expect(names.slice(0, 2).sort()).toEqual(['Bertil Exempelsson', 'Elin Fiktiv']);
  expect(badges.slice(0, 2)).toEqual(['Försenad', 'Försenad']);
  expect(badges.slice(2).every((b) => b !== 'Försenad')).toBe(true);
  // Soon before the rest.
  const firstNotSoon = badges.findIndex((b, i) => i >= 2 && b !== 'Snart');
  expect(badges.slice(firstNotSoon).includes('Snart')).toBe(false);
  // The dormant trainee shows only Vilande; the one that finished ST is not listed.
  expect(names).toContain('Greta Mallgren');
  expect(names).not.toContain('Hassan Skissén');
  expect(await sidebar.locator('.count').allTextContents()).toEqual([
    `${T.overview.counts.active}10`,
    `${T.overview.counts.overdue}2`,
    `${T.overview.counts.soon}2`,
    `${T.overview.counts.dataErrors}1`,
  ]);

  // The filter box narrows on names and flag texts.
  await sidebar.getByLabel(T.overview.filterLabel, { exact: true }).fill('försenad');
  await expect(sidebar.locator('.trainee').count()).resolves.toBe(2);
  await sidebar.getByLabel(T.overview.filterLabel, { exact: true }).fill('ingen sådan');
  await sidebar.getByText(T.overview.noMatch).waitFor();
});

test('logging a session appends a row to Samtal and the workbook table shows it', async () => {
  const opened = await session.open();
  const { sidebar, page } = opened;
  const sessionsBefore = session.preview.backend.bundle.env.spreadsheet.cells(SHEET.sessions).length;

  await sidebar.getByRole('tab', { name: T.tabs.logSession }).click();
  const dateInput = sidebar.getByLabel(T.logSession.date, { exact: true });
  await expect(dateInput.inputValue()).resolves.toBe(TODAY);
  await pick(sidebar, T.logSession.trainee, 'alva', 'Alva Påhittad');
  // Choosing Alva fills in her main supervisor (the server's answer), which the user may change.
  const supervisor = sidebar.getByRole('combobox', { name: `${T.logSession.supervisor} ${T.logSession.supervisorOptional}`, exact: true });
  await waitForValue(supervisor, 'Maria Handledarsson');
  await sidebar.getByLabel(T.logSession.type, { exact: true }).selectOption('Handledningssamtal');
  // Längd defaults to 60 for Handledningssamtal.
  await expect(sidebar.getByLabel(T.logSession.minutes, { exact: true }).inputValue()).resolves.toBe('60');
  await sidebar.getByLabel(T.logSession.documented, { exact: true }).check();
  await sidebar.getByLabel(T.logSession.note, { exact: true }).fill('Planering av vårens kurser');
  await expect(sidebar.getByText(T.logSession.noteReminder).isVisible()).resolves.toBe(true);
  await sidebar.getByRole('button', { name: T.logSession.submit, exact: true }).click();

  const expectedRow = sessionsBefore + 1;
  await sidebar.getByText(T.logSession.success(expectedRow)).waitFor();
  const cells = session.preview.backend.bundle.env.spreadsheet.cells(SHEET.sessions);
  expect(cells).toHaveLength(expectedRow);
  expect(cells[expectedRow - 1]).toEqual([TODAY, 'ST-0001', 'HL-0001', 'Handledningssamtal', 60, true, 'Planering av vårens kurser']);

  // The preview page's own table of Samtal shows the new row.
  const workbook = page.frameLocator('#workbook');
  await workbook.getByRole('link', { name: SHEET.sessions, exact: true }).click();
  const row = workbook.locator(`#sheet-table tr[data-row="${expectedRow}"]`);
  await row.waitFor();
  await expect(row.textContent()).resolves.toContain('Planering av vårens kurser');
});

test('the client refuses a date in the future before calling the server', async () => {
  const opened = await session.open();
  const { sidebar } = opened;
  const sessionsBefore = session.preview.backend.bundle.env.spreadsheet.cells(SHEET.sessions).length;
  await sidebar.getByRole('tab', { name: T.tabs.logSession }).click();
  await sidebar.getByLabel(T.logSession.date, { exact: true }).fill('2026-11-24');
  await sidebar.getByRole('button', { name: T.logSession.submit, exact: true }).click();
  await sidebar.getByText(T.logSession.errors.dateInFuture(TODAY)).waitFor();
  await sidebar.getByText(T.logSession.errors.traineeRequired).waitFor();
  await expect(sidebar.getByLabel(T.logSession.date, { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
  expect(session.preview.backend.bundle.env.spreadsheet.cells(SHEET.sessions).length).toBe(sessionsBefore);
});

test('a transport failure shows the Swedish error banner', async () => {
  const opened = await session.open();
  const { sidebar, page } = opened;
  await page.route('**/api/run/refreshFlagsFromSidebar', (route) => route.abort('connectionrefused'));
  await sidebar.getByRole('button', { name: T.actions.refreshFlags }).click();
  const banner = sidebar.getByRole('alert').filter({ hasText: T.errorTitle });
  await banner.waitFor();
  await expect(banner.textContent()).resolves.toContain(T.errors.transport);
  // The banner can be dismissed, and the button works again afterwards.
  await sidebar.getByRole('button', { name: T.dismissBanner }).click();
  await expect(banner.count()).resolves.toBe(0);
  await expect(sidebar.getByRole('button', { name: T.actions.refreshFlags }).isEnabled()).resolves.toBe(true);
});

test("a server's { ok: false } answer shows its own Swedish message in the banner", async () => {
  const opened = await session.open();
  const { sidebar, page } = opened;
  const sessionsBefore = session.preview.backend.bundle.env.spreadsheet.cells(SHEET.sessions).length;
  // The trainee disappears between loading the sidebar and saving: the server refuses.
  await page.route('**/api/run/logSession', (route) => {
    const [input] = JSON.parse(route.request().postData() || '[]');
    return route.continue({ postData: JSON.stringify([{ ...input, traineeId: 'ST-9999' }]) });
  });
  await sidebar.getByRole('tab', { name: T.tabs.logSession }).click();
  await pick(sidebar, T.logSession.trainee, 'påhittad', 'Alva Påhittad');
  await sidebar.getByLabel(T.logSession.type, { exact: true }).selectOption('Medsittning');
  await sidebar.getByRole('button', { name: T.logSession.submit, exact: true }).click();
  const banner = sidebar.getByRole('alert').filter({ hasText: T.errorTitle });
  await banner.waitFor();
  await expect(banner.textContent()).resolves.toMatch(/ST-läkaren finns inte/);
  expect(session.preview.backend.bundle.env.spreadsheet.cells(SHEET.sessions).length).toBe(sessionsBefore);
});

test('the validation report lists the sample data error', async () => {
  const opened = await session.open();
  const { sidebar } = opened;
  await sidebar.getByRole('button', { name: T.actions.validationReport }).click();
  const table = sidebar.locator('.report-table');
  await table.waitFor();
  const text = await table.textContent();
  expect(text).toContain(SHEET.agreements);
  expect(text).toContain('Giltig till');
});

test('refreshing flags reports a summary in the status line', async () => {
  const opened = await session.open();
  const { sidebar } = opened;
  await sidebar.getByRole('button', { name: T.actions.refreshFlags }).click();
  await sidebar.locator('#status').getByText(/^Flaggorna är uppdaterade för 12 ST-läkare: 2 försenade, 2 snart, 1 datafel/).waitFor();
});

test('"Registrera samtal" from a card preselects the trainee and their main supervisor; choosing a trainee fills an empty Handledare', async () => {
  const opened = await session.open();
  const { sidebar } = opened;
  const L = T.logSession;
  const supervisorLabel = `${L.supervisor} ${L.supervisorOptional}`;
  const trainee = sidebar.getByRole('combobox', { name: L.trainee, exact: true });
  const supervisor = sidebar.getByRole('combobox', { name: supervisorLabel, exact: true });

  // Bertil: Ö-0002 with Nils Exempelgren is in force (Ö-0012 with another supervisor is Ersatt).
  await sidebar.getByRole('button', { name: T.overview.logForLabel('Bertil Exempelsson') }).click();
  await expect(trainee.inputValue()).resolves.toBe('Bertil Exempelsson');
  await waitForValue(supervisor, 'Nils Exempelgren');
  // The user can change it.
  await pick(sidebar, supervisorLabel, 'maria', 'Maria Handledarsson');

  // Choosing another trainee keeps a supervisor the user already chose…
  await pick(sidebar, L.trainee, 'elin', 'Elin Fiktiv');
  await expect(supervisor.inputValue()).resolves.toBe('Maria Handledarsson');
  // …and fills in the main supervisor when Handledare is empty.
  await supervisor.fill('');
  await pick(sidebar, L.trainee, 'alva', 'Alva Påhittad');
  await waitForValue(supervisor, 'Maria Handledarsson');
  await supervisor.fill('');
  await pick(sidebar, L.trainee, 'elin', 'Elin Fiktiv');
  await waitForValue(supervisor, 'Nils Exempelgren');
});

test('the trainee picker searches the server as the user types and is used with the keyboard alone', async () => {
  const { sidebar, page } = await session.open();
  const searches: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/run/searchTrainees')) searches.push(JSON.parse(request.postData() || '[]')[0]?.query);
  });
  await sidebar.getByRole('tab', { name: T.tabs.logSession }).click();
  const input = sidebar.getByRole('combobox', { name: T.logSession.trainee, exact: true });
  await expect(input.getAttribute('aria-expanded')).resolves.toBe('false');

  // Typed fast: one search when typing pauses, not one per letter. Case and å do not matter; the
  // unit counts too (Alva by name, Cecilia and Farid work at Vårdcentralen Påhittby), in Swedish order.
  await input.pressSequentially('PÅH', { delay: 20 });
  const listbox = sidebar.getByRole('listbox', { name: T.logSession.trainee });
  await listbox.waitFor();
  await expect(listbox.locator('.picker-label').allTextContents()).resolves.toEqual(['Alva Påhittad', 'Cecilia Testberg', 'Farid Provström']);
  await expect(pickerOption(sidebar, 'Cecilia Testberg').textContent()).resolves.toContain('ST-0003 · Vårdcentralen Påhittby');
  expect(searches).toEqual(['PÅH']);
  await expect(input.getAttribute('aria-expanded')).resolves.toBe('true');
  await expect(input.getAttribute('aria-controls')).resolves.toBe(await listbox.getAttribute('id'));
  await expect(sidebar.getByText(T.search.hits(3, 3)).count()).resolves.toBe(1);

  // Arrow down highlights the option (aria-activedescendant), Enter chooses it and closes the list.
  await input.press('ArrowDown');
  const option = pickerOption(sidebar, 'Alva Påhittad');
  await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
  await expect(input.getAttribute('aria-activedescendant')).resolves.toBe(await option.getAttribute('id'));
  await input.press('Enter');
  await expect(input.inputValue()).resolves.toBe('Alva Påhittad');
  await expect(input.getAttribute('aria-expanded')).resolves.toBe('false');

  // A word nobody has: "Ingen träff."; Escape (no list open) then clears the field.
  await input.fill('zzz');
  await sidebar.getByText(T.search.none).waitFor();
  await input.press('Escape');
  await expect(input.inputValue()).resolves.toBe('');
});

test('the overview says when an overdue check-in should have been held, and when the next one is due', async () => {
  const opened = await session.open();
  const { sidebar } = opened;
  const overdue = sidebar.locator('.trainee').filter({ hasText: 'Bertil Exempelsson' }).locator('.annual');
  await expect(overdue.textContent()).resolves.toMatch(
    new RegExp(`^${T.overview.annualLabel}: Försenad ${T.overview.annualOverdueBy} \\d{4}-\\d{2}-\\d{2}$`),
  );
  const soon = sidebar.locator('.trainee').filter({ has: sidebar.locator('.annual .badge', { hasText: /^Snart$/ }) }).first().locator('.annual');
  await expect(soon.textContent()).resolves.toMatch(new RegExp(`^${T.overview.annualLabel}: Snart ${T.overview.annualNextBy} \\d{4}-\\d{2}-\\d{2}$`));
});

test('at 300 px the tabs fit in one row with room at both ends, no tab overflows its text', async () => {
  const opened = await session.open();
  const { page } = opened;
  const frame = page.frame({ name: 'sidebar' });
  if (!frame) throw new Error('no sidebar frame');
  const layout = await frame.evaluate(() => ({
    width: document.documentElement.clientWidth,
    tabs: Array.from(document.querySelectorAll<HTMLElement>('.tab')).map((tab) => {
      const box = tab.getBoundingClientRect();
      return { left: box.left, right: box.right, top: box.top, overflows: tab.scrollWidth > tab.clientWidth };
    }),
  }));
  expect(layout.width).toBe(300);
  expect(layout.tabs.length).toBeGreaterThanOrEqual(4);
  expect(layout.tabs[0].left).toBeGreaterThanOrEqual(6);
  expect(layout.tabs[layout.tabs.length - 1].right).toBeLessThanOrEqual(layout.width - 6);
  for (const [i, tab] of layout.tabs.entries()) {
    expect(tab.overflows).toBe(false);
    expect(tab.top).toBe(layout.tabs[0].top);
    if (i > 0) expect(tab.left).toBeGreaterThanOrEqual(layout.tabs[i - 1].right);
  }
});

test('Ansökan: choosing a trainee shows Beräknat ST-slut and delmål; logging leave and an intyg appends rows', async () => {
  const opened = await session.open();
  const { sidebar } = opened;
  const A = T.application;
  const env = session.preview.backend.bundle.env;
  await pick(sidebar, A.trainee, 'alva', 'Alva Påhittad');
  await sidebar.locator('.application-facts .estimated-end').waitFor();
  await expect(sidebar.locator('.delmal-with li').count()).resolves.toBe(3);
  await expect(sidebar.locator('.delmal-without li').count()).resolves.toBe(8);

  const leaveBefore = env.spreadsheet.cells(SHEET.leave).length;
  await sidebar.getByLabel(A.leaveFrom, { exact: true }).fill('2026-06-01');
  await sidebar.getByLabel(A.leaveTo, { exact: true }).fill('2026-06-30');
  await sidebar.getByLabel(A.leaveType, { exact: true }).selectOption('Föräldraledighet');
  await sidebar.getByLabel(A.leaveNote, { exact: true }).fill('=1+1');
  await sidebar.getByRole('button', { name: A.leaveSubmit, exact: true }).click();
  await sidebar.getByText(A.leaveSaved(leaveBefore + 1)).waitFor();
  const leave = env.spreadsheet.cells(SHEET.leave);
  expect(leave[leave.length - 1].slice(0, 5)).toEqual(['ST-0001', '2026-06-01', '2026-06-30', 'Föräldraledighet', '']);

  const intygBefore = env.spreadsheet.cells(SHEET.certificates).length;
  await sidebar.getByLabel(A.certificateDelmal, { exact: true }).fill('sta1 STa2');
  await sidebar.getByLabel(A.certificateActivity, { exact: true }).selectOption('Kurs');
  await sidebar.getByLabel(A.certificateIssued, { exact: true }).fill('2026-11-01');
  await sidebar.getByRole('button', { name: A.certificateSubmit, exact: true }).click();
  await sidebar.getByText(A.certificateSaved(intygBefore + 1)).waitFor();
  // After the reload the chosen trainee's facts are fetched again: the two delmål count, 5 with intyg.
  await expect(sidebar.getByRole('combobox', { name: A.trainee, exact: true }).inputValue()).resolves.toBe('Alva Påhittad');
  await sidebar.locator('.delmal-with li').nth(4).waitFor();
  await expect(sidebar.locator('.delmal-with li').count()).resolves.toBe(5);
  // Two forms and two server round trips: room for a loaded machine.
}, 120_000);

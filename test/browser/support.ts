/**
 * Shared setup of the browser tests: headless Debian Chromium through
 * playwright-core, and the preview server started in-process on a free port.
 * Needs build/ (npm test builds first; alone: `npm run build`).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { startPreview, type PreviewOptions, type RunningPreview } from '../../dev/preview/server';
import type { WorkbookSpec } from '../../dev/harness';
import { sampleWorkbook } from '../../dev/sampleWorkbook';
import { SHEET, TRAINEE_COL } from '../../src/domain/sheetContract';
import { chromiumPath } from './chromium';

/** A fixed day, so the sample's overdue and soon check-ins are the same on every run. */
export const NOW = '2026-11-23T10:15:00+01:00';
export const TODAY = '2026-11-23';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export function startTestPreview(options: PreviewOptions = {}): Promise<RunningPreview> {
  return startPreview({ port: 0, now: NOW, outDir: outDirForTests(), ...options });
}

let outDirCounter = 0;
function outDirForTests(): string {
  outDirCounter += 1;
  return join(tmpdir(), `st-koll-preview-test-${process.pid}-${outDirCounter}`);
}

export interface OpenedPreview {
  context: BrowserContext;
  page: Page;
  sidebar: FrameLocator;
  /** Uncaught errors and CSP violations seen in any frame. */
  pageErrors: string[];
}

/** Opens the preview shell at a desktop size; the sidebar frame is 300 px wide as in Sheets. */
export async function openPreview(browser: Browser, preview: RunningPreview): Promise<OpenedPreview> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Well inside the browser project's jest timeout, so a stuck step fails with
  // playwright's own message; generous, because a loaded 2-core machine is slow.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });
  await page.goto(preview.url);
  const sidebar = page.frameLocator('#sidebar');
  await sidebar.locator('.counts').waitFor();
  return { context, page, sidebar, pageErrors };
}

export interface PreviewSession {
  readonly browser: Browser;
  readonly preview: RunningPreview;
  /** A fresh browser context on the preview; closed, and checked for page errors, after each test. */
  open(): Promise<OpenedPreview>;
}

/**
 * The jest hooks every browser suite needs: one Chromium and one preview per
 * file, a fresh context per test, and no uncaught page error allowed.
 */
export function usePreviewSession(options: PreviewOptions = {}): PreviewSession {
  let browser: Browser | undefined;
  let preview: RunningPreview | undefined;
  let opened: OpenedPreview | null = null;
  beforeAll(async () => {
    // Both settled before either failure is thrown, so afterAll closes whatever
    // did start (an open preview server would keep Jest from exiting).
    const [launched, started] = await Promise.allSettled([launchChromium(), startTestPreview(options)]);
    if (launched.status === 'fulfilled') browser = launched.value;
    if (started.status === 'fulfilled') preview = started.value;
    if (launched.status === 'rejected') throw launched.reason;
    if (started.status === 'rejected') throw started.reason;
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), preview?.close()]);
  });
  afterEach(async () => {
    if (opened) expect(opened.pageErrors).toEqual([]);
    await opened?.context.close();
    opened = null;
  });
  return {
    get browser() {
      return browser!;
    },
    get preview() {
      return preview!;
    },
    async open() {
      opened = await openPreview(browser!, preview!);
      return opened;
    },
  };
}

/** The sample workbook for TODAY with one more active trainee, ST-0099, named `name` (e.g. an HTML payload). */
export function sampleWithTraineeNamed(name: string): WorkbookSpec {
  const workbook = sampleWorkbook(TODAY);
  const trainees = workbook.sheets[SHEET.trainees];
  const headers = trainees[0] as string[];
  const row = headers.map(() => '' as unknown);
  row[headers.indexOf(TRAINEE_COL.id)] = 'ST-0099';
  row[headers.indexOf(TRAINEE_COL.name)] = name;
  row[headers.indexOf(TRAINEE_COL.stStart)] = '2024-01-10';
  row[headers.indexOf(TRAINEE_COL.status)] = 'Aktiv';
  trainees.push(row);
  return workbook;
}

/** The option of an open picker (sidebar/combobox.ts) whose name is exactly `name`. */
export function pickerOption(sidebar: FrameLocator, name: string): Locator {
  const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return sidebar.getByRole('option').filter({ has: sidebar.locator('.picker-label', { hasText: exact }) });
}

/** Chooses `name` in the picker labelled `label` by typing `query`, as a user does: the server answers, then a click. */
export async function pick(sidebar: FrameLocator, label: string, query: string, name: string): Promise<void> {
  await sidebar.getByRole('combobox', { name: label, exact: true }).fill(query);
  await pickerOption(sidebar, name).click();
}

/** Waits until an input holds `value` (a picker filled in by a server answer), failing with what it holds instead. */
export async function waitForValue(input: Locator, value: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await input.inputValue();
    if (now === value) return;
    if (Date.now() > deadline) throw new Error(`expected ${JSON.stringify(value)}, the input holds ${JSON.stringify(now)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Accessibility check for any page or frame of the preview: axe-core (from npm)
 * injected into the document, its serious and critical violations returned as
 * readable lines. A new sidebar view calls `expectAxeClean(await sidebarFrame(page), 'name')`
 * once it is showing; the label says which view failed.
 *
 * The script is evaluated through the DevTools protocol, so the sidebar's CSP
 * (which allows no outside script) neither blocks it nor reports it.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts that fail a test; minor and moderate ones are left to review. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** "color-contrast (serious): Elements must meet … — .badge, #tab-log" per failing rule. */
export async function seriousAxeViolations(target: Page | Frame): Promise<string[]> {
  // The preview reloads its frames when the workbook changes (it polls /api/version), so a
  // run can lose its document to a reload that was already on its way: run again on the new one.
  for (let attempt = 1; ; attempt++) {
    try {
      return await axeOnce(target);
    } catch (error) {
      if (attempt >= 3 || !/Execution context was destroyed|navigat/i.test(String(error))) throw error;
      await target.waitForLoadState('load');
    }
  }
}

async function axeOnce(target: Page | Frame): Promise<string[]> {
  const hasAxe = await target.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!hasAxe) await target.evaluate(AXE_SOURCE);
  const violations = await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    // Frames are checked on their own (each gets its own call), not from their parent.
    const result = await axe.run(document, { resultTypes: ['violations'], iframes: false });
    return JSON.parse(JSON.stringify(result.violations)) as AxeViolation[];
  });
  return violations.filter((v) => v.impact !== null && FAILING_IMPACTS.has(v.impact)).map(describeViolation);
}

function describeViolation(violation: AxeViolation): string {
  const nodes = violation.nodes.map((n) => n.target.map(String).join(' ')).join(', ');
  return `${violation.id} (${violation.impact}): ${violation.help} — ${nodes}`;
}

/** Fails with the list of violations, prefixed by what was checked. */
export async function expectAxeClean(target: Page | Frame, what: string): Promise<void> {
  const found = await seriousAxeViolations(target);
  expect(found.map((line) => `${what}: ${line}`)).toEqual([]);
}

/** The sidebar iframe of the preview page as a Frame (axe needs a Frame, not a FrameLocator). */
export async function sidebarFrame(page: Page): Promise<Frame> {
  return namedFrame(page, 'sidebar');
}

/** The workbook iframe of the preview page. */
export async function workbookFrame(page: Page): Promise<Frame> {
  return namedFrame(page, 'workbook');
}

async function namedFrame(page: Page, id: string): Promise<Frame> {
  const handle = await page.locator(`iframe#${id}`).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`No frame #${id} on the preview page`);
  return frame;
}

/**
 * `npm run picture`: redraws docs/images/agreement-st-kontrakt.png — a
 * generated st-kontrakt from the real bundle on the fakes, rendered by the
 * preview's document renderer and photographed in headless Chromium.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { SHEET } from '../src/domain/sheetContract';
import { sheetHeaders } from '../src/domain/sheetLayout';
import { loadBundle } from './harness';
import { documentHtml, readDocuments } from './preview/documents';

const ROOT = join(__dirname, '..', '..');

function workbook(): Record<string, unknown[][]> {
  return {
    [SHEET.trainees]: [
      sheetHeaders('trainees'),
      ['ST-0001', 'Alva Påhittad', '', 'Allmänmedicin', 'Vårdcentralen Exempelby', '2026-09-01', '', 100, 'HL-0001', 'Sara Studierektor', 'Clas Chef', 'Aktiv', '', ''],
    ],
    [SHEET.supervisors]: [
      sheetHeaders('supervisors'),
      ['HL-0001', 'Karin Handledare', '', 'Allmänmedicin', 'Vårdcentralen Exempelby', '2015-03-01', '2026-05-10', ''],
    ],
    [SHEET.agreements]: [
      sheetHeaders('agreements'),
      ['Ö-0001', 'ST-0001', 'HL-0001', 'st-kontrakt', 'Varje vecka', 6, '2026-09-01', '', '', 'Utkast', '', ''],
    ],
    [SHEET.sessions]: [sheetHeaders('sessions')],
  };
}

async function main(): Promise<void> {
  const bundle = loadBundle({ workbook: { sheets: workbook() }, now: '2026-11-23T10:00:00+01:00', activeSheet: SHEET.agreements, activeRange: 'A2' });
  bundle.call('generateAgreementForSelection');
  const [doc] = readDocuments(bundle.env);
  if (!doc) throw new Error(`no document was generated: ${JSON.stringify(bundle.env.ui.alerts)}`);
  const htmlPath = join(ROOT, 'build', 'agreement-st-kontrakt.html');
  writeFileSync(htmlPath, documentHtml(doc));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 860, height: 1200 } });
    await page.goto(`file://${htmlPath}`);
    mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
    const out = join(ROOT, 'docs', 'images', 'agreement-st-kontrakt.png');
    await page.screenshot({ path: out, fullPage: true });
    console.log(`wrote ${out}`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * The picture of a generated st-kontrakt in docs/AGREEMENTS.md, drawn from the
 * fake's document model. The HTML is always checked; the screenshot is taken
 * only on request: AGREEMENT_PICTURE=1 npx jest test/bundle/agreementPicture
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundle } from '../../dev/harness';
import { SHEET } from '../../src/domain/sheetContract';
import { agreementSheets } from './agreementWorkbook';
import { NOW } from './coreWorkbook';
import { documentHtml } from './documentHtml';

const ROOT = join(__dirname, '..', '..');

function generatedStKontrakt() {
  const bundle = loadBundle({ workbook: { sheets: agreementSheets() }, now: NOW, activeSheet: SHEET.agreements, activeRange: 'A4' });
  bundle.call('generateAgreementForSelection');
  return bundle.env.documents.list().find((d) => d.createdByApp && !d.trashed)!;
}

test('a generated st-kontrakt draws as a page of HTML', () => {
  const html = documentHtml(generatedStKontrakt());
  expect(html).toContain('<h1>ST-kontrakt</h1>');
  expect(html).toContain('<h2>Underskrifter</h2>');
  expect(html.match(/<li>/g)!.length).toBeGreaterThan(15);
});

const takePicture = process.env.AGREEMENT_PICTURE === '1' && existsSync('/usr/bin/chromium');

(takePicture ? test : test.skip)('screenshot for docs/images/agreement-st-kontrakt.png', async () => {
  const { chromium } = await import('playwright-core');
  const htmlPath = join(ROOT, 'build', 'agreement-st-kontrakt.html');
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  writeFileSync(htmlPath, documentHtml(generatedStKontrakt()));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 860, height: 1200 }, deviceScaleFactor: 1 });
    await page.goto(`file://${htmlPath}`);
    mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'docs', 'images', 'agreement-st-kontrakt.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});

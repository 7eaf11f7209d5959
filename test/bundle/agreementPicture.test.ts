/**
 * A generated st-kontrakt, drawn from the fake's document model by the same
 * renderer the preview uses for its files (and `npm run picture` for the
 * picture in docs/AGREEMENTS.md).
 */
import { loadBundle } from '../../dev/harness';
import { documentHtml, readDocuments } from '../../dev/preview/documents';
import { SHEET } from '../../src/domain/sheetContract';
import { agreementSheets } from './agreementWorkbook';
import { NOW } from './coreWorkbook';

test('a generated st-kontrakt draws as one printable page of HTML with its title, lists and signatures', () => {
  const bundle = loadBundle({ workbook: { sheets: agreementSheets() }, now: NOW, activeSheet: SHEET.agreements, activeRange: 'A4' });
  bundle.call('generateAgreementForSelection');
  const [doc] = readDocuments(bundle.env);
  const html = documentHtml(doc);
  expect(html).toContain('<h1>ST-kontrakt</h1>');
  expect(html).toContain('<h2>Underskrifter</h2>');
  expect(html.match(/<li>/g)!.length).toBeGreaterThan(15);
  expect(html).not.toMatch(/<script/i);
});

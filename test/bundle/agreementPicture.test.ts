/**
 * A generated st-kontrakt, drawn from the fake's document model by the same
 * renderer the preview uses for its files (and `npm run picture` for the
 * picture in docs/AGREEMENTS.md).
 */
import { loadBundle } from '../../dev/harness';
import { columnPercentages, documentHtml, readDocuments } from '../../dev/preview/documents';
import { GROUND_RULE_QUESTIONS } from '../../src/domain/agreement';
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

test('the ground rules leave real room for the answers: a fixed question column in the Doc, the larger share in the HTML', () => {
  const bundle = loadBundle({ workbook: { sheets: agreementSheets() }, now: NOW, activeSheet: SHEET.agreements, activeRange: 'A2' });
  bundle.call('generateAgreementForSelection');
  const [stored] = bundle.env.documents.list().filter((d) => !d.trashed && d.createdByApp);
  const groundRules = stored.body.find(
    (e) => e.type === 'TABLE' && e.rows[0][0] === GROUND_RULE_QUESTIONS[0],
  ) as { rows: string[][]; attributes: Record<string, unknown> };
  expect(groundRules.attributes.COLUMN_WIDTH_0).toBe(200);
  expect(groundRules.attributes.COLUMN_WIDTH_1).toBeUndefined(); // the answers take the rest of the page

  const [doc] = readDocuments(bundle.env);
  const table = doc.elements.find((e) => e.type === 'TABLE' && e.cells[0][0] === GROUND_RULE_QUESTIONS[0])!;
  const [question, answer] = columnPercentages(table as { cells: string[][]; columnWidths?: Array<number | null> });
  expect(answer).toBeGreaterThanOrEqual(50);
  expect(question + answer).toBeCloseTo(100, 0);
  const html = documentHtml(doc);
  expect(html).toContain('table-layout: fixed');
  expect(html).toContain(`<col style="width:${answer}%">`);
  // Tables without widths (facts, signatures) share the page evenly, as in Docs.
  expect(columnPercentages({ cells: [['Ort', 'Datum']] })).toEqual([50, 50]);
});

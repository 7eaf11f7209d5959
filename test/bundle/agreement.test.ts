/**
 * Agreement generation on the built bundle with the Docs/Drive fakes: from the
 * menu, again (the question), a user template, a missing template, bad rows,
 * the batch, the sidebar, and the service calls one document costs.
 */
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import { SHEET } from '../../src/domain/sheetContract';
import { NOW } from './coreWorkbook';
import { agreementSheets, MISSING_TEMPLATE_ID, USER_TEMPLATE_ID } from './agreementWorkbook';
import { recordById } from './sheetReader';

const FOLDER_NAME = 'ST-koll – överenskommelser';

function bundleAt(row: number, sheet: string = SHEET.agreements, extra: Partial<Parameters<typeof loadBundle>[0]> = {}): LoadedBundle {
  return loadBundle({
    workbook: { sheets: agreementSheets() },
    now: NOW,
    activeSheet: sheet,
    activeRange: `B${row}`,
    documents: [
      {
        id: USER_TEMPLATE_ID,
        name: 'Vår mall',
        body: [
          { type: 'PARAGRAPH', text: 'Överenskommelse för {{ST-läkare}}', heading: 'TITLE' },
          'Handledare: {{ Handledare }}, enhet {{Enhet}}. Gäller från {{Giltig från}}.',
          { type: 'LIST_ITEM', text: 'Handledning: {{Handledningsfrekvens}}' },
          { type: 'TABLE', cells: [['Medsittningar', '{{Medsittningar per år}}'], ['Okänt', '{{Favoritfärg}}']] },
        ],
      },
      { id: MISSING_TEMPLATE_ID, name: 'Hemlig mall', inaccessible: true },
    ],
    ...extra,
  });
}

const agreementsFolder = (bundle: LoadedBundle) => bundle.env.drive.folders().find((f) => f.name === FOLDER_NAME);
const liveDocs = (bundle: LoadedBundle) => bundle.env.documents.list().filter((d) => !d.trashed && d.createdByApp);
const headingsOf = (bundle: LoadedBundle, id: string) =>
  bundle.env.documents.get(id)!.body.filter((e) => e.type === 'PARAGRAPH' && e.heading !== 'NORMAL').map((e) => (e as { text: string }).text);

describe('generate from the menu', () => {
  test('a selected st-kontrakt row: a Doc in the agreements folder with the right name, headings and parties; the row is written', () => {
    const bundle = bundleAt(4);
    bundle.call('generateAgreementForSelection');
    expect(bundle.env.ui.alerts).toEqual([]);
    // Exactly one folder with ST-koll's default name, and it is the one remembered.
    const folderId = bundle.env.properties.get('document').ST_KOLL_AGREEMENT_FOLDER_ID;
    expect(folderId).toEqual(expect.stringMatching(/\S/));
    expect(bundle.env.drive.folders().filter((f) => f.name === FOLDER_NAME).map((f) => f.id)).toEqual([folderId]);
    const folder = agreementsFolder(bundle)!;
    const [doc] = liveDocs(bundle);
    expect(doc.name).toBe('Handledningsöverenskommelse – Björn Dahl – 2026-03-01');
    expect(doc.parentFolderIds).toEqual([folder.id]);
    expect(doc.savedAndClosed).toBe(true);
    expect(headingsOf(bundle, doc.id)).toEqual([
      'ST-kontrakt',
      'Överenskommelse om specialiseringstjänstgöring i allmänmedicin',
      'Övergripande mål',
      'ST-läkarens ansvar',
      'Huvudhandledarens ansvar',
      'Verksamhetschefens ansvar',
      'Studierektorns ansvar',
      'Uppföljning under ST',
      'Spelregler för handledningen',
      'Underskrifter',
    ]);
    const text = doc.text;
    for (const name of ['Björn Dahl', 'Karin Berg', 'Clas Chef', 'Sara Studierektor']) expect(text).toContain(name);
    expect(text).toContain('sex gånger om året');
    expect(text).toContain('minst 8 medsittningar per år');
    expect(text).not.toMatch(/\{\{/);
    const signatures = doc.body.filter((e) => e.type === 'TABLE').pop() as { rows: string[][] };
    expect(signatures.rows).toHaveLength(3);
    expect(signatures.rows.flat().join('\n')).toMatch(/Ort:[\s\S]*Datum:[\s\S]*ST-läkare[\s\S]*Huvudhandledare[\s\S]*Verksamhetschef[\s\S]*Studierektor/);

    const row = recordById(bundle, SHEET.agreements, 'Ö-0003');
    expect(row.Dokument).toBe(`https://docs.google.com/document/d/${doc.id}/edit`);
    expect(row.Status).toBe('Skapad');
    expect(row.Skapad).toBe('2026-11-23');
    expect(bundle.env.ui.dialogs).toHaveLength(1);
    expect(bundle.env.ui.dialogs[0].content).toContain(doc.id);
  });

  test('from a trainee row: the agreement in force; Status Undertecknad stays', () => {
    const bundle = bundleAt(2, SHEET.trainees);
    bundle.call('generateAgreementForSelection');
    expect(bundle.env.ui.alerts).toEqual([]);
    const [doc] = liveDocs(bundle);
    expect(doc.name).toBe('Handledningsöverenskommelse – Anna Ek – 2024-02-01');
    expect(doc.text).toContain('en gång i månaden');
    const row = recordById(bundle, SHEET.agreements, 'Ö-0001');
    expect(row.Status).toBe('Undertecknad');
    expect(String(row.Dokument)).toContain(doc.id);
  });

  test('generating again asks; No opens the existing one, Yes makes v2, and the folder is created once', () => {
    const bundle = bundleAt(4);
    bundle.call('generateAgreementForSelection');
    const first = liveDocs(bundle)[0];

    bundle.env.ui.queueResponse('NO');
    bundle.call('generateAgreementForSelection');
    expect(bundle.env.ui.alerts).toHaveLength(1);
    expect(bundle.env.ui.alerts[0].prompt).toContain(first.name);
    expect(liveDocs(bundle)).toHaveLength(1);
    expect(bundle.env.ui.dialogs.pop()!.content).toContain(first.id);

    bundle.env.ui.queueResponse('YES');
    bundle.call('generateAgreementForSelection');
    const docs = liveDocs(bundle);
    expect(docs.map((d) => d.name)).toEqual([first.name, `${first.name} v2`]);
    expect(String(recordById(bundle, SHEET.agreements, 'Ö-0003').Dokument)).toContain(docs[1].id);
    expect(bundle.env.drive.folders().filter((f) => f.name === FOLDER_NAME)).toHaveLength(1);

    bundle.env.ui.queueResponse('YES');
    bundle.call('generateAgreementForSelection');
    expect(liveDocs(bundle).map((d) => d.name).pop()).toBe(`${first.name} v3`);
  });

  test('a user template: copied by content, tags filled, the unknown tag reported', () => {
    const bundle = bundleAt(6);
    bundle.call('generateAgreementForSelection');
    expect(bundle.env.ui.alerts).toEqual([]);
    const [doc] = liveDocs(bundle);
    expect(doc.body[0]).toMatchObject({ type: 'PARAGRAPH', text: 'Överenskommelse för Björn Dahl', heading: 'TITLE' });
    expect(doc.text).toContain('Handledare: Karin Berg, enhet VC Syd. Gäller från 2026-04-01.');
    expect(doc.body[2]).toMatchObject({ type: 'LIST_ITEM', text: 'Handledning: en gång i månaden, med minst en timme avsatt varje gång' });
    expect(doc.body[3]).toMatchObject({ type: 'TABLE', rows: [['Medsittningar', '4'], ['Okänt', '{{Favoritfärg}}']] });
    expect(bundle.env.ui.dialogs[0].content).toContain('{{Favoritfärg}}');
    expect(bundle.env.documents.get(USER_TEMPLATE_ID)!.text).toContain('{{ST-läkare}}');
  });

  test('names with $ and regex characters survive a user template', () => {
    const sheets = agreementSheets();
    sheets[SHEET.trainees][2][1] = 'Björn $1 (B.) \\ Dahl';
    const bundle = bundleAt(6, SHEET.agreements, { workbook: { sheets } });
    bundle.call('generateAgreementForSelection');
    const [doc] = liveDocs(bundle);
    expect(doc.body[0]).toMatchObject({ text: 'Överenskommelse för Björn $1 (B.) \\ Dahl' });
  });

  test('a template that cannot be opened: a Swedish error naming the row, no Doc, nothing written', () => {
    const bundle = bundleAt(7);
    bundle.call('generateAgreementForSelection');
    expect(bundle.env.ui.alerts).toHaveLength(1);
    expect(bundle.env.ui.alerts[0].prompt).toMatch(/^Rad 7 i Överenskommelser, kolumn Mall: mallen .* gick inte att öppna/);
    expect(liveDocs(bundle)).toEqual([]);
    const row = recordById(bundle, SHEET.agreements, 'Ö-0006');
    expect([row.Dokument, row.Skapad, row.Status]).toEqual(['', '', 'Utkast']);
  });

  test.each([
    [3, /Rad 3 i Överenskommelser .*Handledare: .*Okänd Person/],
    [5, /Rad 5 i Överenskommelser .*Giltig från: /],
  ])('a bad row %i: a Swedish error naming row and field, nothing created', (row, expected) => {
    const bundle = bundleAt(row);
    bundle.call('generateAgreementForSelection');
    expect(bundle.env.ui.alerts.map((a) => a.prompt)).toEqual([expect.stringMatching(expected)]);
    expect(liveDocs(bundle)).toEqual([]);
  });

  test('a trainee whose only agreement row is invalid: the message names that row and why, as when the row itself is selected', () => {
    const sheets = agreementSheets();
    // Row 3 (Ö-0002, Cecilia Holm): a known supervisor now, but Giltig till before Giltig från.
    sheets[SHEET.agreements][2][2] = 'HL-0001';
    sheets[SHEET.agreements][2][7] = '2023-01-01';
    const fromTrainee = bundleAt(4, SHEET.trainees, { workbook: { sheets } });
    fromTrainee.call('generateAgreementForSelection');
    const fromRow = bundleAt(3, SHEET.agreements, { workbook: { sheets } });
    fromRow.call('generateAgreementForSelection');
    const [message] = fromTrainee.env.ui.alerts.map((a) => a.prompt);
    expect(message).toMatch(/^Rad 3 i Överenskommelser kan inte bli ett dokument ännu: Giltig till: Giltig till måste vara efter Giltig från/);
    expect(message).not.toMatch(/har ingen överenskommelse/);
    expect(fromRow.env.ui.alerts.map((a) => a.prompt)).toEqual([message]);
    expect(liveDocs(fromTrainee)).toEqual([]);
  });

  test('a trainee with no agreement row at all is told to add one', () => {
    const sheets = agreementSheets();
    sheets[SHEET.agreements].splice(2, 1); // Cecilia Holm's only row
    const bundle = bundleAt(4, SHEET.trainees, { workbook: { sheets } });
    bundle.call('generateAgreementForSelection');
    expect(bundle.env.ui.alerts.map((a) => a.prompt)).toEqual([expect.stringMatching(/^”Cecilia Holm” har ingen överenskommelse/)]);
  });

  test('a selection outside the two sheets says what to select', () => {
    const bundle = bundleAt(2, SHEET.sessions);
    bundle.call('generateAgreementForSelection');
    expect(bundle.env.ui.alerts[0].prompt).toMatch(/Markera först en rad/);
  });
});

type BodyElement = ReturnType<LoadedBundle['env']['documents']['list']>[number]['body'][number];
const isEmptyParagraph = (e: BodyElement) => e.type === 'PARAGRAPH' && e.text === '' && e.element === null;

/** Runs of adjacent list items, each as its items' list IDs, with the element before the run. */
function listRuns(body: BodyElement[]): Array<{ before: BodyElement | undefined; listIds: Array<string | null> }> {
  const runs: Array<{ before: BodyElement | undefined; listIds: Array<string | null> }> = [];
  body.forEach((e, i) => {
    if (e.type !== 'LIST_ITEM') return;
    if (body[i - 1]?.type === 'LIST_ITEM') runs[runs.length - 1].listIds.push(e.listId);
    else runs.push({ before: body[i - 1], listIds: [e.listId] });
  });
  return runs;
}

describe("the Doc's layout: no blank line after a table (Docs keeps a paragraph after a table that ends the body)", () => {
  test.each([
    [2, 'allmanmedicin'],
    [4, 'st-kontrakt'],
  ])('row %i (%s): each table is followed by its heading or text; the one empty paragraph is the one Docs keeps at the end', (row) => {
    const bundle = bundleAt(row);
    bundle.call('generateAgreementForSelection');
    const [doc] = liveDocs(bundle);
    const tables = doc.body.flatMap((e, i) => (e.type === 'TABLE' ? [i] : []));
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const i of tables.slice(0, -1)) expect(isEmptyParagraph(doc.body[i + 1])).toBe(false);
    expect(doc.body.filter(isEmptyParagraph)).toHaveLength(1);
    expect(doc.body.slice(-2).map((e) => e.type)).toEqual(['TABLE', 'PARAGRAPH']);
    // The ground rules table is followed straight by the Underskrifter heading.
    const groundRules = tables[tables.length - 2];
    expect(doc.body[groundRules + 1]).toMatchObject({ type: 'PARAGRAPH', text: 'Underskrifter', heading: 'HEADING2' });
  });

  test('every bullets block is one list of its own: its items share a list ID, the next block after a heading starts a new one', () => {
    const bundle = bundleAt(4);
    bundle.call('generateAgreementForSelection');
    const [doc] = liveDocs(bundle);
    const runs = listRuns(doc.body);
    expect(runs.length).toBeGreaterThanOrEqual(4);
    for (const run of runs) {
      expect(run.before).toMatchObject({ type: 'PARAGRAPH', heading: 'HEADING2' });
      expect(new Set(run.listIds).size).toBe(1);
    }
    expect(new Set(runs.map((r) => r.listIds[0])).size).toBe(runs.length);
  });

  test("a user template's numbered lists restart and continue as in the template, with no blank line after its tables", () => {
    const bundle = bundleAt(6, SHEET.agreements, {
      documents: [
        {
          id: USER_TEMPLATE_ID,
          name: 'Vår mall',
          body: [
            { type: 'PARAGRAPH', text: 'Överenskommelse för {{ST-läkare}}', heading: 'TITLE' },
            { type: 'LIST_ITEM', text: 'Mål 1', glyphType: 'NUMBER', list: 'mål' },
            { type: 'LIST_ITEM', text: 'Mål 2' },
            { type: 'TABLE', cells: [['Handledare', '{{Handledare}}']] },
            { type: 'LIST_ITEM', text: 'Mål 3', list: 'mål' },
            { type: 'PARAGRAPH', text: 'Uppföljning', heading: 'HEADING2' },
            { type: 'LIST_ITEM', text: 'Steg 1', glyphType: 'NUMBER' },
            { type: 'LIST_ITEM', text: 'Steg 2' },
            { type: 'TABLE', cells: [['Ort', 'Datum']] },
          ],
        },
      ],
    });
    bundle.call('generateAgreementForSelection');
    expect(bundle.env.ui.alerts).toEqual([]);
    const [doc] = liveDocs(bundle);
    expect(doc.body.map((e) => (e.type === 'TABLE' ? 'TABLE' : e.text))).toEqual([
      'Överenskommelse för Björn Dahl',
      'Mål 1',
      'Mål 2',
      'TABLE',
      'Mål 3',
      'Uppföljning',
      'Steg 1',
      'Steg 2',
      'TABLE',
      '',
    ]);
    const ids = Object.fromEntries(doc.body.flatMap((e) => (e.type === 'LIST_ITEM' ? [[e.text, e.listId]] : [])));
    expect(ids['Mål 2']).toBe(ids['Mål 1']);
    expect(ids['Mål 3']).toBe(ids['Mål 1']);
    expect(ids['Steg 2']).toBe(ids['Steg 1']);
    expect(ids['Steg 1']).not.toBe(ids['Mål 1']);
    expect(doc.body[3]).toMatchObject({ rows: [['Handledare', 'Karin Berg']] });
  });
});

describe('the sidebar and the batch', () => {
  test('generateAgreement validates its input and returns plain JSON', () => {
    const bundle = bundleAt(2);
    expect(bundle.callFromClient('generateAgreement', { agreementId: 42 })).toEqual({ ok: false, message: expect.stringMatching(/kom inte fram/) });
    const created = bundle.callFromClient<{ ok: boolean; outcome: string; url: string; pdfUrl: string | null }>('generateAgreement', {
      agreementId: 'Ö-0003',
      onExisting: 'ask',
      pdf: true,
    });
    expect(created).toMatchObject({ ok: true, outcome: 'created', name: 'Handledningsöverenskommelse – Björn Dahl – 2026-03-01' });
    expect(created.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    const pdf = bundle.env.drive.files().find((f) => f.mimeType === 'application/pdf')!;
    expect(pdf.name).toBe('Handledningsöverenskommelse – Björn Dahl – 2026-03-01.pdf');
    expect(bundle.callFromClient('generateAgreement', { agreementId: 'Ö-0003', onExisting: 'ask' })).toMatchObject({ ok: true, outcome: 'exists' });
    expect(bundle.callFromClient('generateAgreement', { agreementId: 'Ö-0003', onExisting: 'open-existing' })).toEqual({
      ok: true,
      outcome: 'opened',
      url: created.url,
    });
  });

  test('a folder ST-koll cannot open: the settings say why and what to do, and nothing changes', () => {
    const bundle = bundleAt(2);
    const folder = '1NotAFolderOfOurs000000';
    expect(bundle.callFromClient('saveAgreementSettings', { folder, pdf: true })).toEqual({
      ok: false,
      message:
        `ST-koll kan inte öppna mappen ”${folder}”. Klistra in länken till en mapp som ST-koll har skapat, ` +
        'eller lämna fältet tomt för standardmappen. Inställningen ändrades inte.',
    });
    expect(bundle.env.properties.get('document').ST_KOLL_AGREEMENT_FOLDER_ID).toBeUndefined();
    expect(bundle.env.properties.get('document').ST_KOLL_AGREEMENT_PDF).toBeUndefined();
  });
});

describe('cost of one document', () => {
  function docsDriveCalls(bundle: LoadedBundle): number {
    const byService = bundle.env.calls.byService();
    return (byService.DocumentApp ?? 0) + (byService.Drive ?? 0);
  }

  test.each([
    [2, 'allmanmedicin'],
    [4, 'st-kontrakt'],
    [6, 'user template'],
  ])('row %i (%s): at most 60 Docs/Drive calls and one sheet write, first document and new version', (row, label) => {
    const bundle = bundleAt(row);
    bundle.call('generateAgreementForSelection');
    const first = docsDriveCalls(bundle);
    expect(bundle.env.calls.byMethod()['Range.setValues']).toBe(1);
    bundle.env.calls.reset();
    bundle.env.ui.queueResponse('YES');
    bundle.call('generateAgreementForSelection');
    const again = docsDriveCalls(bundle);
    expect(bundle.env.calls.byMethod()['Range.setValues']).toBe(1);
    expect(first).toBeLessThanOrEqual(60);
    expect(again).toBeLessThanOrEqual(60);
  });
});

import { FolderUnreachable, UserError } from '../../src/app/userError';
import { batchReportText, createMissingAgreements } from '../../src/app/createMissingAgreements';
import {
  generateAgreement,
  statusAfterGeneration,
  type AgreementDocumentPort,
  type AgreementRowCells,
  type AgreementSnapshot,
  type GenerateAgreementPorts,
} from '../../src/app/generateAgreement';
import type { AgreementContent } from '../../src/domain/agreement';
import type { CellValue, RawRow, RawWorkbook } from '../../src/domain/model';
import { parseWorkbook } from '../../src/domain/parseWorkbook';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';

const TODAY = '2025-03-01';
const USER_TEMPLATE_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

function rows(list: Array<Record<string, CellValue>>): RawRow[] {
  return list.map((cells, i) => ({ row: i + 2, cells }));
}

function agreementRow(overrides: Record<string, CellValue> = {}): Record<string, CellValue> {
  return {
    ID: 'Ö-0001',
    'ST-läkare': 'ST-0001',
    Handledare: 'HL-0001',
    Mall: 'st-kontrakt',
    Handledning: 'Varje månad',
    'Medsittningar per år': 8,
    'Giltig från': '2025-02-01',
    'Giltig till': '',
    Undertecknad: '',
    Status: 'Utkast',
    Dokument: '',
    Skapad: '',
    ...overrides,
  };
}

function workbook(agreements: Array<Record<string, CellValue>> = [agreementRow()]): RawWorkbook {
  return {
    trainees: rows([
      {
        ID: 'ST-0001',
        Namn: 'Anna Andersson',
        'E-post': '',
        Specialitet: 'Allmänmedicin',
        Enhet: 'VC Norra',
        'ST-start': '2025-01-15',
        'Planerat ST-slut': '',
        'Tjänstgöringsgrad (%)': '',
        Huvudhandledare: '',
        Studierektor: 'Stina Studie',
        Verksamhetschef: 'Viktor Verksam',
        Status: 'Aktiv',
        'IUP klar': '',
        Anteckning: '',
      },
    ]),
    supervisors: rows([
      { ID: 'HL-0001', Namn: 'Hans Handledare', 'E-post': '', Specialitet: '', Enhet: '', Handledarutbildning: '', 'Senaste handledarträff': '', Anteckning: '' },
    ]),
    agreements: rows(agreements),
    sessions: [],
  };
}

function snapshotOf(raw: RawWorkbook): AgreementSnapshot {
  return { raw, parsed: parseWorkbook(raw, TODAY), today: TODAY, settings: DEFAULT_SETTINGS };
}

/** In-memory Docs/Drive and sheet rows, recording what happened. */
function fakePorts(
  options: { failRender?: boolean; rowGone?: boolean; templateMissing?: boolean; failCreate?: Error; names?: Record<string, string> } = {},
) {
  const files = new Map<string, { name: string; trashed: boolean; content?: AgreementContent }>();
  const writes: Array<{ id: string; cells: AgreementRowCells }> = [];
  let next = 1;
  const documents: AgreementDocumentPort = {
    nameOf: (url) => options.names?.[url] ?? null,
    openTemplate(documentId, row, cell) {
      if (options.templateMissing) throw new UserError(`mall saknas rad ${row} ${cell}`);
      return { documentId };
    },
    createDocument(name) {
      if (options.failCreate) throw options.failCreate;
      const id = `doc-${next++}`;
      files.set(id, { name, trashed: false });
      return { id, url: `https://docs.google.com/document/d/${id}/edit`, name };
    },
    renderContent(doc, content) {
      if (options.failRender) throw new Error('Docs är nere');
      files.get(doc.id)!.content = content;
    },
    fillFromTemplate: () => ['{{Okänd}}'],
    exportPdf(doc) {
      const id = `pdf-${next++}`;
      files.set(id, { name: `${doc.name}.pdf`, trashed: false });
      return { id, url: `https://drive.google.com/file/d/${id}/view` };
    },
    trash(id) {
      files.get(id)!.trashed = true;
    },
  };
  let clock = 0;
  const ports: GenerateAgreementPorts & { elapsedMs(): number } = {
    documents,
    rows: {
      write(id, cells) {
        if (options.rowGone) return false;
        writes.push({ id, cells });
        return true;
      },
    },
    now: () => new Date('2025-03-01T10:00:00Z'),
    elapsedMs: () => clock,
  };
  return { ports, files, writes, tick: (ms: number) => (clock += ms) };
}

describe('generateAgreement', () => {
  it('creates the document, then writes Dokument, Skapad and Status Skapad', () => {
    const { ports, files, writes } = fakePorts();
    const result = generateAgreement(snapshotOf(workbook()), { select: { kind: 'id', id: 'Ö-0001' }, onExisting: 'ask', pdf: false }, ports);
    expect(result).toMatchObject({
      ok: true,
      outcome: 'created',
      name: 'Handledningsöverenskommelse – Anna Andersson – 2025-02-01',
      status: 'Skapad',
    });
    expect(files.size).toBe(1);
    expect(writes).toEqual([
      { id: 'Ö-0001', cells: { document: 'https://docs.google.com/document/d/doc-1/edit', created: expect.any(Date), status: 'Skapad' } },
    ]);
  });

  it('keeps Status Undertecknad', () => {
    const { ports, writes } = fakePorts();
    const raw = workbook([agreementRow({ Status: 'Undertecknad', Undertecknad: '2025-02-02' })]);
    const result = generateAgreement(snapshotOf(raw), { select: { kind: 'row', row: 2 }, onExisting: 'ask', pdf: false }, ports);
    expect(writes[0].cells.status).toBeUndefined();
    // The sidebar shows the status the server reports.
    expect(result).toMatchObject({ ok: true, outcome: 'created', status: 'Undertecknad' });
  });

  it('asks when a document exists, opens it, or makes the next version', () => {
    const url = 'https://docs.google.com/document/d/existing/edit';
    const names = { [url]: 'Handledningsöverenskommelse – Anna Andersson – 2025-02-01 v2' };
    const snapshot = snapshotOf(workbook([agreementRow({ Dokument: url, Status: 'Skapad' })]));
    const select = { kind: 'id' as const, id: 'Ö-0001' };
    const asked = fakePorts({ names });
    expect(generateAgreement(snapshot, { select, onExisting: 'ask', pdf: false }, asked.ports)).toEqual({
      ok: true,
      outcome: 'exists',
      url,
      name: names[url],
    });
    expect(asked.files.size).toBe(0);
    const opened = fakePorts({ names });
    expect(generateAgreement(snapshot, { select, onExisting: 'open-existing', pdf: false }, opened.ports)).toEqual({
      ok: true,
      outcome: 'opened',
      url,
    });
    expect(opened.files.size + opened.writes.length).toBe(0);
    const renewed = fakePorts({ names });
    const result = generateAgreement(snapshot, { select, onExisting: 'new-version', pdf: false }, renewed.ports);
    expect(result).toMatchObject({ ok: true, outcome: 'created', name: 'Handledningsöverenskommelse – Anna Andersson – 2025-02-01 v3' });
  });

  it('trashes the document and the PDF when the row is gone, and writes nothing', () => {
    const { ports, files, writes } = fakePorts({ rowGone: true });
    const result = generateAgreement(snapshotOf(workbook()), { select: { kind: 'id', id: 'Ö-0001' }, onExisting: 'ask', pdf: true }, ports);
    expect(result.ok).toBe(false);
    expect([...files.values()].map((f) => f.trashed)).toEqual([true, true]);
    expect(writes).toEqual([]);
  });

  it('trashes the document when rendering fails, with a Swedish message', () => {
    const { ports, files, writes } = fakePorts({ failRender: true });
    const result = generateAgreement(snapshotOf(workbook()), { select: { kind: 'id', id: 'Ö-0001' }, onExisting: 'ask', pdf: false }, ports);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('togs bort') });
    expect([...files.values()][0].trashed).toBe(true);
    expect(writes).toEqual([]);
  });

  it('a failure while creating the document: a Swedish message, nothing to trash, nothing written', () => {
    const { ports, files, writes } = fakePorts({ failCreate: new Error('Drive är nere') });
    const result = generateAgreement(snapshotOf(workbook()), { select: { kind: 'id', id: 'Ö-0001' }, onExisting: 'ask', pdf: false }, ports);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Drive är nere') });
    expect(files.size + writes.length).toBe(0);
  });

  it("a colleague's folder out of reach is a question, not a failure; nothing is made", () => {
    const { ports, files, writes } = fakePorts({ failCreate: new FolderUnreachable('Mappen är en kollegas.') });
    const result = generateAgreement(snapshotOf(workbook()), { select: { kind: 'id', id: 'Ö-0001' }, onExisting: 'ask', pdf: false }, ports);
    expect(result).toEqual({ ok: true, outcome: 'folder-unreachable', message: 'Mappen är en kollegas.' });
    expect(files.size + writes.length).toBe(0);
  });

  it('creates nothing when the user template cannot be opened', () => {
    const { ports, files, writes } = fakePorts({ templateMissing: true });
    const raw = workbook([agreementRow({ Mall: USER_TEMPLATE_ID })]);
    const result = generateAgreement(snapshotOf(raw), { select: { kind: 'id', id: 'Ö-0001' }, onExisting: 'ask', pdf: false }, ports);
    expect(result.ok).toBe(false);
    expect(files.size + writes.length).toBe(0);
  });

  it('reports unknown tags of a user template as a warning', () => {
    const { ports } = fakePorts();
    const raw = workbook([agreementRow({ Mall: USER_TEMPLATE_ID })]);
    const result = generateAgreement(snapshotOf(raw), { select: { kind: 'id', id: 'Ö-0001' }, onExisting: 'ask', pdf: false }, ports);
    expect(result).toMatchObject({ ok: true, outcome: 'created', warnings: [expect.stringContaining('{{Okänd}}')] });
  });

  it.each([
    ['a missing trainee', { 'ST-läkare': '' }, /Rad 2 i Överenskommelser.*ST-läkare/],
    ['an unknown supervisor', { Handledare: 'HL-0099' }, /Rad 2 i Överenskommelser.*Handledare/],
    ['a missing Giltig från', { 'Giltig från': '' }, /Rad 2 i Överenskommelser.*Giltig från/],
  ])('names the row and the field for %s', (_case, overrides, expected) => {
    const { ports, files, writes } = fakePorts();
    const result = generateAgreement(
      snapshotOf(workbook([agreementRow(overrides)])),
      { select: { kind: 'row', row: 2 }, onExisting: 'ask', pdf: false },
      ports,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(expected);
    expect(files.size + writes.length).toBe(0);
  });

  it('says so when no row holds the ID', () => {
    const { ports } = fakePorts();
    const result = generateAgreement(snapshotOf(workbook()), { select: { kind: 'id', id: 'Ö-0404' }, onExisting: 'ask', pdf: false }, ports);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Ö-0404') });
  });
});

describe('createMissingAgreements', () => {
  const many = () =>
    workbook([
      agreementRow({ ID: 'Ö-0001' }),
      agreementRow({ ID: 'Ö-0002', Dokument: 'https://docs.google.com/document/d/x/edit' }),
      agreementRow({ ID: 'Ö-0003', Handledare: '' }),
      agreementRow({ ID: 'Ö-0004', Status: 'Ersatt' }),
      agreementRow({ ID: 'Ö-0005', 'Giltig från': '2025-03-01' }),
      agreementRow({ ID: 'Ö-0006', 'Giltig från': '2025-04-01' }),
    ]);

  it('makes a document for every valid row without one and records each right away', () => {
    const { ports, writes } = fakePorts();
    const report = createMissingAgreements(snapshotOf(many()), ports, { pdf: false });
    expect(report.created.map((c) => c.row)).toEqual([2, 6, 7]);
    expect(writes.map((w) => w.id)).toEqual(['Ö-0001', 'Ö-0005', 'Ö-0006']);
    expect(report.failed).toEqual([{ row: 4, message: expect.stringMatching(/^Handledare: /) }]);
    expect(batchReportText(report)).toMatch(/^3 dokument skapades\. 1 dokument kunde inte skapas\.\nRad 4: Handledare: /);
  });

  it('names every invalid row without a document, with the reason; invalid rows marked Ersatt or with a document are left alone', () => {
    const { ports } = fakePorts();
    const raw = workbook([
      agreementRow({ ID: 'Ö-0001' }),
      agreementRow({ ID: 'Ö-0002', 'Giltig till': '2025-01-01' }),
      agreementRow({ ID: 'Ö-0003', 'Giltig till': '2025-01-01', Status: 'Ersatt' }),
      agreementRow({ ID: 'Ö-0004', 'Giltig till': '2025-01-01', Dokument: 'https://docs.google.com/document/d/x/edit' }),
      agreementRow({ ID: 'Ö-0005', 'Giltig från': '', Mall: 'okänd mall' }),
      // Ersatt in any case, as the schema reads it.
      agreementRow({ ID: 'Ö-0006', 'Giltig till': '2025-01-01', Status: 'ersatt' }),
    ]);
    const text = batchReportText(createMissingAgreements(snapshotOf(raw), ports, { pdf: false }));
    const lines = text.split('\n');
    expect(lines[0]).toBe('1 dokument skapades. 2 dokument kunde inte skapas.');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^Rad 3: Giltig till: Giltig till måste vara efter Giltig från/),
      expect.stringMatching(/^Rad 6: .*Mall: .*Giltig från: Datum saknas/),
    ]);
  });

  it('counts failures as documents, in the singular and the plural alike', () => {
    const { ports } = fakePorts({ templateMissing: true });
    const raw = workbook([agreementRow({ ID: 'Ö-0001', Mall: USER_TEMPLATE_ID }), agreementRow({ ID: 'Ö-0002', Mall: USER_TEMPLATE_ID })]);
    expect(batchReportText(createMissingAgreements(snapshotOf(raw), ports, { pdf: false }))).toMatch(
      /^0 dokument skapades\. 2 dokument kunde inte skapas\.\nRad 2: .*\nRad 3: /,
    );
  });

  it('stops before the time budget and resumes where it stopped on the next run', () => {
    const first = fakePorts();
    const renderContent = first.ports.documents.renderContent;
    first.ports.documents.renderContent = (doc, content) => {
      first.tick(100_000);
      renderContent(doc, content);
    };
    const report = createMissingAgreements(snapshotOf(many()), first.ports, { pdf: false, budgetMs: 150_000 });
    expect(report.created.map((c) => c.row)).toEqual([2]);
    expect(report.remaining).toBe(2);
    expect(batchReportText(report)).toMatch(/2 återstår/);

    // The next run reads the sheet again: the row written above now has a Dokument.
    const resumed = many();
    resumed.agreements[0].cells.Dokument = first.writes[0].cells.document;
    const second = fakePorts();
    const again = createMissingAgreements(snapshotOf(resumed), second.ports, { pdf: false });
    expect(again.created.map((c) => c.row)).toEqual([6, 7]);
    expect(again.remaining).toBe(0);
  });

  it('says when there is nothing to do', () => {
    const { ports } = fakePorts();
    const raw = workbook([agreementRow({ Dokument: 'https://docs.google.com/document/d/x/edit' })]);
    expect(batchReportText(createMissingAgreements(snapshotOf(raw), ports, { pdf: false }))).toBe(
      'Alla giltiga överenskommelser har redan ett dokument.',
    );
  });
});

describe('Status after generation (PRODUCT.md §1)', () => {
  test.each([
    ['Utkast', 'Skapad'],
    ['Skapad', 'Skapad'],
    ['Undertecknad', undefined],
    ['Ersatt', undefined],
  ] as const)('a row with Status %s gets %s', (before, after) => {
    expect(statusAfterGeneration(before)).toBe(after);
  });
});

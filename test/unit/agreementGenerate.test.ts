import { FolderUnreachable, UserError } from '../../src/app/userError';
import {
  generateAgreement,
  statusAfterGeneration,
  type AgreementDocumentPort,
  type AgreementRowCells,
  type AgreementSnapshot,
  type GenerateAgreementPorts,
} from '../../src/app/generateAgreement';
import type { AgreementContent } from '../../src/domain/agreement';
import { agreementRow, snapshotOf, workbook } from './agreementFixture';

const USER_TEMPLATE_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

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

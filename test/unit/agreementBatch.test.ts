/**
 * Issue #12: the plan and the steps of "Skapa alla saknade överenskommelser"
 * (src/app/agreementBatch.ts) over in-memory ports.
 */
import { planAgreementBatch, runAgreementStep } from '../../src/app/agreementBatch';
import type { AgreementDocumentPort, AgreementRowCells, GenerateAgreementPorts } from '../../src/app/generateAgreement';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { agreementRow, snapshotOf, workbook } from './agreementFixture';

function fakePorts(failOn: string | null = null) {
  const files = new Map<string, { name: string; trashed: boolean }>();
  const writes: Array<{ id: string; cells: AgreementRowCells }> = [];
  let next = 1;
  const documents: AgreementDocumentPort = {
    nameOf: () => null,
    openTemplate: () => ({}),
    createDocument(name) {
      const id = `doc-${next++}`;
      files.set(id, { name, trashed: false });
      return { id, url: `https://docs.google.com/document/d/${id}/edit`, name };
    },
    renderContent(doc) {
      if (failOn && doc.name.includes(failOn)) throw new Error('Docs svarar inte');
    },
    fillFromTemplate: () => [],
    exportPdf: () => ({ id: 'pdf', url: 'https://drive.google.com/file/d/pdf/view' }),
    trash(id) {
      files.get(id)!.trashed = true;
    },
  };
  const ports: GenerateAgreementPorts = {
    documents,
    rows: { write: (id, cells) => (writes.push({ id, cells }), true) },
    now: () => new Date('2025-03-01T10:00:00Z'),
  };
  return { ports, files, writes };
}

const mixed = () =>
  workbook([
    agreementRow({ ID: 'Ö-0001' }),
    agreementRow({ ID: 'Ö-0002', Dokument: 'https://docs.google.com/document/d/x/edit' }),
    agreementRow({ ID: 'Ö-0003', Handledare: '' }),
    agreementRow({ ID: 'Ö-0004', Status: 'Ersatt' }),
    agreementRow({ ID: 'Ö-0005', 'Giltig från': '2025-03-01' }),
    agreementRow({ ID: 'Ö-0006', Mall: 'okänd mall' }),
  ]);

describe('the plan', () => {
  test('lists the valid rows without a document, and every skipped row with its reason, in row order', () => {
    const plan = planAgreementBatch(snapshotOf(mixed()), new Set());
    expect(plan.toCreate).toEqual([
      { id: 'Ö-0001', row: 2, traineeName: 'Anna Andersson' },
      { id: 'Ö-0005', row: 6, traineeName: 'Anna Andersson' },
    ]);
    expect(plan.skipped).toEqual([
      { id: 'Ö-0003', row: 4, traineeName: 'Anna Andersson', reason: expect.stringMatching(/^Handledare: /) },
      { id: 'Ö-0006', row: 7, traineeName: 'Anna Andersson', reason: expect.stringMatching(/Mall: /) },
    ]);
    expect(plan.withDocument).toBe(1);
    expect(plan.chunkSize).toBe(DEFAULT_SETTINGS.agreementBatchSize);
  });

  test('a row whose new ID could not be written is skipped with a reason, not offered', () => {
    const plan = planAgreementBatch(snapshotOf(mixed()), new Set(['Ö-0005']));
    expect(plan.toCreate.map((r) => r.id)).toEqual(['Ö-0001']);
    expect(plan.skipped.find((r) => r.id === 'Ö-0005')?.reason).toMatch(/inget ID/);
  });

  test('the chunk size is the setting agreementBatchSize', () => {
    const snapshot = { ...snapshotOf(mixed()), settings: { ...DEFAULT_SETTINGS, agreementBatchSize: 5 } };
    expect(planAgreementBatch(snapshot, new Set()).chunkSize).toBe(5);
  });
});

describe('a step', () => {
  test('makes one document per ID and records each row', () => {
    const { ports, writes } = fakePorts();
    const results = runAgreementStep(snapshotOf(mixed()), ['Ö-0001', 'Ö-0005'], ports, false);
    expect(results).toEqual([
      { id: 'Ö-0001', outcome: 'created', name: 'Handledningsöverenskommelse – Anna Andersson – 2025-02-01', url: expect.any(String), pdfUrl: null, warnings: [] },
      { id: 'Ö-0005', outcome: 'created', name: 'Handledningsöverenskommelse – Anna Andersson – 2025-03-01', url: expect.any(String), pdfUrl: null, warnings: [] },
    ]);
    expect(writes.map((w) => w.id)).toEqual(['Ö-0001', 'Ö-0005']);
  });

  test('a row that has a Dokument by now (another coordinator) or is Ersatt is skipped, never made twice', () => {
    const { ports, files } = fakePorts();
    const results = runAgreementStep(snapshotOf(mixed()), ['Ö-0002', 'Ö-0004'], ports, false);
    expect(results).toEqual([
      { id: 'Ö-0002', outcome: 'skipped', reason: 'Har redan ett dokument.' },
      { id: 'Ö-0004', outcome: 'skipped', reason: 'Raden är markerad Ersatt.' },
    ]);
    expect(files.size).toBe(0);
  });

  test('a failure on one row leaves no document and no write for it; the other rows are still made', () => {
    const { ports, files, writes } = fakePorts('2025-02-01');
    const results = runAgreementStep(snapshotOf(mixed()), ['Ö-0001', 'Ö-0005'], ports, false);
    expect(results[0]).toEqual({ id: 'Ö-0001', outcome: 'failed', reason: expect.stringContaining('Docs svarar inte') });
    expect(results[1].outcome).toBe('created');
    expect(writes.map((w) => w.id)).toEqual(['Ö-0005']);
    expect([...files.values()].filter((f) => !f.trashed).map((f) => f.name)).toEqual(['Handledningsöverenskommelse – Anna Andersson – 2025-03-01']);
  });

  test('an unknown ID or a row that became invalid fails with its Swedish reason', () => {
    const { ports } = fakePorts();
    const results = runAgreementStep(snapshotOf(mixed()), ['Ö-0404', 'Ö-0003'], ports, false);
    expect(results).toEqual([
      { id: 'Ö-0404', outcome: 'failed', reason: expect.stringContaining('Hittar ingen överenskommelse') },
      { id: 'Ö-0003', outcome: 'failed', reason: expect.stringContaining('kan inte bli ett dokument') },
    ]);
  });
});

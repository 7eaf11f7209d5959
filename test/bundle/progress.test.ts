/**
 * PRODUCT.md §6 on the built bundle: setup seeds the catalogue, refresh writes
 * Beräknat ST-slut and Delmål med intyg and the three new flags. Every date is
 * worked out by hand below; today is 2026-11-23.
 */
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import { CERTIFICATE_COL, LEAVE_COL, SHEET, TRAINEE_COL, TRAINEE_COMPUTED } from '../../src/domain/sheetContract';
import { sheetHeaders } from '../../src/domain/sheetLayout';
import { sampleWorkbook } from '../../dev/sampleWorkbook';
import { NOW } from './coreWorkbook';
import { readRecords, readSheet, recordById } from './sheetReader';

function sheetOf(key: 'trainees' | 'leave' | 'certificates', rows: Record<string, unknown>[]): unknown[][] {
  const headers = sheetHeaders(key);
  return [headers, ...rows.map((row) => headers.map((h) => row[h] ?? ''))];
}

const trainees = [
  // 2021:8 (blank, ST-start ≥ 2021-07-01), 100 %: 2022-01-01 + 66 months = 2027-07-01.
  { [TRAINEE_COL.id]: 'ST-0001', [TRAINEE_COL.name]: 'Alva Påhitt', [TRAINEE_COL.stStart]: '2022-01-01', [TRAINEE_COL.btApproved]: '2022-08-01' },
  // 80 % from 2022-01-01: 2,007 required days / 0.8 → 2,509 days → 2028-11-14 (see test/unit/rules/estimatedEnd.test.ts).
  // Planerat ST-slut typed earlier (2027-07-01) → Beräknat ST-slut efter planerat; no BT godkänd after 24 months.
  {
    [TRAINEE_COL.id]: 'ST-0002',
    [TRAINEE_COL.name]: 'Bo Exempel',
    [TRAINEE_COL.stStart]: '2022-01-01',
    [TRAINEE_COL.plannedEnd]: '2027-07-01',
    [TRAINEE_COL.serviceLevel]: 80,
  },
  // SOSFS 2015:8 (ST-start before 2021-07-01): 2020-09-01 + 60 months = 2025-09-01, plus 184 days of
  // parental leave (2021-03-01 – 2021-08-31: 31+30+31+30+31+31) → 2026-03-04.
  { [TRAINEE_COL.id]: 'ST-0003', [TRAINEE_COL.name]: 'Cecilia Fiktiv', [TRAINEE_COL.stStart]: '2020-09-01' },
];

const leave = [{ [LEAVE_COL.trainee]: 'ST-0003', [LEAVE_COL.from]: '2021-03-01', [LEAVE_COL.to]: '2021-08-31', [LEAVE_COL.type]: 'Föräldraledighet' }];

const certificates = [
  { [CERTIFICATE_COL.trainee]: 'ST-0001', [CERTIFICATE_COL.delmal]: 'STa1,STa2 STa3; sta4, STa5 STa6 STa7', [CERTIFICATE_COL.issued]: '2025-01-10' },
  { [CERTIFICATE_COL.trainee]: 'Alva Påhitt', [CERTIFICATE_COL.delmal]: ' stb1 STb2 STb3 STb4 ', [CERTIFICATE_COL.issued]: '2026-11-23' },
  { [CERTIFICATE_COL.trainee]: 'ST-0002', [CERTIFICATE_COL.delmal]: 'STa3, STb1', [CERTIFICATE_COL.issued]: '2025-05-01' },
  // In the future: planned, not yet counted.
  { [CERTIFICATE_COL.trainee]: 'ST-0002', [CERTIFICATE_COL.delmal]: 'STa5', [CERTIFICATE_COL.issued]: '2027-01-01' },
  // STa3 is a 2021:8 code; Cecilia follows 2015:8 → validation error, Datafel.
  { [CERTIFICATE_COL.trainee]: 'ST-0003', [CERTIFICATE_COL.delmal]: 'a5, STa3', [CERTIFICATE_COL.issued]: '2024-02-01' },
];

function prepared(): LoadedBundle {
  const bundle = loadBundle({
    workbook: {
      sheets: {
        [SHEET.trainees]: sheetOf('trainees', trainees),
        [SHEET.leave]: sheetOf('leave', leave),
        [SHEET.certificates]: sheetOf('certificates', certificates),
      },
    },
    now: NOW,
  });
  bundle.call('setupWorkbook');
  bundle.call('refreshFlags');
  return bundle;
}

describe('§6 on the built bundle, today 2026-11-23', () => {
  const bundle = prepared();
  const row = (id: string) => recordById(bundle, SHEET.trainees, id);
  const flags = (id: string) => String(row(id)[TRAINEE_COMPUTED.flags]).split('; ');

  test('setup and refresh show no error', () => {
    expect(bundle.env.ui.alerts).toEqual([]);
    expect(readRecords(bundle, SHEET.catalogue)).toHaveLength(22);
  });

  test('Beräknat ST-slut: 2027-07-01 at full time, 2028-11-14 at 80 %, 2026-03-04 after 184 days of leave under 2015:8', () => {
    expect(row('ST-0001')[TRAINEE_COMPUTED.estimatedEnd]).toBe('2027-07-01');
    expect(row('ST-0002')[TRAINEE_COMPUTED.estimatedEnd]).toBe('2028-11-14');
    expect(row('ST-0003')[TRAINEE_COMPUTED.estimatedEnd]).toBe('2026-03-04');
  });

  test('Delmål med intyg is text n/m, never a date: 11/11, and 2/11 (the future intyg not counted)', () => {
    expect(row('ST-0001')[TRAINEE_COMPUTED.delmalCovered]).toBe('11/11');
    expect(row('ST-0002')[TRAINEE_COMPUTED.delmalCovered]).toBe('2/11');
    // Cecilia's only intyg is rejected: none of her 11 SOSFS delmål are covered.
    expect(row('ST-0003')[TRAINEE_COMPUTED.delmalCovered]).toBe('0/11');
  });

  test('Bo: typed end before the estimate, no BT, 9 delmål without intyg within 365 days of 2027-07-01', () => {
    expect(flags('ST-0002')).toEqual(expect.arrayContaining(['BT-intyg saknas', '9 delmål utan intyg', 'Beräknat ST-slut efter planerat']));
  });

  test('Alva: BT approved, every delmål covered → none of the three', () => {
    for (const flag of ['BT-intyg saknas', 'Beräknat ST-slut efter planerat']) expect(flags('ST-0001')).not.toContain(flag);
    expect(flags('ST-0001').some((f) => f.endsWith('delmål utan intyg'))).toBe(false);
  });

  test('Cecilia: the blank Planerat ST-slut means the estimate (past) → Planera specialistansökan; her bad intyg → Datafel', () => {
    expect(flags('ST-0003')[0]).toBe('Datafel');
    expect(flags('ST-0003')).toContain('Planera specialistansökan');
    expect(flags('ST-0003')).not.toContain('BT-intyg saknas');
  });

  test('the validation report names the Intyg row and the codes outside her catalogue', () => {
    bundle.call('showValidationReport');
    const shown = JSON.stringify(bundle.env.ui.dialogs[0]);
    expect(shown).toContain('<td>Intyg</td>');
    expect(shown).toMatch(/Delmålet ”STa3” finns inte i Målbeskrivning för SOSFS 2015:8/);
  });

  test('nothing the user typed in Frånvaro or Intyg changed', () => {
    expect(readSheet(bundle, SHEET.leave)).toEqual(sheetOf('leave', leave));
    expect(readSheet(bundle, SHEET.certificates)).toEqual(sheetOf('certificates', certificates));
  });
});

describe('the preview’s sample workbook shows every §6 flag', () => {
  test('BT-intyg saknas, N delmål utan intyg and Beräknat ST-slut efter planerat each appear, with no error', () => {
    const sample = sampleWorkbook('2026-11-23');
    const bundle = loadBundle({ workbook: sample, now: NOW, activeSheet: SHEET.trainees });
    bundle.call('setupWorkbook');
    bundle.call('refreshFlags');
    expect(bundle.env.ui.alerts).toEqual([]);
    const flags = readRecords(bundle, SHEET.trainees).flatMap((r) => String(r[TRAINEE_COMPUTED.flags]).split('; '));
    expect(flags).toContain('BT-intyg saknas');
    expect(flags).toContain('Beräknat ST-slut efter planerat');
    expect(flags.some((f) => /^\d+ delmål utan intyg$/.test(f))).toBe(true);
    expect(flags).toContain('Planera specialistansökan');
  });
});

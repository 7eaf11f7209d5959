/**
 * logLeave and registerCertificate (PRODUCT.md §6) as the sidebar calls them:
 * untrusted input validated with the sheet's own row schemas, one appended row
 * written only in ST-koll's columns, formulas neutralised, the "Ansökan" data
 * in getTraineeDetails (and the choices in getSidebarData). Today is 2026-11-23.
 */
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import { SHEET } from '../../src/domain/sheetContract';
import type { AppendedRowOk, Result, SidebarData, TraineeDetailsDto } from '../../src/shared/api';
import { coreSheets, NOW } from './coreWorkbook';
import { readSheet } from './sheetReader';

function detailsOf(bundle: LoadedBundle, traineeId: string): TraineeDetailsDto {
  const reply = bundle.callFromClient<Result<{ trainee: TraineeDetailsDto }>>('getTraineeDetails', { traineeId });
  if (!reply.ok) throw new Error(reply.message);
  return reply.trainee;
}

function prepared(): LoadedBundle {
  const sheets = coreSheets();
  // A user column of their own between two of ST-koll's, holding a formula.
  sheets[SHEET.leave] = [['ST-läkare', 'Från', 'Till', 'Egen', 'Typ', 'Omfattning (%)', 'Anteckning'], ['', '', '', '=1+1', '', '', '']];
  const bundle = loadBundle({ workbook: { sheets }, now: NOW });
  bundle.call('setupWorkbook');
  return bundle;
}

const leave = { traineeId: 'ST-0002', from: '2026-06-01', to: '2026-06-30', type: 'Föräldraledighet', extent: 50, note: '=HYPERLINK("x")' };
const intyg = { traineeId: 'ST-0002', delmal: 'sta3, STb1', activity: 'Kurs', title: '+Kurs i vetenskap', issued: '2026-11-01', issuer: 'Kursledningen' };

describe('logLeave', () => {
  test('appends one Frånvaro row, keeps the user’s own column and its formula, and neutralises the note', () => {
    const bundle = prepared();
    const result = bundle.callFromClient<Result<AppendedRowOk>>('logLeave', leave);
    expect(result).toEqual({ ok: true, row: 2 });
    const rows = readSheet(bundle, SHEET.leave);
    // The fakes do not evaluate formulas: the user's '=1+1' reads as ''. The note is literal text, not a formula.
    expect(rows[1]).toEqual(['ST-0002', '2026-06-01', '2026-06-30', '', 'Föräldraledighet', 50, '=HYPERLINK("x")']);
    const ctx = bundle.context as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
    const sheet = ctx.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.leave)!;
    expect(sheet.getRange(2, 7).getFormula()).toBe('');
    expect(sheet.getRange(2, 4).getFormula()).toBe('=1+1');
  });

  test.each([['0042'], ['2026-11'], ['2/11'], ['TRUE'], ['-5']])(
    'a note %j that looks like a number, a date or a boolean is stored as that text, not as what Sheets would read',
    (note) => {
      const bundle = prepared();
      expect(bundle.callFromClient<Result<AppendedRowOk>>('logLeave', { ...leave, note })).toEqual({ ok: true, row: 2 });
      const [headers, written] = readSheet(bundle, SHEET.leave);
      expect(written[(headers as string[]).indexOf('Anteckning')]).toBe(note);
      // The dates stay dates (a date column is handed its ISO date).
      expect(written.slice(1, 3)).toEqual(['2026-06-01', '2026-06-30']);
    },
  );

  test.each([
    [{ ...leave, to: '2026-05-01' }, /Till: Till måste vara samma dag som Från eller senare/],
    [{ ...leave, extent: 0 }, /Omfattning \(%\): Ogiltigt värde ”0” – ange ett tal från 1 till 100/],
    [{ ...leave, from: '1/6/2026' }, /Från: Ogiltigt datum/],
    [{ ...leave, type: 'Semester' }, /Typ: Ogiltigt värde ”Semester”/],
    [{ ...leave, traineeId: 'ST-0099' }, /finns inte/],
    [{ ...leave, traineeId: 'ST-0006' }, /finns inte/],
    ['not an object', /kom inte fram/],
  ])('%j is refused with a Swedish message and nothing is written', (input, message) => {
    const bundle = prepared();
    const before = readSheet(bundle, SHEET.leave);
    const result = bundle.callFromClient<Result<AppendedRowOk>>('logLeave', input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
    expect(readSheet(bundle, SHEET.leave)).toEqual(before);
  });
});

describe('registerCertificate', () => {
  test('appends one Intyg row; the codes count after a refresh', () => {
    const bundle = prepared();
    expect(bundle.callFromClient<Result<AppendedRowOk>>('registerCertificate', intyg)).toEqual({ ok: true, row: 2 });
    expect(readSheet(bundle, SHEET.certificates)[1].slice(0, 3)).toEqual(['ST-0002', 'sta3, STb1', 'Kurs']);
    const bjorn = detailsOf(bundle, 'ST-0002');
    expect(bjorn.application?.delmalWith.map((d) => d.code)).toEqual(['STa3', 'STb1']);
    expect(bjorn.application?.delmalWithout).toHaveLength(9);
  });

  test('a title and an issuer that look like a number or a date (0042, 2026-11, 2/11) are stored as that text', () => {
    const bundle = prepared();
    const input = { ...intyg, title: '0042', issuer: '2/11' };
    expect(bundle.callFromClient<Result<AppendedRowOk>>('registerCertificate', input)).toEqual({ ok: true, row: 2 });
    expect(bundle.callFromClient<Result<AppendedRowOk>>('registerCertificate', { ...input, title: '2026-11' })).toEqual({ ok: true, row: 3 });
    const [headers, first, second] = readSheet(bundle, SHEET.certificates) as unknown[][];
    const at = (row: unknown[], header: string) => row[(headers as string[]).indexOf(header)];
    expect([at(first, 'Benämning'), at(first, 'Utfärdare'), at(second, 'Benämning')]).toEqual(['0042', '2/11', '2026-11']);
    expect(at(first, 'Utfärdat')).toBe('2026-11-01');
  });

  test('a code outside the trainee’s catalogue is refused, naming it', () => {
    const bundle = prepared();
    const result = bundle.callFromClient<Result<AppendedRowOk>>('registerCertificate', { ...intyg, delmal: 'STa3 a5' });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/Delmålet ”a5” finns inte i Målbeskrivning för HSLF-FS 2021:8/) });
    expect(readSheet(bundle, SHEET.certificates)).toHaveLength(1);
  });

  test('an empty Delmål is refused', () => {
    const bundle = prepared();
    const result = bundle.callFromClient<Result<AppendedRowOk>>('registerCertificate', { ...intyg, delmal: ' , ' });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/Delmål: Delmål saknas/) });
  });
});

describe('the Ansökan part: choices in getSidebarData, facts in getTraineeDetails', () => {
  test('Anna Ek (2021:8 from 2024-01-15, 100 %): Beräknat ST-slut 2029-07-15, BT approved, IUP and the signed agreement', () => {
    const bundle = prepared();
    const data = bundle.callFromClient<Result<{ data: SidebarData }>>('getSidebarData');
    if (!data.ok) throw new Error(data.message);
    expect(data.data.leaveTypes).toEqual(['Föräldraledighet', 'Sjukskrivning', 'Tjänstledighet', 'Annan']);
    const anna = detailsOf(bundle, 'ST-0001');
    expect(anna.application).toMatchObject({
      regulation: 'HSLF-FS 2021:8',
      estimatedEnd: '2029-07-15',
      fullTimeEnd: '2029-07-15',
      partTimeDays: 0,
      leaveDays: 0,
      btRequired: true,
      btApproved: '2024-08-20',
      iupDone: '2024-06-01',
      agreementSigned: '2024-02-05',
    });
    expect(anna.application?.delmalWithout).toHaveLength(11);
    // Fredrik Fel's row has an impossible ST-start: named, without facts.
    expect(detailsOf(bundle, 'ST-0006')).toEqual({ id: 'ST-0006', name: 'Fredrik Fel', mainSupervisor: null, application: null });
  });
});

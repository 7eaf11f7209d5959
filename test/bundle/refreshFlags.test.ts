/**
 * refreshFlags() as Apps Script runs it: the built bundle on the fakes, with
 * the expected cells worked out by hand for 2026-11-23 (see coreWorkbook.ts).
 */
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import { SHEET, TRAINEE_COL, TRAINEE_COMPUTED } from '../../src/domain/sheetContract';
import { coreSheets, NOW, TRAINEE_HEADERS } from './coreWorkbook';
import { readRecords, readSheet, recordById } from './sheetReader';

function refreshed(sheets = coreSheets()): LoadedBundle {
  const bundle = loadBundle({ workbook: { sheets }, now: NOW });
  bundle.call('refreshFlags');
  return bundle;
}

describe('refreshFlags on a realistic workbook, today 2026-11-23', () => {
  const bundle = refreshed();
  const trainee = (id: string) => recordById(bundle, SHEET.trainees, id);

  test('shows no error, and a toast that sums up the refresh in Swedish', () => {
    expect(bundle.env.ui.alerts).toEqual([]);
    expect(bundle.env.ui.toasts.map((t: { message: string }) => t.message)).toEqual([
      '6 ST-läkare uppdaterade. 1 försenad årlig avstämning. 2 fel – se valideringsrapporten.',
    ]);
  });

  test('Anna Ek (check-in 2025-10-01, due 2026-10-01) is Försenad with every open flag, most urgent first', () => {
    const anna = trainee('ST-0001');
    expect(anna['Årlig avstämning']).toBe('Försenad');
    expect(anna['Nästa årliga avstämning']).toBe('2026-10-01');
    expect(anna['Senaste handledning']).toBe('2026-11-02');
    expect(anna['Handledning 12 mån (h)']).toBe(2.5);
    expect(anna['Medsittningar 12 mån']).toBe(2);
    expect(anna.Flaggor).toBe(
      'Årlig avstämning försenad; Handledare saknar handledarutbildning; Få medsittningar (2/6); Specialistkollegium saknas; 1 samtal odokumenterat',
    );
    expect(anna.Uppdaterad).toBe('2026-11-23');
  });

  test('Björn Dahl (ST-start 2026-03-01, nothing logged) is OK but misses IUP, agreement, supervision and sit-ins', () => {
    const bjorn = trainee('ST-0002');
    expect(bjorn['Årlig avstämning']).toBe('OK');
    expect(bjorn['Nästa årliga avstämning']).toBe('2027-03-01');
    expect(bjorn.Flaggor).toBe('Överenskommelse saknas; IUP saknas; Handledning glest; Få medsittningar (0/6)');
  });

  test('Cecilia Holm is Vilande and touched by an invalid agreement row: Datafel, then Vilande', () => {
    const cecilia = trainee('ST-0003');
    expect(cecilia['Årlig avstämning']).toBe('–');
    expect(cecilia['Nästa årliga avstämning']).toBe('');
    expect(cecilia.Flaggor).toBe('Datafel; Vilande');
  });

  test('David Lund is Avslutad: no flags', () => {
    expect(trainee('ST-0004')['Årlig avstämning']).toBe('–');
    expect(trainee('ST-0004').Flaggor).toBe('');
  });

  test('Eva Sjö had no ID: she gets ST-0007 (after the highest, ST-0006) and her own results (start 2026-11-01, no supervision by 2026-11-15)', () => {
    const eva = trainee('ST-0007');
    expect(eva.Namn).toBe('Eva Sjö');
    expect(eva['Årlig avstämning']).toBe('OK');
    expect(eva['Nästa årliga avstämning']).toBe('2027-11-01');
    expect(eva.Flaggor).toBe('Handledning glest');
  });

  test('a trainee whose ST-start is not a date gets Datafel only', () => {
    const fredrik = trainee('ST-0006');
    expect(fredrik.Flaggor).toBe('Datafel');
    expect(fredrik['Årlig avstämning']).toBe('–');
  });

  test('supervisors: active trainees counted by main supervisor (the agreement in force wins over Huvudhandledare)', () => {
    const karin = recordById(bundle, SHEET.supervisors, 'HL-0001');
    const lars = recordById(bundle, SHEET.supervisors, 'HL-0002');
    expect(karin['Aktiva adepter']).toBe(1);
    expect(karin.Flaggor).toBe('');
    expect(lars['Aktiva adepter']).toBe(1);
    expect(lars.Flaggor).toBe('Saknar handledarutbildning; Ingen handledarträff senaste året');
  });

  test('nothing the user typed changed: every user cell reads back as typed, only the blank ID was filled', () => {
    const before = coreSheets()[SHEET.trainees];
    const after = readSheet(bundle, SHEET.trainees);
    const userColumns = Object.values(TRAINEE_COL).length;
    for (let r = 1; r < before.length; r++) {
      for (let c = 0; c < userColumns; c++) {
        const typed = String(before[r][c] ?? '').replace(/^'/, '');
        const expected = r === 5 && c === 0 ? 'ST-0007' : typed;
        expect(`${TRAINEE_HEADERS[c]}@${r + 1}=${String(after[r][c])}`).toBe(`${TRAINEE_HEADERS[c]}@${r + 1}=${expected}`);
      }
    }
  });
});

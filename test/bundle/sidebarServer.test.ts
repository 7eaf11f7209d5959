/**
 * The functions the sidebar calls through google.script.run: untrusted input
 * in, plain JSON out, Swedish messages, nothing written on bad input.
 */
import { loadBundle, type LoadedBundle } from '../../dev/harness';
import { SHEET } from '../../src/domain/sheetContract';
import type { AgreementSummaryDto, LogSessionOk, PageDto, PersonOptionDto, Result, SidebarData, TraineeDetailsDto } from '../../src/shared/api';
import { coreSheets, NOW } from './coreWorkbook';
import { readSheet } from './sheetReader';

function fresh(): LoadedBundle {
  return loadBundle({ workbook: { sheets: coreSheets() }, now: NOW });
}

const validSession = {
  date: '2026-11-20',
  traineeId: 'ST-0002',
  supervisorId: 'HL-0001',
  type: 'Handledningssamtal',
  minutes: null,
  documented: true,
  note: 'Gick igenom IUP-utkastet',
};

describe('getSidebarData', () => {
  // The order is attentionOrder's (src/app/sidebarData.ts, test/unit/sidebarLogic.test.ts).
  test('returns plain JSON with today, the counts and the flagged trainees, overdue first, then by due date', () => {
    const bundle = fresh();
    const result = bundle.callFromClient<Result<{ data: SidebarData }>>('getSidebarData');
    if (!result.ok) throw new Error(result.message);
    expect(result.data.today).toBe('2026-11-23');
    // David Lund (Avslutad) has no flag and is not listed.
    expect(result.data.attention.items.map((t) => t.id)).toEqual(['ST-0001', 'ST-0002', 'ST-0007', 'ST-0003', 'ST-0006']);
    expect(result.data.attention).toMatchObject({ total: 5, nextOffset: null });
    expect(result.data.attention.items[0]).toMatchObject({ name: 'Anna Ek', annualStatus: 'Försenad', nextAnnualDue: '2026-10-01' });
    expect(result.data.counts).toEqual({ active: 3, overdue: 1, soon: 0, dataErrors: 2 });
    expect(result.data.sessionTypes).toContain('Årligt avstämningssamtal');
    // Everything that grows with the workbook is searched on the server instead.
    expect(Object.keys(result.data).sort()).toEqual(['activities', 'attention', 'counts', 'leaveTypes', 'overview', 'sessionTypes', 'today']);
  });

  test('a workbook without its sheets gives { ok: false } with a Swedish message, not an exception', () => {
    const bundle = loadBundle({ workbook: { sheets: {} }, now: NOW });
    const result = bundle.callFromClient<Result<{ data: SidebarData }>>('getSidebarData');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Förbered arbetsboken/);
  });
});

describe('logSession', () => {
  test('a valid session is appended to Samtal with IDs, 60 minutes by default for Handledningssamtal', () => {
    const bundle = fresh();
    const result = bundle.callFromClient<Result<LogSessionOk>>('logSession', validSession);
    expect(result).toEqual({ ok: true, row: 9 });
    const last = readSheet(bundle, SHEET.sessions)[8];
    expect(last).toEqual(['2026-11-20', 'ST-0002', 'HL-0001', 'Handledningssamtal', 60, true, 'Gick igenom IUP-utkastet']);
  });

  test('a note that looks like a formula is stored as the literal text typed', () => {
    const bundle = fresh();
    bundle.callFromClient('logSession', { ...validSession, note: '=IMPORTXML("http://x","//a")' });
    const last = readSheet(bundle, SHEET.sessions)[8];
    expect(last[6]).toBe('=IMPORTXML("http://x","//a")');
  });

  test.each([
    ['a date after today (2026-11-24)', { ...validSession, date: '2026-11-24' }],
    ['a date that does not exist (2026-02-30)', { ...validSession, date: '2026-02-30' }],
    ['an unknown type', { ...validSession, type: 'Fika' }],
    ['negative minutes', { ...validSession, minutes: -5 }],
    ['a trainee ID that is not in the workbook', { ...validSession, traineeId: 'ST-9999' }],
    ['a supervisor ID that is not in the workbook', { ...validSession, supervisorId: 'HL-9999' }],
    ['a number instead of an object', 42],
    ['null', null],
    ['an object with a poisoned prototype key', JSON.parse('{"__proto__": {"ok": true}, "date": "2026-11-20"}')],
  ])('%s is refused with a Swedish message and nothing is written', (_name, input) => {
    const bundle = fresh();
    const rowsBefore = readSheet(bundle, SHEET.sessions).length;
    const result = bundle.callFromClient<Result<LogSessionOk>>('logSession', input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/[åäöÅÄÖ]|Välj|Ogiltig/);
    expect(readSheet(bundle, SHEET.sessions).length).toBe(rowsBefore);
  });
});

describe('refreshFlagsFromSidebar and getValidationReport', () => {
  test('refresh returns the summary as plain JSON', () => {
    const bundle = fresh();
    const result = bundle.callFromClient<Result<{ summary: unknown }>>('refreshFlagsFromSidebar');
    expect(result).toEqual({ ok: true, summary: { trainees: 6, overdue: 1, soon: 0, issues: 2, assignedIds: 1 } });
  });

  test('the validation report lists the two invalid rows with sheet, row, column and reason', () => {
    const bundle = fresh();
    const result = bundle.callFromClient<Result<{ report: { issues: { sheet: string; row: number; column: string }[] } }>>(
      'getValidationReport',
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.report.issues.map(({ sheet, row, column }) => ({ sheet, row, column }))).toEqual([
      { sheet: 'ST-läkare', row: 7, column: 'ST-start' },
      { sheet: 'Överenskommelser', row: 3, column: 'Handledare' },
    ]);
  });

  test('helpers ending in _ and unknown names cannot be called from the client', () => {
    const bundle = fresh();
    expect(() => bundle.callFromClient('runRefresh_')).toThrow();
    expect(() => bundle.callFromClient('SpreadsheetApp')).toThrow();
  });
});

describe('a new trainee without an ID, seen from the sidebar', () => {
  test('getSidebarData writes the ID it shows (ST-0007 for Eva Sjö), so the picker offers her and a session can be logged at once', () => {
    const bundle = fresh();
    const result = bundle.callFromClient<Result<{ data: SidebarData }>>('getSidebarData');
    if (!result.ok) throw new Error(result.message);
    const eva = result.data.attention.items.find((t) => t.name === 'Eva Sjö');
    expect(eva?.id).toBe('ST-0007');
    const picked = bundle.callFromClient<Result<{ page: PageDto<PersonOptionDto> }>>('searchTrainees', { query: 'sjö' });
    expect(picked.ok && picked.page.items).toEqual([{ id: 'ST-0007', name: 'Eva Sjö', unit: 'VC Norr', status: 'Aktiv' }]);
    expect(readSheet(bundle, SHEET.trainees)[5][0]).toBe('ST-0007');
    const logged = bundle.callFromClient<Result<LogSessionOk>>('logSession', { ...validSession, traineeId: 'ST-0007' });
    expect(logged).toEqual({ ok: true, row: 9 });
  });
});

describe('searchAgreements lists every agreement row, invalid ones with their problems', () => {
  function agreementsOf(bundle: LoadedBundle): AgreementSummaryDto[] {
    const result = bundle.callFromClient<Result<{ page: PageDto<AgreementSummaryDto> }>>('searchAgreements', { query: '' });
    if (!result.ok) throw new Error(result.message);
    return result.page.items;
  }

  test('a row with an unknown Handledare is listed with the Swedish message and the name as typed', () => {
    const agreements = agreementsOf(fresh());
    expect(agreements.map((a) => a.id)).toEqual(['Ö-0001', 'Ö-0002']);
    const [valid, invalid] = agreements;
    expect(valid).toMatchObject({ traineeName: 'Anna Ek', supervisorName: 'Lars Ström', status: 'Undertecknad', problems: [] });
    expect(invalid).toMatchObject({
      traineeId: 'ST-0003',
      traineeName: 'Cecilia Holm',
      supervisorName: 'Okänd Person',
      status: 'Utkast',
      validFrom: '2023-06-01',
      documentUrl: '',
    });
    const report = bundleReport(fresh()).filter((i) => i.sheet === SHEET.agreements && i.row === 3);
    expect(report.length).toBeGreaterThan(0);
    expect(invalid.problems).toEqual(report.map((i) => i.message));
  });

  test('a row without an ID whose Giltig till is before Giltig från gets its new ID and both names as typed', () => {
    const sheets = coreSheets();
    sheets[SHEET.agreements].push(['', 'Nils Okänd', 'Karin Berg', 'allmanmedicin', 'Varje månad', 6, '2026-05-01', '2026-01-01', '', 'Utkast', '', '']);
    const bundle = loadBundle({ workbook: { sheets }, now: NOW });
    // The first load numbers the row (Ö-0003); a search offers only IDs the sheet holds.
    bundle.callFromClient('getSidebarData');
    const added = agreementsOf(bundle)[2];
    expect(added).toMatchObject({ id: 'Ö-0003', traineeId: '', traineeName: 'Nils Okänd', supervisorName: 'Karin Berg', validFrom: '2026-05-01' });
    expect(added.problems).toEqual(
      bundleReport(bundle).filter((i) => i.sheet === SHEET.agreements && i.row === 4).map((i) => i.message),
    );
    expect(added.problems.some((p) => /Giltig till/.test(p))).toBe(true);
    expect(added.problems.some((p) => /Nils Okänd/.test(p))).toBe(true);
  });

  function bundleReport(bundle: LoadedBundle): Array<{ sheet: string; row: number; message: string }> {
    const result = bundle.callFromClient<Result<{ report: { issues: Array<{ sheet: string; row: number; message: string }> } }>>(
      'getValidationReport',
    );
    if (!result.ok) throw new Error(result.message);
    return result.report.issues;
  }
});

describe('getTraineeDetails names the trainee\'s main supervisor for "Registrera samtal"', () => {
  test('the agreement in force wins over Huvudhandledare; a name in Huvudhandledare resolves; none gives null', () => {
    const bundle = fresh();
    bundle.callFromClient('getSidebarData'); // numbers Eva Sjö (ST-0007)
    const main = (traineeId: string) => {
      const result = bundle.callFromClient<Result<{ trainee: TraineeDetailsDto }>>('getTraineeDetails', { traineeId });
      if (!result.ok) throw new Error(result.message);
      return result.trainee.mainSupervisor;
    };
    // Anna Ek: Huvudhandledare HL-0001, but Ö-0001 (HL-0002) is in force.
    expect(main('ST-0001')).toEqual({ id: 'HL-0002', name: 'Lars Ström', unit: 'VC Norr', status: '' });
    // Björn Dahl: Huvudhandledare typed as the name "Karin Berg".
    expect(main('ST-0002')?.id).toBe('HL-0001');
    // Cecilia Holm: only an invalid agreement and no Huvudhandledare.
    expect(main('ST-0003')).toBeNull();
    expect(main('ST-0007')).toBeNull();
  });
});

describe('logSession writes the new session right after the last row in use', () => {
  test('rows holding only unticked checkboxes (FALSE) below the data are reused, not skipped', () => {
    const sheets = coreSheets();
    for (let i = 0; i < 3; i++) sheets[SHEET.sessions].push(['', '', '', '', '', false, '']);
    const bundle = loadBundle({ workbook: { sheets }, now: NOW });
    const result = bundle.callFromClient<Result<LogSessionOk>>('logSession', validSession);
    expect(result).toEqual({ ok: true, row: 9 });
    const grid = readSheet(bundle, SHEET.sessions);
    expect(grid[8].slice(0, 4)).toEqual(['2026-11-20', 'ST-0002', 'HL-0001', 'Handledningssamtal']);
    expect(grid.slice(9).every((row) => row.every((cell) => cell === '' || cell === false))).toBe(true);
  });
});

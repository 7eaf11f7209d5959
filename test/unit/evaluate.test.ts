import { evaluateWorkbook } from '../../src/domain/evaluate';
import type { ParsedWorkbook, Session, SupervisorResult, TraineeResult } from '../../src/domain/model';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { agreement, session, supervisor, trainee } from './rules/fixtures';

const TODAY = '2026-03-11';

/** `n` documented sit-ins for a trainee, one a month from 2025-04-15 (inside the window ending 2026-03-11). */
function monthlySitIns(traineeId: string, n: number): Session[] {
  return Array.from({ length: n }, (_, i) =>
    session(`2025-${String(4 + i).padStart(2, '0')}-15`, 'Medsittning', { traineeId }),
  );
}

/**
 * A small clinic on 2026-03-11: Anna on track; Bo behind on everything; Cecilia on leave;
 * David finished, with a bad Samtal row; Eva near the end, also with a bad row; Filip
 * starting in August; a trainee row and a supervisor row that failed validation.
 */
function clinic(): ParsedWorkbook {
  return {
    workbook: {
      trainees: [
        trainee({ row: 2, id: 'ST-0001', name: 'Anna Andersson', mainSupervisorId: 'HL-0002' }),
        trainee({
          row: 3,
          id: 'ST-0002',
          name: 'Bo Berg',
          stStart: '2024-01-15',
          plannedEnd: '2029-01-15',
          iupDone: null,
          mainSupervisorId: 'HL-0002',
        }),
        trainee({
          row: 4,
          id: 'ST-0003',
          name: 'Cecilia Ek',
          stStart: '2022-02-01',
          plannedEnd: '2027-02-01',
          status: 'Vilande',
          mainSupervisorId: 'HL-0003',
        }),
        trainee({ row: 5, id: 'ST-0004', name: 'David Holm', stStart: '2019-01-07', status: 'Avslutad' }),
        trainee({ row: 6, id: 'ST-0005', name: 'Eva Lund', stStart: '2021-09-20', plannedEnd: '2026-09-01' }),
        trainee({ row: 8, id: 'ST-0007', name: 'Filip Nord', stStart: '2026-08-17', plannedEnd: '2031-08-17', iupDone: null }),
      ],
      supervisors: [
        supervisor({ row: 2, id: 'HL-0001', name: 'Karin Berg' }),
        supervisor({ row: 3, id: 'HL-0002', name: 'Lars Ek', trainingDone: null, lastMeeting: null }),
        supervisor({ row: 4, id: 'HL-0003', name: 'Maria Lind', trainingDone: null, lastMeeting: '2025-06-01' }),
      ],
      agreements: [
        agreement({ row: 2, id: 'Ö-0001', supervisorId: 'HL-0002', validFrom: '2023-09-01', status: 'Ersatt' }),
        agreement({ row: 3, id: 'Ö-0002', supervisorId: 'HL-0001', validFrom: '2025-01-01' }),
        agreement({
          row: 4,
          id: 'Ö-0003',
          traineeId: 'ST-0005',
          supervisorId: 'HL-0001',
          frequency: 'Varje månad',
          validFrom: '2021-09-20',
        }),
      ],
      sessions: [
        // Anna
        session('2025-09-15', 'Årligt avstämningssamtal', { traineeId: 'ST-0001' }),
        session('2025-03-10', 'Handledningssamtal', { traineeId: 'ST-0001', minutes: 60 }),
        session('2026-02-25', 'Handledningssamtal', { traineeId: 'ST-0001', minutes: 50 }),
        session('2026-03-04', 'Handledningssamtal', { traineeId: 'ST-0001', minutes: 45 }),
        ...monthlySitIns('ST-0001', 6),
        session('2026-02-01', 'Studierektorsavstämning', { traineeId: 'ST-0001' }),
        session('2026-02-15', 'Specialistkollegium', { traineeId: 'ST-0001' }),
        // Bo
        session('2025-01-20', 'Årligt avstämningssamtal', { traineeId: 'ST-0002', supervisorId: 'HL-0002' }),
        session('2025-12-01', 'Handledningssamtal', { traineeId: 'ST-0002', supervisorId: 'HL-0002', documented: false }),
        ...monthlySitIns('ST-0002', 2),
        // Cecilia, on leave
        session('2025-06-10', 'Handledningssamtal', { traineeId: 'ST-0003', supervisorId: 'HL-0003', minutes: 90 }),
        // Eva
        session('2025-04-01', 'Årligt avstämningssamtal', { traineeId: 'ST-0005' }),
        session('2026-02-20', 'Handledningssamtal', { traineeId: 'ST-0005' }),
        ...monthlySitIns('ST-0005', 6),
        session('2024-03-01', 'Studierektorsavstämning', { traineeId: 'ST-0005' }),
        session('2026-01-15', 'Studierektorsavstämning', { traineeId: 'ST-0005' }),
        session('2024-04-01', 'Specialistkollegium', { traineeId: 'ST-0005' }),
        session('2026-01-20', 'Specialistkollegium', { traineeId: 'ST-0005' }),
        session('2024-05-01', 'Mitt-i-ST', { traineeId: 'ST-0005' }),
      ],
      leave: [],
      certificates: [],
      catalogue: [],
    },
    issues: [
      { sheet: 'Samtal', row: 40, column: 'Datum', message: 'Ogiltigt datum', traineeIds: ['ST-0004'] },
      { sheet: 'Samtal', row: 41, column: 'Typ', message: 'Okänd typ', traineeIds: ['ST-0005'] },
      { sheet: 'ST-läkare', row: 7, column: 'ST-start', message: 'Saknas', traineeIds: ['ST-0006'] },
    ],
    assignedIds: [],
    rejectedTraineeIds: ['ST-0006'],
    rejectedSupervisorIds: ['HL-0004'],
  };
}

function traineeResult(results: TraineeResult[], id: string): TraineeResult {
  const found = results.find((result) => result.id === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
}

function supervisorResult(results: SupervisorResult[], id: string): SupervisorResult {
  const found = results.find((result) => result.id === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
}

describe('evaluateWorkbook: the whole clinic on 2026-03-11', () => {
  const result = evaluateWorkbook(clinic(), TODAY, DEFAULT_SETTINGS);

  it('gives one row per trainee and supervisor, the rejected ones after the valid ones', () => {
    expect(result.trainees.map((t) => t.id)).toEqual(['ST-0001', 'ST-0002', 'ST-0003', 'ST-0004', 'ST-0005', 'ST-0007', 'ST-0006']);
    expect(result.supervisors.map((s) => s.id)).toEqual(['HL-0001', 'HL-0002', 'HL-0003', 'HL-0004']);
  });

  it('Anna, on track under agreement Ö-0002 (the Ersatt one ignored) → OK, due 2026-09-15, no flags', () => {
    expect(traineeResult(result.trainees, 'ST-0001')).toEqual({
      id: 'ST-0001',
      annualStatus: 'OK',
      nextAnnualDue: '2026-09-15',
      lastSupervision: '2026-03-04',
      // 50 + 45 minutes in the window; the 60 on 2025-03-10 is one day before it.
      supervisionHours12m: 1.58,
      sitIns12m: 6,
      estimatedEnd: '2029-03-01',
      delmal: null,
      flags: [],
    });
  });

  it('Bo, behind on everything with an untrained main supervisor → every flag, most urgent first', () => {
    expect(traineeResult(result.trainees, 'ST-0002')).toEqual({
      id: 'ST-0002',
      annualStatus: 'Försenad',
      nextAnnualDue: '2026-01-20',
      lastSupervision: '2025-12-01',
      supervisionHours12m: 1,
      sitIns12m: 2,
      estimatedEnd: '2029-03-01',
      delmal: null,
      flags: [
        'Årlig avstämning försenad',
        'Överenskommelse saknas',
        'IUP saknas',
        'Handledning glest',
        'Handledare saknar handledarutbildning',
        'Få medsittningar (2/6)',
        '1 samtal odokumenterat',
      ],
    });
  });

  it('Cecilia, Vilande → only the flag Vilande and no annual status, but her facts are shown', () => {
    expect(traineeResult(result.trainees, 'ST-0003')).toEqual({
      id: 'ST-0003',
      annualStatus: '–',
      nextAnnualDue: null,
      lastSupervision: '2025-06-10',
      supervisionHours12m: 1.5,
      sitIns12m: 0,
      estimatedEnd: '2029-03-01',
      delmal: null,
      flags: ['Vilande'],
    });
  });

  it('David, Avslutad but touched by a bad Samtal row → Datafel only', () => {
    expect(traineeResult(result.trainees, 'ST-0004')).toMatchObject({ annualStatus: '–', nextAnnualDue: null, flags: ['Datafel'] });
  });

  it('Eva, near the end and touched by a bad row → Datafel first, then her own flags', () => {
    expect(traineeResult(result.trainees, 'ST-0005')).toMatchObject({
      annualStatus: 'Snart',
      nextAnnualDue: '2026-04-01',
      flags: ['Datafel', 'Planera specialistansökan', 'Årlig avstämning snart'],
    });
  });

  it('Filip, ST-start 2026-08-17 in the future with nothing yet → OK, due 2027-08-17, no flags', () => {
    expect(traineeResult(result.trainees, 'ST-0007')).toEqual({
      id: 'ST-0007',
      annualStatus: 'OK',
      nextAnnualDue: '2027-08-17',
      lastSupervision: null,
      supervisionHours12m: 0,
      sitIns12m: 0,
      estimatedEnd: '2029-03-01',
      delmal: null,
      flags: [],
    });
  });

  it('the rejected trainee row ST-0006 → Datafel, every value empty', () => {
    expect(traineeResult(result.trainees, 'ST-0006')).toEqual({
      id: 'ST-0006',
      annualStatus: '–',
      nextAnnualDue: null,
      lastSupervision: null,
      supervisionHours12m: null,
      sitIns12m: null,
      estimatedEnd: null,
      delmal: null,
      flags: ['Datafel'],
    });
  });

  it('Karin (HL-0001) is main supervisor of Anna (via the agreement, over her Huvudhandledare cell) and Eva', () => {
    expect(supervisorResult(result.supervisors, 'HL-0001')).toEqual({ id: 'HL-0001', activeTrainees: 2, flags: [] });
  });

  it('Lars (HL-0002), untrained, never at a meeting, main supervisor of Bo → both supervisor flags', () => {
    expect(supervisorResult(result.supervisors, 'HL-0002')).toEqual({
      id: 'HL-0002',
      activeTrainees: 1,
      flags: ['Saknar handledarutbildning', 'Ingen handledarträff senaste året'],
    });
  });

  it('Maria (HL-0003), untrained but only supervising Cecilia on leave → 0 active trainees, no training flag', () => {
    expect(supervisorResult(result.supervisors, 'HL-0003')).toEqual({ id: 'HL-0003', activeTrainees: 0, flags: [] });
  });

  it('the rejected supervisor row HL-0004 → 0 active trainees, Datafel', () => {
    expect(supervisorResult(result.supervisors, 'HL-0004')).toEqual({ id: 'HL-0004', activeTrainees: 0, flags: ['Datafel'] });
  });
});

describe('evaluateWorkbook: settings and defaults', () => {
  it('planApplicationDays 90: Eva (174 days left on 2026-03-11) no longer gets Planera specialistansökan', () => {
    const result = evaluateWorkbook(clinic(), TODAY, { ...DEFAULT_SETTINGS, planApplicationDays: 90 });
    expect(traineeResult(result.trainees, 'ST-0005').flags).toEqual(['Datafel', 'Årlig avstämning snart']);
  });

  it('without a settings argument the defaults apply', () => {
    expect(evaluateWorkbook(clinic(), TODAY)).toEqual(evaluateWorkbook(clinic(), TODAY, DEFAULT_SETTINGS));
  });

  it('an empty workbook gives empty results', () => {
    const empty: ParsedWorkbook = {
      workbook: { trainees: [], supervisors: [], agreements: [], sessions: [], leave: [], certificates: [], catalogue: [] },
      issues: [],
      assignedIds: [],
      rejectedTraineeIds: [],
      rejectedSupervisorIds: [],
    };
    expect(evaluateWorkbook(empty, TODAY)).toEqual({ trainees: [], supervisors: [] });
  });

  it('Vilande and touched by an issue → Datafel, Vilande', () => {
    const parsed = clinic();
    parsed.issues.push({ sheet: 'ST-läkare', row: 4, column: 'E-post', message: 'Ogiltig e-post', traineeIds: ['ST-0003'] });
    expect(traineeResult(evaluateWorkbook(parsed, TODAY).trainees, 'ST-0003').flags).toEqual(['Datafel', 'Vilande']);
  });
});

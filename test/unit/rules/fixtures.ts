/** Typed rows for the rule and evaluation specs: realistic defaults, override what a case is about. */
import type { Agreement, IsoDate, Session, Supervisor, Trainee } from '../../../src/domain/model';
import { indexSessions, type TraineeSessions } from '../../../src/domain/sessionIndex';
import type { SessionType } from '../../../src/domain/sheetContract';

/**
 * A trainee as parseWorkbook leaves it. Beräknat ST-slut is not computed here:
 * a case about rule 10 sets `estimate` (and `plannedEnd`) itself. BT is
 * approved, so rule 12 stays quiet unless a case is about it.
 */
export function trainee(overrides: Partial<Trainee> = {}): Trainee {
  return {
    row: 2,
    id: 'ST-0001',
    name: 'Anna Andersson',
    email: 'anna.andersson@example.se',
    specialty: 'Allmänmedicin',
    unit: 'Vårdcentralen Norr',
    stStart: '2023-09-01',
    plannedEnd: '2028-09-01',
    serviceLevel: 100,
    mainSupervisorId: '',
    studyDirector: '',
    head: '',
    status: 'Aktiv',
    iupDone: '2023-12-01',
    note: '',
    typedPlannedEnd: null,
    estimate: { fullTimeEnd: '2029-03-01', end: '2029-03-01', partTimeDays: 0, leaveDays: 0 },
    regulation: 'HSLF-FS 2021:8',
    btApproved: '2024-03-01',
    ...overrides,
  };
}

export function supervisor(overrides: Partial<Supervisor> = {}): Supervisor {
  return {
    row: 2,
    id: 'HL-0001',
    name: 'Karin Berg',
    email: 'karin.berg@example.se',
    specialty: 'Allmänmedicin',
    unit: 'Vårdcentralen Norr',
    trainingDone: '2019-05-20',
    lastMeeting: '2025-11-12',
    note: '',
    ...overrides,
  };
}

export function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    row: 2,
    id: 'Ö-0001',
    traineeId: 'ST-0001',
    supervisorId: 'HL-0001',
    template: 'allmanmedicin',
    frequency: 'Varje vecka',
    sitInsPerYear: 6,
    validFrom: '2023-09-01',
    validTo: null,
    signed: '2023-09-05',
    status: 'Undertecknad',
    document: '',
    ...overrides,
  };
}

let nextSessionRow = 2;

export function session(date: IsoDate, type: SessionType, overrides: Partial<Session> = {}): Session {
  return {
    row: nextSessionRow++,
    date,
    traineeId: 'ST-0001',
    supervisorId: 'HL-0001',
    type,
    minutes: 60,
    documented: true,
    note: '',
    ...overrides,
  };
}

/** One trainee's sessions as the rules read them (grouped and sorted by the real index). */
export function sessionsOf(...sessions: Session[]): TraineeSessions {
  return indexSessions(sessions.map((s) => ({ ...s, traineeId: 'ST-0001' }))).forTrainee('ST-0001');
}

/** The texts of a rule's flags, in the order the rule returned them. */
export function texts(flags: readonly { text: string }[]): string[] {
  return flags.map((flag) => flag.text);
}

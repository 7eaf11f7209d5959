/**
 * The whole workbook through rules 1–9 of PRODUCT.md §2: one computed row per
 * trainee and per supervisor, rejected rows included (they show Datafel only).
 * Sessions and agreements are indexed once, so the cost grows with the number
 * of rows, not with trainees × rows.
 */
import type {
  Agreement,
  IsoDate,
  ParsedWorkbook,
  RefreshResult,
  Supervisor,
  SupervisorResult,
  Trainee,
  TraineeResult,
} from './model';
import { agreementFlags, agreementInForce, indexAgreementsByTrainee, mainSupervisorId } from './rules/agreementInForce';
import { annualCheckIn, type AnnualCheckIn } from './rules/annualCheckIn';
import { documentationFlags } from './rules/documentation';
import { endOfStFlags } from './rules/endOfSt';
import { fixedFlag, orderSupervisorFlags, orderTraineeFlags, type TraineeFlag } from './rules/flagOrder';
import { iupFlags } from './rules/iup';
import { milestoneFlags } from './rules/milestones';
import { sitInCheck } from './rules/sitIns';
import { supervisionCheck } from './rules/supervisionFrequency';
import { supervisorFlags, untrainedSupervisorFlags } from './rules/supervisorTraining';
import { indexSessions, inWindow, latestOnOrBefore, ofType, windowEndingOn, type TraineeSessions } from './sessionIndex';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const MINUTES_PER_HOUR = 60;

interface Context {
  today: IsoDate;
  settings: Settings;
  /** Trainees touched by a validation issue: they get Datafel first. */
  dataErrorIds: ReadonlySet<string>;
}

type SessionFacts = Pick<TraineeResult, 'lastSupervision' | 'supervisionHours12m' | 'sitIns12m'>;

/** The fact columns of §1, shown for every status. */
function sessionFacts(
  sessions: TraineeSessions,
  today: IsoDate,
  settings: Pick<Settings, 'windowDays'>,
): SessionFacts {
  const window = windowEndingOn(today, settings);
  const supervision = ofType(sessions, 'Handledningssamtal');
  let minutes = 0;
  for (const session of inWindow(supervision, window)) minutes += session.minutes;
  const latest = latestOnOrBefore(supervision, today);
  return {
    lastSupervision: latest ? latest.date : null,
    supervisionHours12m: Math.round((minutes / MINUTES_PER_HOUR) * 100) / 100,
    sitIns12m: inWindow(ofType(sessions, 'Medsittning'), window).length,
  };
}

/** Rules 1–9 for an Aktiv trainee, unordered. */
function activeTraineeFlags(
  trainee: Trainee,
  sessions: TraineeSessions,
  inForce: Agreement | null,
  mainSupervisor: Supervisor | undefined,
  { today, settings }: Context,
): { annual: AnnualCheckIn; flags: TraineeFlag[] } {
  const annual = annualCheckIn(trainee, sessions, today, settings);
  const flags = [
    ...annual.flags,
    ...iupFlags(trainee, today, settings),
    ...agreementFlags(trainee, inForce, today, settings),
    ...supervisionCheck(trainee, sessions, inForce, today, settings).flags,
    ...sitInCheck(trainee, sessions, inForce, today, settings).flags,
    ...milestoneFlags(trainee, sessions, today, settings),
    ...untrainedSupervisorFlags(mainSupervisor),
    ...endOfStFlags(trainee, today, settings),
    ...documentationFlags(sessions, today, settings),
  ];
  return { annual, flags };
}

/** §2: rules apply to Aktiv trainees only; the others show their facts and no annual status. */
function notActive(id: string, facts: SessionFacts): Omit<TraineeResult, 'flags'> {
  return { id, annualStatus: '–', nextAnnualDue: null, ...facts };
}

function evaluateTrainee(
  trainee: Trainee,
  sessions: TraineeSessions,
  inForce: Agreement | null,
  mainSupervisor: Supervisor | undefined,
  context: Context,
): TraineeResult {
  const facts = sessionFacts(sessions, context.today, context.settings);
  const dataError: TraineeFlag[] = context.dataErrorIds.has(trainee.id) ? [fixedFlag('dataError')] : [];
  switch (trainee.status) {
    case 'Aktiv': {
      const { annual, flags } = activeTraineeFlags(trainee, sessions, inForce, mainSupervisor, context);
      return {
        id: trainee.id,
        annualStatus: annual.status,
        nextAnnualDue: annual.due,
        ...facts,
        flags: orderTraineeFlags([...dataError, ...flags]),
      };
    }
    case 'Vilande':
      return { ...notActive(trainee.id, facts), flags: orderTraineeFlags([...dataError, fixedFlag('dormant')]) };
    case 'Avslutad':
      return { ...notActive(trainee.id, facts), flags: orderTraineeFlags(dataError) };
  }
}

/** A trainee row that failed validation: nothing is guessed, only Datafel is shown. */
function rejectedTrainee(id: string): TraineeResult {
  return {
    id,
    annualStatus: '–',
    nextAnnualDue: null,
    lastSupervision: null,
    supervisionHours12m: null,
    sitIns12m: null,
    flags: orderTraineeFlags([fixedFlag('dataError')]),
  };
}

function rejectedSupervisor(id: string): SupervisorResult {
  return { id, activeTrainees: 0, flags: orderSupervisorFlags([fixedFlag('dataError')]) };
}

/**
 * One TraineeResult per trainee row (valid or rejected) and one SupervisorResult
 * per supervisor row. Pure: `today` comes from the caller's clock.
 */
export function evaluateWorkbook(
  parsed: ParsedWorkbook,
  today: IsoDate,
  settings: Settings = DEFAULT_SETTINGS,
): RefreshResult {
  const { trainees, supervisors, agreements, sessions } = parsed.workbook;
  const sessionIndex = indexSessions(sessions);
  const agreementsByTrainee = indexAgreementsByTrainee(agreements);
  const supervisorsById = new Map(supervisors.map((supervisor) => [supervisor.id, supervisor]));
  const dataErrorIds = new Set(parsed.issues.flatMap((issue) => issue.traineeIds));
  const context: Context = { today, settings, dataErrorIds };
  const activeTrainees = new Map<string, number>();

  const traineeResults = trainees.map((trainee) => {
    const inForce = agreementInForce(agreementsByTrainee.get(trainee.id) ?? [], today);
    const supervisorId = mainSupervisorId(trainee, inForce);
    if (trainee.status === 'Aktiv' && supervisorId !== '') {
      activeTrainees.set(supervisorId, (activeTrainees.get(supervisorId) ?? 0) + 1);
    }
    const mainSupervisor = supervisorsById.get(supervisorId);
    return evaluateTrainee(trainee, sessionIndex.forTrainee(trainee.id), inForce, mainSupervisor, context);
  });

  const supervisorResults = supervisors.map((supervisor): SupervisorResult => {
    const count = activeTrainees.get(supervisor.id) ?? 0;
    return {
      id: supervisor.id,
      activeTrainees: count,
      flags: orderSupervisorFlags(supervisorFlags(supervisor, count, today, settings)),
    };
  });

  return {
    trainees: [...traineeResults, ...parsed.rejectedTraineeIds.map(rejectedTrainee)],
    supervisors: [...supervisorResults, ...parsed.rejectedSupervisorIds.map(rejectedSupervisor)],
  };
}

/**
 * The whole workbook through rules 1–9 of PRODUCT.md §2 and 10–12 of §6: one computed row per
 * trainee and per supervisor, rejected rows included (they show Datafel only).
 * Sessions and agreements are indexed once, so the cost grows with the number
 * of rows, not with trainees × rows.
 */
import { DelmalCatalogue } from './delmalCatalogue';
import type {
  Agreement,
  Certificate,
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
import { btFlags } from './rules/bt';
import { delmalCoverage, delmalFlags, type DelmalCoverage } from './rules/delmal';
import { documentationFlags } from './rules/documentation';
import { endOfStFlags } from './rules/endOfSt';
import { estimatedEndFlags } from './rules/estimatedEnd';
import { fixedFlag, orderSupervisorFlags, orderTraineeFlags, type TraineeFlag } from './rules/flagOrder';
import { iupFlags } from './rules/iup';
import { milestoneFlags } from './rules/milestones';
import { sitInCheck } from './rules/sitIns';
import { supervisionCheck } from './rules/supervisionFrequency';
import { supervisorFlags, untrainedSupervisorFlags } from './rules/supervisorTraining';
import { indexSessions, inWindow, latestOnOrBefore, ofType, windowEndingOn, type TraineeSessions } from './sessionIndex';
import { groupByTrainee } from './groupByTrainee';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const MINUTES_PER_HOUR = 60;

interface Context {
  today: IsoDate;
  settings: Settings;
  /** Trainees touched by a validation issue: they get Datafel first. */
  dataErrorIds: ReadonlySet<string>;
}

type SessionFacts = Pick<TraineeResult, 'lastSupervision' | 'supervisionHours12m' | 'sitIns12m'>;
type ProgressFacts = Pick<TraineeResult, 'estimatedEnd' | 'delmal'>;

/** §6's fact columns, shown for every status: Beräknat ST-slut and Delmål med intyg. */
function progressFacts(trainee: Trainee, coverage: DelmalCoverage): ProgressFacts {
  const required = coverage.covered.length + coverage.missing.length;
  return {
    estimatedEnd: trainee.estimate.end,
    delmal: required > 0 ? { covered: coverage.covered.length, required } : null,
  };
}

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

/** What one trainee's rules read, gathered by evaluateWorkbook. */
interface TraineeInputs {
  sessions: TraineeSessions;
  inForce: Agreement | null;
  mainSupervisor: Supervisor | undefined;
  coverage: DelmalCoverage;
}

/** Rules 1–12 for an Aktiv trainee, unordered. */
function activeTraineeFlags(
  trainee: Trainee,
  { sessions, inForce, mainSupervisor, coverage }: TraineeInputs,
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
    ...estimatedEndFlags(trainee),
    ...delmalFlags(trainee, coverage, today, settings),
    ...btFlags(trainee, today, settings),
  ];
  return { annual, flags };
}

/** §2: rules apply to Aktiv trainees only; the others show their facts and no annual status. */
function notActive(id: string, facts: SessionFacts & ProgressFacts): Omit<TraineeResult, 'flags'> {
  return { id, annualStatus: '–', nextAnnualDue: null, ...facts };
}

function evaluateTrainee(trainee: Trainee, inputs: TraineeInputs, context: Context): TraineeResult {
  const facts = { ...sessionFacts(inputs.sessions, context.today, context.settings), ...progressFacts(trainee, inputs.coverage) };
  const dataError: TraineeFlag[] = context.dataErrorIds.has(trainee.id) ? [fixedFlag('dataError')] : [];
  switch (trainee.status) {
    case 'Aktiv': {
      const { annual, flags } = activeTraineeFlags(trainee, inputs, context);
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
    estimatedEnd: null,
    delmal: null,
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
  const { trainees, supervisors, agreements, sessions, certificates, catalogue } = parsed.workbook;
  const sessionIndex = indexSessions(sessions);
  const delmalCatalogue = new DelmalCatalogue(catalogue);
  const certificatesByTrainee = groupByTrainee(certificates);
  const noCertificates: Certificate[] = [];
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
    const coverage = delmalCoverage(
      delmalCatalogue.forTrainee(trainee),
      certificatesByTrainee.get(trainee.id) ?? noCertificates,
      today,
    );
    const inputs: TraineeInputs = {
      sessions: sessionIndex.forTrainee(trainee.id),
      inForce,
      mainSupervisor: supervisorsById.get(supervisorId),
      coverage,
    };
    return evaluateTrainee(trainee, inputs, context);
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

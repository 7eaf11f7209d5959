/** Rule 7 of PRODUCT.md §2: the supervisor's training and supervisor meetings. */
import { addMonths } from '../dates';
import type { IsoDate, Supervisor } from '../model';
import type { Settings } from '../settings';
import { fixedFlag, type SupervisorFlag, type TraineeFlag } from './flagOrder';

/** Rule 7, on the trainee: the main supervisor has no Handledarutbildning. */
export function untrainedSupervisorFlags(mainSupervisor: Pick<Supervisor, 'trainingDone'> | undefined): TraineeFlag[] {
  return mainSupervisor && mainSupervisor.trainingDone === null ? [fixedFlag('supervisorUntrained')] : [];
}

/**
 * Rule 7, on the supervisor: untrained while main supervisor of an Aktiv
 * trainee; no supervisor meeting (handledarträff) within the last period.
 */
export function supervisorFlags(
  supervisor: Pick<Supervisor, 'trainingDone' | 'lastMeeting'>,
  activeTrainees: number,
  today: IsoDate,
  settings: Pick<Settings, 'supervisorMeetingMonths'>,
): SupervisorFlag[] {
  const flags: SupervisorFlag[] = [];
  if (supervisor.trainingDone === null && activeTrainees > 0) flags.push(fixedFlag('supervisorNoTraining'));
  if (supervisor.lastMeeting === null || today > addMonths(supervisor.lastMeeting, settings.supervisorMeetingMonths)) {
    flags.push(fixedFlag('supervisorNoMeeting'));
  }
  return flags;
}

/** Rule 6 of PRODUCT.md §2: milestones over the whole ST. */
import { daysBetween } from '../dates';
import type { IsoDate, Trainee } from '../model';
import { countOnOrBefore, ofType, type TraineeSessions } from '../sessionIndex';
import type { Settings } from '../settings';
import type { SessionType } from '../sheetContract';
import { fixedFlag, type TraineeFlag } from './flagOrder';

type MilestoneSettings = Pick<
  Settings,
  | 'studyDirectorReviewFirstAt'
  | 'studyDirectorReviewSecondAt'
  | 'specialistPanelFirstAt'
  | 'specialistPanelSecondAt'
  | 'midStAt'
>;

/** How far through the planned ST today is: 0 at ST-start, 1 at the planned end. */
export function stProgress(trainee: Pick<Trainee, 'stStart' | 'plannedEnd'>, today: IsoDate): number {
  const total = daysBetween(trainee.stStart, trainee.plannedEnd);
  // Validation rejects an end on or before the start; never divide by zero anyway.
  if (total <= 0) return today >= trainee.plannedEnd ? 1 : 0;
  return daysBetween(trainee.stStart, today) / total;
}

/** How many sessions of a type are expected by now, given the progress at which each is due. */
function expectedCount(progress: number, dueAt: readonly number[]): number {
  return dueAt.filter((at) => progress >= at).length;
}

/** Rule 6: each milestone type held fewer times than its progress requires is flagged by name. */
export function milestoneFlags(
  trainee: Pick<Trainee, 'stStart' | 'plannedEnd'>,
  sessions: TraineeSessions,
  today: IsoDate,
  settings: MilestoneSettings,
): TraineeFlag[] {
  const progress = stProgress(trainee, today);
  const held = (type: SessionType) => countOnOrBefore(ofType(sessions, type), today);
  const flags: TraineeFlag[] = [];
  const studyDirectorDue = [settings.studyDirectorReviewFirstAt, settings.studyDirectorReviewSecondAt];
  if (held('Studierektorsavstämning') < expectedCount(progress, studyDirectorDue)) {
    flags.push(fixedFlag('studyDirectorReviewMissing'));
  }
  const panelDue = [settings.specialistPanelFirstAt, settings.specialistPanelSecondAt];
  if (held('Specialistkollegium') < expectedCount(progress, panelDue)) {
    flags.push(fixedFlag('specialistPanelMissing'));
  }
  if (held('Mitt-i-ST') < expectedCount(progress, [settings.midStAt])) flags.push(fixedFlag('midStMissing'));
  return flags;
}

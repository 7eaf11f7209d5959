/** Rule 8 of PRODUCT.md §2: the approaching end of ST. */
import { daysBetween } from '../dates';
import type { IsoDate, Trainee } from '../model';
import type { Settings } from '../settings';
import { fixedFlag, type TraineeFlag } from './flagOrder';

/** Rule 8: the planned end is near (or past) → time to prepare the specialist application. */
export function endOfStFlags(
  trainee: Pick<Trainee, 'plannedEnd'>,
  today: IsoDate,
  settings: Pick<Settings, 'planApplicationDays'>,
): TraineeFlag[] {
  return daysBetween(today, trainee.plannedEnd) <= settings.planApplicationDays
    ? [fixedFlag('planSpecialistApplication')]
    : [];
}

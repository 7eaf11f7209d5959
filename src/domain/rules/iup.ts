/** Rule 2 of PRODUCT.md §2: the individual training plan (IUP). */
import { addMonths, daysBetween } from '../dates';
import type { IsoDate, Trainee } from '../model';
import type { Settings } from '../settings';
import { fixedFlag, type TraineeFlag } from './flagOrder';

/** Rule 2: IUP saknas after the deadline, IUP snart in the days just before it. */
export function iupFlags(
  trainee: Pick<Trainee, 'stStart' | 'iupDone'>,
  today: IsoDate,
  settings: Pick<Settings, 'iupDeadlineMonths' | 'iupSoonDays'>,
): TraineeFlag[] {
  if (trainee.iupDone !== null) return [];
  const deadline = addMonths(trainee.stStart, settings.iupDeadlineMonths);
  if (today > deadline) return [fixedFlag('iupMissing')];
  if (daysBetween(today, deadline) <= settings.iupSoonDays) return [fixedFlag('iupSoon')];
  return [];
}

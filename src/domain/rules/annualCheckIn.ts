/** Rule 1 of PRODUCT.md §2: the annual check-in (Årligt avstämningssamtal). */
import { addMonths, daysBetween } from '../dates';
import type { IsoDate, Trainee } from '../model';
import { latestOnOrBefore, ofType, type TraineeSessions } from '../sessionIndex';
import type { Settings } from '../settings';
import type { AnnualStatus } from '../sheetContract';
import { fixedFlag, type TraineeFlag } from './flagOrder';

export interface AnnualCheckIn {
  status: Exclude<AnnualStatus, '–'>;
  /** Nästa årliga avstämning. */
  due: IsoDate;
  flags: TraineeFlag[];
}

/** Rule 1: due = (latest check-in on or before today, else ST-start) + the interval. */
export function annualCheckIn(
  trainee: Pick<Trainee, 'stStart'>,
  sessions: TraineeSessions,
  today: IsoDate,
  settings: Pick<Settings, 'annualIntervalMonths' | 'annualSoonDays'>,
): AnnualCheckIn {
  const last = latestOnOrBefore(ofType(sessions, 'Årligt avstämningssamtal'), today);
  const due = addMonths(last ? last.date : trainee.stStart, settings.annualIntervalMonths);
  if (today > due) return { status: 'Försenad', due, flags: [fixedFlag('annualOverdue')] };
  if (daysBetween(today, due) <= settings.annualSoonDays) {
    return { status: 'Snart', due, flags: [fixedFlag('annualSoon')] };
  }
  return { status: 'OK', due, flags: [] };
}

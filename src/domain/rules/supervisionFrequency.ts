/** Rule 4 of PRODUCT.md §2: supervision at the agreed frequency. */
import { addDays, addMonths, maxDate } from '../dates';
import type { Agreement, IsoDate, Trainee } from '../model';
import { latestOnOrBefore, ofType, type TraineeSessions } from '../sessionIndex';
import type { Settings } from '../settings';
import type { Frequency } from '../sheetContract';
import { fixedFlag, type TraineeFlag } from './flagOrder';

/** What each agreed frequency means as a calendar interval (a definition, not a threshold). */
const INTERVAL: Record<Frequency, { days: number } | { months: number }> = {
  'Varje vecka': { days: 7 },
  'Varje månad': { months: 1 },
  '6 gånger per år': { months: 2 },
};

/**
 * `base` + `intervals` × the frequency's interval. `sparseIntervals` may be a
 * fraction; the result is rounded to a whole day or month so it stays a date.
 */
export function afterIntervals(base: IsoDate, frequency: Frequency, intervals: number): IsoDate {
  const interval = INTERVAL[frequency];
  return 'days' in interval
    ? addDays(base, Math.round(intervals * interval.days))
    : addMonths(base, Math.round(intervals * interval.months));
}

export interface SupervisionCheck {
  /** The last day before Handledning glest. */
  deadline: IsoDate;
  flags: TraineeFlag[];
}

/**
 * Rule 4: counted from the latest Handledningssamtal, else from the later of
 * ST-start and the agreement's Giltig från (ST-start when there is none).
 */
export function supervisionCheck(
  trainee: Pick<Trainee, 'stStart'>,
  sessions: TraineeSessions,
  inForce: Agreement | null,
  today: IsoDate,
  settings: Pick<Settings, 'sparseIntervals' | 'defaultFrequency'>,
): SupervisionCheck {
  const latest = latestOnOrBefore(ofType(sessions, 'Handledningssamtal'), today);
  const base = latest ? latest.date : inForce ? maxDate(trainee.stStart, inForce.validFrom) : trainee.stStart;
  const frequency = inForce ? inForce.frequency : settings.defaultFrequency;
  const deadline = afterIntervals(base, frequency, settings.sparseIntervals);
  return { deadline, flags: today > deadline ? [fixedFlag('supervisionSparse')] : [] };
}

/**
 * Rule 10 of PRODUCT.md §6: Beräknat ST-slut. Time counts in full-time
 * equivalents: each day from ST-start counts g × (1 − L), g = Tjänstgöringsgrad
 * / 100 and L = min(1, the summed Omfattning of the leave covering that day).
 * The end is ST-start + k days, k the least number of days whose counts reach
 * the days a full-time ST takes (ST-start to ST-start + the regulation's months).
 *
 * The weight only changes where a leave starts or ends, so the sum runs over
 * those stretches, not day by day: the cost is the trainee's leave rows, not
 * the length of the ST (a 1 % trainee's 550 years cost nothing extra).
 * Counts are kept as integers (a full day = DAY_UNITS) so that 80 % of 2,509
 * days is exactly 2,007.2 days and no rounding can move the end by a day.
 */
import { addMonths, daysBetween, fromEpochDay, toEpochDay } from '../dates';
import type { IsoDate, Leave, StEndEstimate, Trainee } from '../model';
import type { Settings } from '../settings';
import { REGULATION_NAME, type Regulation } from '../sheetContract';
import { fixedFlag, type TraineeFlag } from './flagOrder';

/** One full-time day. Percentages with up to two decimals multiply to whole units. */
const DAY_UNITS = 1e8;
/** The last day Sheets (and the domain's IsoDate) can write. */
const LAST_EPOCH_DAY = toEpochDay('9999-12-31');

type MinimumMonths = Pick<Settings, 'minStMonthsHslf2021' | 'minStMonthsSosfs2015'>;

/** Rule 10: the months of a full-time ST under each regulation (66 / 60 by default). */
export function minimumMonths(regulation: Regulation, settings: MinimumMonths): number {
  return regulation === REGULATION_NAME.hslf2021 ? settings.minStMonthsHslf2021 : settings.minStMonthsSosfs2015;
}

/** What one day counts, in DAY_UNITS: g × (1 − L), percentages in, leave capped at 100 %. */
function dayWeight(serviceLevelPercent: number, leavePercent: number): number {
  const away = Math.min(100, leavePercent);
  return Math.round(serviceLevelPercent * (100 - away) * (DAY_UNITS / 10_000));
}

/** Epoch day → change of the summed Omfattning (%) on that day; leave before ST-start is cut off. */
function leaveChanges(startDay: number, leave: readonly Pick<Leave, 'from' | 'to' | 'extent'>[]): Map<number, number> {
  const changes = new Map<number, number>();
  const add = (day: number, delta: number) => changes.set(day, (changes.get(day) ?? 0) + delta);
  for (const { from, to, extent } of leave) {
    const first = Math.max(startDay, toEpochDay(from));
    const afterLast = toEpochDay(to) + 1;
    if (afterLast <= first) continue;
    add(first, extent);
    add(afterLast, -extent);
  }
  return changes;
}

/** Least days, from `day`, at `weight` units a day, that reach `remaining` units. */
function daysToReach(remaining: number, weight: number): number {
  return Math.floor((remaining + weight - 1) / weight);
}

/**
 * The epoch day after the last day that counts: the sweep over the stretches
 * of constant weight. Terminates: after the last leave the weight is g > 0.
 */
function endEpochDay(startDay: number, requiredDays: number, serviceLevel: number, leave: readonly Leave[]): number {
  let remaining = requiredDays * DAY_UNITS;
  // Without leave there is one stretch (what the sweep below gives with no breakpoints), and no map to build.
  if (leave.length === 0) return startDay + daysToReach(remaining, dayWeight(serviceLevel, 0));
  let day = startDay;
  let leavePercent = 0;
  const changes = leaveChanges(startDay, leave);
  const breakpoints = [...changes.keys()].sort((a, b) => a - b);
  for (const breakpoint of breakpoints) {
    const weight = dayWeight(serviceLevel, leavePercent);
    const length = breakpoint - day;
    if (length > 0 && weight > 0) {
      if (weight * length >= remaining) return day + daysToReach(remaining, weight);
      remaining -= weight * length;
    }
    day = breakpoint;
    // Rounded so that +30 then −30 on floating-point sums comes back to exactly 0.
    leavePercent = Math.round((leavePercent + changes.get(breakpoint)!) * 1e6) / 1e6;
  }
  return day + daysToReach(remaining, dayWeight(serviceLevel, leavePercent));
}

export type EstimateResult = { ok: true; estimate: StEndEstimate } | { ok: false };

/**
 * Rule 10 for one trainee. `ok: false` only when the end falls after
 * 9999-12-31 (a start in the far future at a low Tjänstgöringsgrad, or leave
 * typed into year 9999): there is no date to show, and the shell reports it.
 * A 1 % Tjänstgöringsgrad gives a far but real date (about 550 years).
 */
export function estimateStEnd(
  trainee: Pick<Trainee, 'stStart' | 'serviceLevel' | 'regulation'>,
  leave: readonly Leave[],
  settings: MinimumMonths,
): EstimateResult {
  const fullTimeEnd = addMonths(trainee.stStart, minimumMonths(trainee.regulation, settings));
  const startDay = toEpochDay(trainee.stStart);
  const requiredDays = daysBetween(trainee.stStart, fullTimeEnd);
  const partTimeEnd = endEpochDay(startDay, requiredDays, trainee.serviceLevel, []);
  const end = leave.length ? endEpochDay(startDay, requiredDays, trainee.serviceLevel, leave) : partTimeEnd;
  if (end > LAST_EPOCH_DAY) return { ok: false };
  return {
    ok: true,
    estimate: {
      fullTimeEnd,
      end: fromEpochDay(end),
      partTimeDays: partTimeEnd - (startDay + requiredDays),
      leaveDays: end - partTimeEnd,
    },
  };
}

/**
 * The planned end every rule and document uses (§6): Planerat ST-slut when
 * typed, else Beräknat ST-slut. The one home of that choice.
 */
export function plannedEndFrom(typedPlannedEnd: IsoDate | null, estimatedEnd: IsoDate): IsoDate {
  return typedPlannedEnd ?? estimatedEnd;
}

/** Rule 10: a typed Planerat ST-slut earlier than Beräknat ST-slut is flagged. */
export function estimatedEndFlags(trainee: Pick<Trainee, 'typedPlannedEnd' | 'estimate'>): TraineeFlag[] {
  const typed = trainee.typedPlannedEnd;
  return typed !== null && typed < trainee.estimate.end ? [fixedFlag('estimatedAfterPlanned')] : [];
}

/**
 * ISO weeks (Monday first, week 1 holds the year's first Thursday) and the
 * moment of the week a digest is due (PRODUCT.md §7: "whose chosen weekday and
 * hour of the current ISO week have passed").
 */
import { addDays, toEpochDay } from '../dates';
import type { IsoDate } from '../model';
import { WEEKDAYS, type ReminderSettings } from './settings';

/** 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(day: IsoDate): number {
  return ((((toEpochDay(day) + 3) % 7) + 7) % 7) + 1;
}

/** `2026-W49`: the ISO week-numbering year and week of `day`. */
export function isoWeek(day: IsoDate): string {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = thursday.slice(0, 4);
  const week = Math.floor((toEpochDay(thursday) - toEpochDay(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** A local wall-clock moment in the workbook's time zone. */
export interface LocalMoment {
  day: IsoDate;
  hour: number;
}

/** True once this ISO week's chosen weekday and hour have come (and until the week ends). */
export function scheduledTimeHasPassed(settings: Pick<ReminderSettings, 'weekday' | 'hour'>, now: LocalMoment): boolean {
  const today = isoWeekday(now.day);
  const chosen = WEEKDAYS.indexOf(settings.weekday) + 1;
  return today > chosen || (today === chosen && now.hour >= settings.hour);
}

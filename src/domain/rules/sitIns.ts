/** Rule 5 of PRODUCT.md §2: sit-ins (Medsittning) in the window ending today. */
import { daysBetween } from '../dates';
import { FLAG } from '../../shared/messages/flags';
import type { Agreement, IsoDate, Trainee } from '../model';
import { inWindow, ofType, windowEndingOn, type TraineeSessions } from '../sessionIndex';
import type { Settings } from '../settings';
import type { TraineeFlag } from './flagOrder';

export interface SitInCheck {
  count: number;
  required: number;
  /** The share of `required` due so far (pro rata in the first window of the ST). */
  expected: number;
  flags: TraineeFlag[];
}

/** Rule 5: fewer sit-ins than expected pro rata → Få medsittningar (count/required). */
export function sitInCheck(
  trainee: Pick<Trainee, 'stStart'>,
  sessions: TraineeSessions,
  inForce: Agreement | null,
  today: IsoDate,
  settings: Pick<Settings, 'windowDays' | 'defaultSitInsPerYear'>,
): SitInCheck {
  const count = inWindow(ofType(sessions, 'Medsittning'), windowEndingOn(today, settings)).length;
  const required = inForce ? inForce.sitInsPerYear : settings.defaultSitInsPerYear;
  const daysIntoSt = Math.min(settings.windowDays, Math.max(0, daysBetween(trainee.stStart, today)));
  const expected = Math.floor((required * daysIntoSt) / settings.windowDays);
  const flags: TraineeFlag[] = count < expected ? [{ kind: 'fewSitIns', text: FLAG.fewSitIns(count, required) }] : [];
  return { count, required, expected, flags };
}

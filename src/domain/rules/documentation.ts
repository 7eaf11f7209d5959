/** Rule 9 of PRODUCT.md §2: documented supervision and sit-ins. */
import { FLAG } from '../../shared/messages/flags';
import type { IsoDate } from '../model';
import { inWindow, ofType, windowEndingOn, type TraineeSessions } from '../sessionIndex';
import type { Settings } from '../settings';
import type { SessionType } from '../sheetContract';
import type { TraineeFlag } from './flagOrder';

const MUST_BE_DOCUMENTED: readonly SessionType[] = ['Handledningssamtal', 'Medsittning'];

/** Rule 9: Handledningssamtal and Medsittning in the window with Dokumenterat unticked. */
export function documentationFlags(
  sessions: TraineeSessions,
  today: IsoDate,
  settings: Pick<Settings, 'windowDays'>,
): TraineeFlag[] {
  const window = windowEndingOn(today, settings);
  let undocumented = 0;
  for (const type of MUST_BE_DOCUMENTED) {
    for (const session of inWindow(ofType(sessions, type), window)) if (!session.documented) undocumented++;
  }
  return undocumented > 0 ? [{ kind: 'undocumented', text: FLAG.undocumented(undocumented) }] : [];
}

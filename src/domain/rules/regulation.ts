/** PRODUCT.md §6: which regulation (föreskrift) a trainee's ST follows. */
import type { IsoDate } from '../model';
import { REGULATION_NAME, type Regulation } from '../sheetContract';

/** HSLF-FS 2021:8 applies to ST started on or after this day. */
export const HSLF_2021_FROM: IsoDate = '2021-07-01';

/**
 * §6: the typed Föreskrift wins; blank → HSLF-FS 2021:8 when ST-start is on or
 * after 2021-07-01, else SOSFS 2015:8. (A doctor who started later but did
 * Swedish AT may follow 2015:8: the coordinator types it.)
 */
export function regulationFor(stStart: IsoDate, typed: Regulation | null): Regulation {
  if (typed) return typed;
  return stStart >= HSLF_2021_FROM ? REGULATION_NAME.hslf2021 : REGULATION_NAME.sosfs2015;
}

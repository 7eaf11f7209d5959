/**
 * The one answer to "when does this trainee's ST end, as planned?" that the
 * rules and the overview share (PRODUCT.md §6: Planerat ST-slut, blank →
 * Beräknat ST-slut; parseWorkbook settles it with rules/estimatedEnd.ts's
 * plannedEndFrom). Callers ask here, never read the cell.
 */
import type { IsoDate, Trainee } from './model';

export function effectivePlannedEnd(trainee: Pick<Trainee, 'plannedEnd'>): IsoDate {
  return trainee.plannedEnd;
}

/**
 * The one answer to "when does this trainee's ST end, as planned?" that the
 * rules and the overview share (PRODUCT.md §1: Planerat ST-slut, blank →
 * the default the parse applied). Callers ask here, never read the cell.
 */
import type { IsoDate, Trainee } from './model';

export function effectivePlannedEnd(trainee: Pick<Trainee, 'plannedEnd'>): IsoDate {
  return trainee.plannedEnd;
}

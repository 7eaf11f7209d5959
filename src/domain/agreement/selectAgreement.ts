/**
 * Which agreement a trainee's row stands for (PRODUCT.md §1): the agreement in
 * force today (latest Giltig från wins), else the trainee's latest agreement.
 */
import type { Agreement, IsoDate } from '../model';

export function isInForce(agreement: Agreement, day: IsoDate): boolean {
  return (
    agreement.validFrom <= day &&
    (agreement.validTo === null || day <= agreement.validTo) &&
    agreement.signed !== null &&
    agreement.status !== 'Ersatt'
  );
}

function latestFirst(a: Agreement, b: Agreement): number {
  if (a.validFrom !== b.validFrom) return a.validFrom < b.validFrom ? 1 : -1;
  return b.row - a.row;
}

export function agreementForTrainee(agreements: Agreement[], traineeId: string, today: IsoDate): Agreement | null {
  const own = agreements.filter((a) => a.traineeId === traineeId).sort(latestFirst);
  return own.find((a) => isInForce(a, today)) ?? own[0] ?? null;
}

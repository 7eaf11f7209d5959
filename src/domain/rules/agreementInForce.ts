/**
 * PRODUCT.md §1 Överenskommelser ("in force"), the main supervisor, and rule 3
 * of §2 (a missing agreement).
 */
import { addMonths } from '../dates';
import type { Agreement, IsoDate, Trainee } from '../model';
import type { Settings } from '../settings';
import { fixedFlag, type TraineeFlag } from './flagOrder';

/** §1: Giltig från ≤ day ≤ Giltig till (or none), signed, and not replaced. */
export function isInForce(agreement: Agreement, day: IsoDate): boolean {
  return (
    agreement.validFrom <= day &&
    (agreement.validTo === null || day <= agreement.validTo) &&
    agreement.signed !== null &&
    agreement.status !== 'Ersatt'
  );
}

/** §1: of the agreements in force on `day`, the latest Giltig från wins; on a tie, the later row. */
export function agreementInForce(agreements: readonly Agreement[], day: IsoDate): Agreement | null {
  let winner: Agreement | null = null;
  for (const agreement of agreements) {
    if (!isInForce(agreement, day)) continue;
    if (
      winner === null ||
      agreement.validFrom > winner.validFrom ||
      (agreement.validFrom === winner.validFrom && agreement.row > winner.row)
    ) {
      winner = agreement;
    }
  }
  return winner;
}

/** Agreements grouped by trainee ID, so nobody scans all agreements per trainee. */
export function indexAgreementsByTrainee(agreements: readonly Agreement[]): ReadonlyMap<string, readonly Agreement[]> {
  const byTrainee = new Map<string, Agreement[]>();
  for (const agreement of agreements) {
    const list = byTrainee.get(agreement.traineeId);
    if (list) list.push(agreement);
    else byTrainee.set(agreement.traineeId, [agreement]);
  }
  return byTrainee;
}

/** §2: the supervisor of the agreement in force wins over the Huvudhandledare cell ('' when neither). */
export function mainSupervisorId(trainee: Pick<Trainee, 'mainSupervisorId'>, inForce: Agreement | null): string {
  return inForce ? inForce.supervisorId : trainee.mainSupervisorId;
}

/** Rule 3: no agreement in force once the grace period after ST-start has passed. */
export function agreementFlags(
  trainee: Pick<Trainee, 'stStart'>,
  inForce: Agreement | null,
  today: IsoDate,
  settings: Pick<Settings, 'agreementGraceMonths'>,
): TraineeFlag[] {
  if (inForce !== null || today <= addMonths(trainee.stStart, settings.agreementGraceMonths)) return [];
  return [fixedFlag('agreementMissing')];
}

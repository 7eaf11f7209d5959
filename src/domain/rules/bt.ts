/** Rule 12 of PRODUCT.md §6: bastjänstgöring (BT) under HSLF-FS 2021:8. */
import { addMonths } from '../dates';
import type { IsoDate, Trainee } from '../model';
import type { Settings } from '../settings';
import { REGULATION_NAME } from '../sheetContract';
import { fixedFlag, type TraineeFlag } from './flagOrder';

/** Rule 12: 2021:8, no BT godkänd, and more than btDeadlineMonths since ST-start → BT-intyg saknas. */
export function btFlags(
  trainee: Pick<Trainee, 'regulation' | 'btApproved' | 'stStart'>,
  today: IsoDate,
  settings: Pick<Settings, 'btDeadlineMonths'>,
): TraineeFlag[] {
  if (trainee.regulation !== REGULATION_NAME.hslf2021 || trainee.btApproved !== null) return [];
  return today > addMonths(trainee.stStart, settings.btDeadlineMonths) ? [fixedFlag('btCertificateMissing')] : [];
}

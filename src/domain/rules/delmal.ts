/** Rule 11 of PRODUCT.md §6: delmål covered by an issued intyg. */
import type { DelmalList } from '../delmalCatalogue';
import { daysBetween } from '../dates';
import type { CatalogueEntry, Certificate, IsoDate, Trainee } from '../model';
import type { Settings } from '../settings';
import { FLAG } from '../../shared/messages/flags';
import type { TraineeFlag } from './flagOrder';

export interface DelmalCoverage {
  /** The trainee's catalogue, in catalogue order, split by whether an issued intyg names it. */
  covered: CatalogueEntry[];
  missing: CatalogueEntry[];
}

/**
 * Rule 11: n = the catalogue's codes named by one of the trainee's intyg with
 * Utfärdat ≤ today; a blank Utfärdat is planned, a future one not yet issued.
 * Codes outside the catalogue were reported by validation and do not count.
 */
export function delmalCoverage(catalogue: DelmalList, certificates: readonly Certificate[], today: IsoDate): DelmalCoverage {
  // A trainee has a handful of intyg: an array of their codes is a cheaper lookup than a Set, 10,000 trainees over.
  const named: string[] = [];
  for (const certificate of certificates) {
    if (certificate.issued === null || certificate.issued > today) continue;
    named.push(...certificate.codeKeys);
  }
  const coverage: DelmalCoverage = { covered: [], missing: [] };
  catalogue.forEach((entry, key) => (named.includes(key) ? coverage.covered : coverage.missing).push(entry));
  return coverage;
}

/** Rule 11: within delmalWarningDays of the planned end, the delmål still without intyg are flagged. */
export function delmalFlags(
  trainee: Pick<Trainee, 'plannedEnd'>,
  coverage: DelmalCoverage,
  today: IsoDate,
  settings: Pick<Settings, 'delmalWarningDays'>,
): TraineeFlag[] {
  const missing = coverage.missing.length;
  if (missing === 0 || daysBetween(today, trainee.plannedEnd) > settings.delmalWarningDays) return [];
  return [{ kind: 'delmalWithoutCertificate', text: FLAG.delmalWithoutCertificate(missing) }];
}

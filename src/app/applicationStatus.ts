/**
 * The sidebar's "Ansökan" part (PRODUCT.md §6): for each valid trainee, what
 * the specialist application will need — Beräknat ST-slut and what moved it,
 * the delmål with and without intyg, BT, IUP and the signed agreement.
 */
import { DelmalCatalogue } from '../domain/delmalCatalogue';
import { groupByTrainee } from '../domain/groupByTrainee';
import type { Agreement, CatalogueEntry, IsoDate, Trainee, Workbook } from '../domain/model';
import { delmalCoverage } from '../domain/rules/delmal';
import { REGULATION_NAME } from '../domain/sheetContract';
import type { ApplicationDto, DelmalDto } from '../shared/api';

function delmal(entries: readonly CatalogueEntry[]): DelmalDto[] {
  return entries.map((entry) => ({ code: entry.code, title: entry.title }));
}

/** A function giving each trainee's application status; the catalogue and intyg are indexed once. */
export function applicationStatuses(workbook: Workbook, today: IsoDate): (trainee: Trainee, inForce: Agreement | null) => ApplicationDto {
  const catalogue = new DelmalCatalogue(workbook.catalogue);
  const certificates = groupByTrainee(workbook.certificates);
  return (trainee, inForce) => {
    const coverage = delmalCoverage(catalogue.forTrainee(trainee), certificates.get(trainee.id) ?? [], today);
    return {
      regulation: trainee.regulation,
      stStart: trainee.stStart,
      typedPlannedEnd: trainee.typedPlannedEnd,
      estimatedEnd: trainee.estimate.end,
      fullTimeEnd: trainee.estimate.fullTimeEnd,
      partTimeDays: trainee.estimate.partTimeDays,
      leaveDays: trainee.estimate.leaveDays,
      delmalWith: delmal(coverage.covered),
      delmalWithout: delmal(coverage.missing),
      btRequired: trainee.regulation === REGULATION_NAME.hslf2021,
      btApproved: trainee.btApproved,
      iupDone: trainee.iupDone,
      agreementSigned: inForce?.signed ?? null,
    };
  };
}

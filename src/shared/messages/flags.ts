/**
 * The flag vocabulary of PRODUCT.md §2 — users filter and search on these exact
 * texts, so they are part of the contract. Counts are filled in by the functions.
 */
export const FLAG = {
  dataError: 'Datafel',
  dormant: 'Vilande',
  annualOverdue: 'Årlig avstämning försenad',
  annualSoon: 'Årlig avstämning snart',
  iupMissing: 'IUP saknas',
  iupSoon: 'IUP snart',
  agreementMissing: 'Överenskommelse saknas',
  supervisionSparse: 'Handledning glest',
  fewSitIns: (count: number, required: number) => `Få medsittningar (${count}/${required})`,
  studyDirectorReviewMissing: 'Studierektorsavstämning saknas',
  specialistPanelMissing: 'Specialistkollegium saknas',
  midStMissing: 'Mitt-i-ST saknas',
  supervisorUntrained: 'Handledare saknar handledarutbildning',
  planSpecialistApplication: 'Planera specialistansökan',
  estimatedAfterPlanned: 'Beräknat ST-slut efter planerat',
  delmalWithoutCertificate: (count: number) => `${count} delmål utan intyg`,
  btCertificateMissing: 'BT-intyg saknas',
  // Singular agrees with the noun: "1 samtal odokumenterat", "3 samtal odokumenterade".
  undocumented: (count: number) => `${count} samtal ${count === 1 ? 'odokumenterat' : 'odokumenterade'}`,
  // On the supervisor's own row:
  supervisorNoTraining: 'Saknar handledarutbildning',
  supervisorNoMeeting: 'Ingen handledarträff senaste året',
} as const;

/** Separator between flags in the Flaggor cell. */
export const FLAG_SEPARATOR = '; ';

/**
 * Flags as the rules produce them, and the order they are shown in: most
 * urgent first (PRODUCT.md §1, Flaggor). A flag carries its kind so that the
 * order never depends on parsing the Swedish text back.
 */
import { FLAG } from '../../shared/messages/flags';

type FlagKey = keyof typeof FLAG;
/** The flags whose text is fixed (the others take counts). */
type FixedFlagKey = { [K in FlagKey]: (typeof FLAG)[K] extends string ? K : never }[FlagKey];

export const TRAINEE_FLAG_ORDER = [
  'dataError',
  'annualOverdue',
  'agreementMissing',
  'iupMissing',
  'btCertificateMissing',
  'supervisionSparse',
  'supervisorUntrained',
  'fewSitIns',
  'studyDirectorReviewMissing',
  'specialistPanelMissing',
  'midStMissing',
  'undocumented',
  'delmalWithoutCertificate',
  'estimatedAfterPlanned',
  'planSpecialistApplication',
  'annualSoon',
  'iupSoon',
  'dormant',
] as const satisfies readonly FlagKey[];

export const SUPERVISOR_FLAG_ORDER = [
  'dataError',
  'supervisorNoTraining',
  'supervisorNoMeeting',
] as const satisfies readonly FlagKey[];

export type TraineeFlagKind = (typeof TRAINEE_FLAG_ORDER)[number];
export type SupervisorFlagKind = (typeof SUPERVISOR_FLAG_ORDER)[number];

export interface Flag<K extends FlagKey> {
  kind: K;
  /** The text shown in Flaggor, counts filled in. */
  text: string;
}
export type TraineeFlag = Flag<TraineeFlagKind>;
export type SupervisorFlag = Flag<SupervisorFlagKind>;

/** A flag with a fixed text, e.g. `fixedFlag('iupMissing')`. */
export function fixedFlag<K extends FixedFlagKey>(kind: K): Flag<K> {
  return { kind, text: FLAG[kind] };
}

function orderedTexts<K extends FlagKey>(flags: readonly Flag<K>[], order: readonly K[]): string[] {
  // Most rows have no flag or one: nothing to sort (a sort allocates its own work space, 10,000 rows over).
  if (flags.length < 2) return flags.map((flag) => flag.text);
  return [...flags].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)).map((flag) => flag.text);
}

/** The Flaggor texts of a trainee, most urgent first. */
export function orderTraineeFlags(flags: readonly TraineeFlag[]): string[] {
  return orderedTexts(flags, TRAINEE_FLAG_ORDER);
}

/** The Flaggor texts of a supervisor, most urgent first. */
export function orderSupervisorFlags(flags: readonly SupervisorFlag[]): string[] {
  return orderedTexts(flags, SUPERVISOR_FLAG_ORDER);
}

/**
 * Gathers the facts of one agreement from its validated rows. Every text is
 * trimmed and formula-neutralised here, once, so nothing a template or a tag
 * prints can start a formula.
 */
import { addMonths } from '../dates';
import type { Agreement, IsoDate, Supervisor, Trainee } from '../model';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import type { AgreementFacts } from './content';
import { documentText } from './safeText';

export interface AgreementSources {
  agreement: Agreement;
  trainee: Trainee;
  supervisor: Supervisor;
  today: IsoDate;
  settings?: Settings;
}

export function buildAgreementFacts({ agreement, trainee, supervisor, today, settings }: AgreementSources): AgreementFacts {
  const iupMonths = (settings ?? DEFAULT_SETTINGS).iupDeadlineMonths;
  return {
    agreementId: documentText(agreement.id),
    traineeName: documentText(trainee.name),
    traineeEmail: documentText(trainee.email),
    specialty: documentText(trainee.specialty),
    unit: documentText(trainee.unit || supervisor.unit),
    supervisorName: documentText(supervisor.name),
    supervisorEmail: documentText(supervisor.email),
    headName: documentText(trainee.head),
    studyDirectorName: documentText(trainee.studyDirector),
    validFrom: agreement.validFrom,
    validTo: agreement.validTo,
    frequency: agreement.frequency,
    sitInsPerYear: agreement.sitInsPerYear,
    stStart: trainee.stStart,
    plannedEnd: trainee.plannedEnd,
    estimatedEnd: trainee.estimate.end,
    regulation: trainee.regulation,
    iupDeadline: addMonths(trainee.stStart, iupMonths),
    iupMonths,
    today,
  };
}

/**
 * Which rows and which template one agreement document is made from, or a
 * Swedish reason naming the row and the field when it cannot be made yet.
 * Errors are values here; the shell shows them.
 */
import type { Agreement, IsoDate, ParsedWorkbook, RawWorkbook, Supervisor, Trainee } from '../model';
import type { Settings } from '../settings';
import { AGREEMENT_COL, SHEET } from '../sheetContract';
import { AGREEMENT_MSG } from '../../shared/messages/agreement';
import type { AgreementFacts } from './content';
import { buildAgreementFacts } from './facts';
import { parseTemplateRef, type TemplateRef } from './templateRef';

export interface AgreementPlan {
  agreement: Agreement;
  trainee: Trainee;
  supervisor: Supervisor;
  facts: AgreementFacts;
  template: Exclude<TemplateRef, { kind: 'invalid' }>;
}

export type PlanResult = { ok: true; plan: AgreementPlan } | { ok: false; message: string };

/** The agreement on one sheet row of Överenskommelser. */
export function planAgreementAtRow(
  raw: RawWorkbook,
  parsed: ParsedWorkbook,
  row: number,
  today: IsoDate,
  settings?: Settings,
): PlanResult {
  const agreement = parsed.workbook.agreements.find((a) => a.row === row);
  if (!agreement) return { ok: false, message: invalidRowMessage(parsed, row) };
  return planFor(agreement, parsed, today, settings);
}

/** The agreement whose ID cell holds `id`. */
export function planAgreementById(
  raw: RawWorkbook,
  parsed: ParsedWorkbook,
  id: string,
  today: IsoDate,
  settings?: Settings,
): PlanResult {
  const agreement = parsed.workbook.agreements.find((a) => a.id === id);
  if (agreement) return planFor(agreement, parsed, today, settings);
  const rawRow = raw.agreements.find((r) => String(r.cells[AGREEMENT_COL.id] ?? '').trim() === id);
  if (!rawRow) return { ok: false, message: AGREEMENT_MSG.notFound(id) };
  return { ok: false, message: invalidRowMessage(parsed, rawRow.row) };
}

function invalidRowMessage(parsed: ParsedWorkbook, row: number): string {
  const problems = parsed.issues
    .filter((issue) => issue.sheet === SHEET.agreements && issue.row === row)
    .map(({ column, message }) => ({ column, message }));
  return problems.length ? AGREEMENT_MSG.invalidRow(row, problems) : AGREEMENT_MSG.invalidRowUnknownReason(row);
}

function planFor(agreement: Agreement, parsed: ParsedWorkbook, today: IsoDate, settings?: Settings): PlanResult {
  const trainee = parsed.workbook.trainees.find((t) => t.id === agreement.traineeId);
  if (!trainee) return { ok: false, message: AGREEMENT_MSG.traineeUnusable(agreement.row, agreement.traineeId) };
  const supervisor = parsed.workbook.supervisors.find((s) => s.id === agreement.supervisorId);
  if (!supervisor) return { ok: false, message: AGREEMENT_MSG.supervisorUnusable(agreement.row, agreement.supervisorId) };
  const template = parseTemplateRef(agreement.template);
  if (template.kind === 'invalid') return { ok: false, message: AGREEMENT_MSG.templateInvalid(agreement.row, template.value) };
  const facts = buildAgreementFacts({ agreement, trainee, supervisor, today, settings });
  return { ok: true, plan: { agreement, trainee, supervisor, facts, template } };
}

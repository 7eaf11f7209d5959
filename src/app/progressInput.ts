/**
 * The sidebar's "Registrera frånvaro" and "Registrera intyg" requests (PRODUCT.md
 * §6), validated as untrusted input: first their shape (anything can arrive
 * through google.script.run), then as the sheet row they become, with the same
 * zod row schema that reads Frånvaro and Intyg (src/domain/schemas). What passes
 * here is exactly what a refresh will accept.
 */
import * as z from 'zod';
import type { CellValue } from '../domain/model';
import { leaveDraft, leaveRowSchema } from '../domain/schemas/leave';
import { certificateRowSchema } from '../domain/schemas/certificate';
import { readRowWithSchema, type ColumnIssue } from '../domain/schemas/row';
import { CERTIFICATE_COL, LEAVE_COL } from '../domain/sheetContract';
import { PROGRESS_INPUT } from '../shared/messages';

const MAX_TEXT = 500;
const text = z.string({ error: PROGRESS_INPUT.shape }).max(MAX_TEXT, PROGRESS_INPUT.tooLong).default('');
const id = z.string({ error: PROGRESS_INPUT.trainee }).trim().min(1, PROGRESS_INPUT.trainee).max(60, PROGRESS_INPUT.trainee);

const leaveInputSchema = z.object(
  {
    traineeId: id,
    from: z.string({ error: PROGRESS_INPUT.shape }).max(20, PROGRESS_INPUT.shape),
    to: z.string({ error: PROGRESS_INPUT.shape }).max(20, PROGRESS_INPUT.shape),
    type: text,
    extent: z.number({ error: PROGRESS_INPUT.shape }).nullable().default(null),
    note: text,
  },
  { error: PROGRESS_INPUT.shape },
);

const certificateInputSchema = z.object(
  {
    traineeId: id,
    delmal: text,
    activity: text,
    title: text,
    issued: z.string({ error: PROGRESS_INPUT.shape }).max(20, PROGRESS_INPUT.shape).default(''),
    issuer: text,
  },
  { error: PROGRESS_INPUT.shape },
);

function shapeMessage(error: z.ZodError): string {
  return [...new Set(error.issues.map((issue) => issue.message))].join(' ');
}

/** "Column: reason" for each problem, as the sidebar shows them. */
function columnMessages(issues: readonly ColumnIssue[]): string {
  return issues.map((issue) => (issue.column ? `${issue.column}: ${issue.message}` : issue.message)).join(' ');
}

/** The cells of the new Frånvaro row, as the user means them; the shell writes each text as text (src/gas/cellWrite.ts). */
export function parseLeaveInput(input: unknown) {
  const shape = leaveInputSchema.safeParse(input);
  if (!shape.success) return { ok: false as const, message: shapeMessage(shape.error) };
  const v = shape.data;
  const cells: Record<string, CellValue> = {
    [LEAVE_COL.trainee]: v.traineeId,
    [LEAVE_COL.from]: v.from.trim(),
    [LEAVE_COL.to]: v.to.trim(),
    [LEAVE_COL.type]: v.type.trim(),
    [LEAVE_COL.extent]: v.extent ?? '',
    [LEAVE_COL.note]: v.note.trim(),
  };
  const read = readRowWithSchema(leaveRowSchema, cells);
  const draft = read.ok ? leaveDraft(0, read.values) : read;
  if (!draft.ok) return { ok: false as const, message: columnMessages(draft.issues) };
  return { ok: true as const, traineeId: v.traineeId, cells, value: draft.values };
}

/** The cells of the new Intyg row; the codes are checked against the catalogue by the caller. */
export function parseCertificateInput(input: unknown) {
  const shape = certificateInputSchema.safeParse(input);
  if (!shape.success) return { ok: false as const, message: shapeMessage(shape.error) };
  const v = shape.data;
  const cells: Record<string, CellValue> = {
    [CERTIFICATE_COL.trainee]: v.traineeId,
    [CERTIFICATE_COL.delmal]: v.delmal.trim(),
    [CERTIFICATE_COL.activity]: v.activity.trim(),
    [CERTIFICATE_COL.title]: v.title.trim(),
    [CERTIFICATE_COL.issued]: v.issued.trim(),
    [CERTIFICATE_COL.issuer]: v.issuer.trim(),
  };
  const read = readRowWithSchema(certificateRowSchema, cells);
  if (!read.ok) return { ok: false as const, message: columnMessages(read.issues) };
  return { ok: true as const, traineeId: v.traineeId, cells, value: read.values };
}

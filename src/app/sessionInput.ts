/**
 * The sidebar's "log a session" request, validated as untrusted input
 * (anything can arrive through google.script.run), and turned into the cells
 * of a new Samtal row.
 */
import * as z from 'zod';
import { isIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/model';
import { SESSION_COL, SESSION_TYPE } from '../domain/sheetContract';
import { SESSION_INPUT } from '../shared/messages';
import type { LogSessionInput } from '../shared/api';
import { defaultSessionMinutes, MAX_SESSION_MINUTES, MAX_SESSION_NOTE_LENGTH } from '../shared/sessionRules';

export function sessionInputSchema(today: IsoDate) {
  // Every issue gets a Swedish message, type mismatches included: the input
  // comes from the client and may be anything.
  return z.object(
    {
      date: z.string({ error: SESSION_INPUT.date }).refine((d) => isIsoDate(d) && d <= today, SESSION_INPUT.date),
      traineeId: z.string({ error: SESSION_INPUT.trainee }).trim().min(1, SESSION_INPUT.trainee).max(60, SESSION_INPUT.trainee),
      supervisorId: z.string({ error: SESSION_INPUT.unknownSupervisor }).trim().max(60, SESSION_INPUT.unknownSupervisor).default(''),
      type: z.enum(SESSION_TYPE, { error: SESSION_INPUT.type }),
      minutes: z.number({ error: SESSION_INPUT.minutes }).min(0, SESSION_INPUT.minutes).max(MAX_SESSION_MINUTES, SESSION_INPUT.minutes).nullable().default(null),
      documented: z.boolean({ error: SESSION_INPUT.documented }).default(false),
      note: z.string({ error: SESSION_INPUT.note }).max(MAX_SESSION_NOTE_LENGTH, SESSION_INPUT.note).default(''),
    },
    { error: SESSION_INPUT.shape },
  );
}

export type ValidSessionInput = z.infer<ReturnType<typeof sessionInputSchema>>;

export function parseSessionInput(input: unknown, today: IsoDate): { ok: true; value: ValidSessionInput } | { ok: false; message: string } {
  const parsed = sessionInputSchema(today).safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: [...new Set(parsed.error.issues.map((i) => i.message))].join(" ") };
}

/**
 * The new row's cells by Samtal header: only the columns ST-koll knows, so a
 * user's own column (a formula, a note) in the same row is never written.
 * The shell writes each text as text, whatever it looks like.
 */
export function sessionCells(input: ValidSessionInput): Record<string, unknown> {
  return {
    [SESSION_COL.date]: input.date,
    [SESSION_COL.trainee]: input.traineeId,
    [SESSION_COL.supervisor]: input.supervisorId,
    [SESSION_COL.type]: input.type,
    [SESSION_COL.minutes]: input.minutes ?? defaultSessionMinutes(input.type) ?? '',
    [SESSION_COL.documented]: input.documented,
    [SESSION_COL.note]: input.note.trim(),
  };
}

export type { LogSessionInput };

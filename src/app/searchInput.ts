/**
 * The arguments of the sidebar's search and detail calls, validated as
 * untrusted input: google.script.run hands the server whatever the page sends.
 * Every refusal is one Swedish message; nothing is searched on a bad argument.
 */
import * as z from 'zod';
import { SEARCH_INPUT } from '../shared/messages';
import { SEARCH_LIMITS } from '../shared/search';
import type { PageRequest } from './sidebarSearch';

const pageNumber = (max: number, fallback: number, min: number) =>
  z.number({ error: SEARCH_INPUT.page }).int(SEARCH_INPUT.page).min(min, SEARCH_INPUT.page).max(max, SEARCH_INPUT.page).default(fallback);

// Strict: a key the client has no reason to send (a poisoned __proto__ included) is refused.
const searchSchema = z.strictObject(
  {
    query: z.string({ error: SEARCH_INPUT.shape }).max(SEARCH_LIMITS.queryLength, SEARCH_INPUT.query).default(''),
    offset: pageNumber(SEARCH_LIMITS.maxOffset, 0, 0),
    limit: pageNumber(SEARCH_LIMITS.maxPageSize, SEARCH_LIMITS.pageSize, 1),
  },
  { error: SEARCH_INPUT.shape },
);

const traineeIdSchema = z.strictObject(
  { traineeId: z.string({ error: SEARCH_INPUT.trainee }).trim().min(1, SEARCH_INPUT.trainee).max(60, SEARCH_INPUT.trainee) },
  { error: SEARCH_INPUT.shape },
);

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function firstMessage<T>(result: z.ZodSafeParseResult<T>): Parsed<T> {
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: result.error.issues[0]?.message ?? SEARCH_INPUT.shape };
}

export function parseSearchInput(input: unknown): Parsed<PageRequest> {
  return firstMessage(searchSchema.safeParse(input));
}

export function parseTraineeIdInput(input: unknown): Parsed<{ traineeId: string }> {
  return firstMessage(traineeIdSchema.safeParse(input));
}

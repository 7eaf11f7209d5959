/**
 * The snapshot as stored: compact JSON (arrays, one-letter keys, an item as
 * one string such as `a2026-12-01`), because user properties hold 500 KB in
 * all and a region may have thousands of trainees. Decoding validates, since
 * what comes back from storage may be from an older version or cut short.
 */
import * as z from 'zod';
import { isIsoDate } from '../dates';
import type { DatedItem, ItemKind, ReminderSnapshot, SnapshotTrainee } from './snapshot';

const FORMAT_VERSION = 1;
const KIND_CODE: Record<ItemKind, string> = { annual: 'a', iup: 'i', agreement: 'o' };
const CODE_KIND: Record<string, ItemKind> = { a: 'annual', i: 'iup', o: 'agreement' };
const FLAG_CODE = 'f';

type StoredTrainee = [string, number, ...string[]];

function encodeTrainee(t: SnapshotTrainee): StoredTrainee {
  return [
    t.name,
    t.supervisor,
    ...t.items.map((item) => KIND_CODE[item.kind] + item.due),
    ...t.flags.map((flag) => FLAG_CODE + flag),
  ];
}

/** The stored form of one trainee, as JSON (for the size budget). */
export function encodedTraineeJson(t: SnapshotTrainee): string {
  return JSON.stringify(encodeTrainee(t));
}

export function encodeSnapshot(s: ReminderSnapshot): string {
  const w = s.workbook;
  return JSON.stringify({
    v: FORMAT_VERSION,
    w: [w.id, w.name, w.url, w.timeZone],
    t: s.takenAt,
    s: s.soonDays,
    h: s.supervisors.map((p) => [p.name, p.email]),
    r: s.trainees.map(encodeTrainee),
    e: s.dataErrors,
    l: s.later,
    o: s.omitted,
  });
}

const count = z.number().int().min(0);
const stored = z.object({
  v: z.literal(FORMAT_VERSION),
  w: z.tuple([z.string(), z.string(), z.string(), z.string()]),
  t: z.string(),
  s: count,
  h: z.array(z.tuple([z.string(), z.string()])),
  r: z.array(z.array(z.union([z.string(), z.number()]))),
  e: count,
  l: count,
  o: count,
});

function decodeTrainee(raw: (string | number)[], supervisors: number): SnapshotTrainee | null {
  const [name, supervisor, ...entries] = raw;
  if (typeof name !== 'string' || typeof supervisor !== 'number' || supervisor < -1 || supervisor >= supervisors) return null;
  const items: DatedItem[] = [];
  const flags: string[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string') return null;
    const code = entry.charAt(0);
    const rest = entry.slice(1);
    if (code === FLAG_CODE) flags.push(rest);
    else if (CODE_KIND[code] && isIsoDate(rest)) items.push({ kind: CODE_KIND[code], due: rest });
    else return null;
  }
  return { name, supervisor, items, flags };
}

/** The snapshot, or null when the stored text is not one this version wrote. */
export function decodeSnapshot(text: string): ReminderSnapshot | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = stored.safeParse(json);
  if (!parsed.success) return null;
  const d = parsed.data;
  const trainees: SnapshotTrainee[] = [];
  for (const raw of d.r) {
    const trainee = decodeTrainee(raw, d.h.length);
    if (!trainee) return null;
    trainees.push(trainee);
  }
  return {
    workbook: { id: d.w[0], name: d.w[1], url: d.w[2], timeZone: d.w[3] },
    takenAt: d.t,
    soonDays: d.s,
    supervisors: d.h.map(([name, email]) => ({ name, email })),
    trainees,
    dataErrors: d.e,
    later: d.l,
    omitted: d.o,
  };
}

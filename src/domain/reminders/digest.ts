/**
 * The weekly digest as data (PRODUCT.md §7), from a snapshot and the day the
 * trigger runs: the snapshot holds due dates, so an item that was "soon" when
 * it was taken is "late" a week later without anyone opening the workbook.
 */
import { daysBetween } from '../dates';
import type { IsoDate } from '../model';
import type { DatedItem, ItemKind, ReminderSnapshot, SnapshotSupervisor, SnapshotTrainee, WorkbookRef } from './snapshot';

export interface DatedLine {
  name: string;
  kind: ItemKind;
  due: IsoDate;
}

export interface FlagLine {
  name: string;
  flags: string[];
}

/**
 * Lines shown per group. A mail body may be at most 200 KB (Apps Script
 * quota); beyond this the group says how many more there are.
 */
export const MAX_LINES_PER_GROUP = 100;

export interface Digest {
  audience: 'coordinator' | 'supervisor';
  workbook: WorkbookRef;
  takenAt: string;
  soonDays: number;
  /** Rule 1: due date passed. */
  annualLate: DatedLine[];
  /** Any dated item due within soonDays (annual check-in, IUP, agreement). */
  soon: DatedLine[];
  /** Rule 2: deadline passed, no IUP klar. */
  iupMissing: DatedLine[];
  /** Rule 3: no agreement in force after the grace period. */
  agreementMissing: DatedLine[];
  otherFlags: FlagLine[];
  /** Lines not shown per group (beyond MAX_LINES_PER_GROUP); they still count in `count`. */
  hidden: Record<'annualLate' | 'soon' | 'iupMissing' | 'agreementMissing' | 'otherFlags', number>;
  /** The coordinator's only: validation problems, items that did not fit, supervisors with no address. */
  dataErrors: number;
  omitted: number;
  supervisorsWithoutAddress: number;
  /** The n of "ST-koll: n att göra": every line, flag, data error and omitted item. */
  count: number;
}

type Group = 'annualLate' | 'soon' | 'iupMissing' | 'agreementMissing';

const LATE_GROUP: Record<ItemKind, Group> = { annual: 'annualLate', iup: 'iupMissing', agreement: 'agreementMissing' };

/** Late the day after `due` (rules 1–3 use "today > due"); soon when due − day ≤ soonDays. */
function groupOf(item: DatedItem, day: IsoDate, soonDays: number): Group | null {
  if (day > item.due) return LATE_GROUP[item.kind];
  return daysBetween(day, item.due) <= soonDays ? 'soon' : null;
}

function byDueThenName(a: DatedLine, b: DatedLine): number {
  return a.due < b.due ? -1 : a.due > b.due ? 1 : a.name.localeCompare(b.name, 'sv');
}

interface Counters {
  dataErrors: number;
  omitted: number;
  supervisorsWithoutAddress: number;
}

function digestOf(
  audience: Digest['audience'],
  snapshot: ReminderSnapshot,
  trainees: readonly SnapshotTrainee[],
  day: IsoDate,
  counters: Counters,
): Digest {
  const groups: Record<Group, DatedLine[]> = { annualLate: [], soon: [], iupMissing: [], agreementMissing: [] };
  const otherFlags: FlagLine[] = [];
  for (const trainee of trainees) {
    for (const item of trainee.items) {
      const group = groupOf(item, day, snapshot.soonDays);
      if (group) groups[group].push({ name: trainee.name, kind: item.kind, due: item.due });
    }
    if (trainee.flags.length) otherFlags.push({ name: trainee.name, flags: trainee.flags.slice() });
  }
  for (const lines of Object.values(groups)) lines.sort(byDueThenName);
  otherFlags.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const lines = Object.values(groups).reduce((n, g) => n + g.length, 0);
  const flags = otherFlags.reduce((n, f) => n + f.flags.length, 0);
  const hiddenOf = (list: unknown[]) => Math.max(0, list.length - MAX_LINES_PER_GROUP);
  const shown = <T>(list: T[]) => list.slice(0, MAX_LINES_PER_GROUP);
  return {
    audience,
    workbook: snapshot.workbook,
    takenAt: snapshot.takenAt,
    soonDays: snapshot.soonDays,
    annualLate: shown(groups.annualLate),
    soon: shown(groups.soon),
    iupMissing: shown(groups.iupMissing),
    agreementMissing: shown(groups.agreementMissing),
    otherFlags: shown(otherFlags),
    hidden: {
      annualLate: hiddenOf(groups.annualLate),
      soon: hiddenOf(groups.soon),
      iupMissing: hiddenOf(groups.iupMissing),
      agreementMissing: hiddenOf(groups.agreementMissing),
      otherFlags: hiddenOf(otherFlags),
    },
    ...counters,
    count: lines + flags + counters.dataErrors + counters.omitted,
  };
}

/** Nothing to report → nothing is sent (PRODUCT.md §7). */
export function hasNews(digest: Digest): boolean {
  return digest.count > 0;
}

function traineesOf(snapshot: ReminderSnapshot, supervisor: number): SnapshotTrainee[] {
  return snapshot.trainees.filter((t) => t.supervisor === supervisor);
}

export interface SupervisorDigest {
  supervisor: SnapshotSupervisor;
  digest: Digest;
}

/** Each main supervisor's part: only the trainees they are main supervisor of, and only when there is news. */
function supervisorParts(snapshot: ReminderSnapshot, day: IsoDate): { withAddress: SupervisorDigest[]; withoutAddress: number } {
  const withAddress: SupervisorDigest[] = [];
  let withoutAddress = 0;
  const none = { dataErrors: 0, omitted: 0, supervisorsWithoutAddress: 0 };
  snapshot.supervisors.forEach((supervisor, index) => {
    const digest = digestOf('supervisor', snapshot, traineesOf(snapshot, index), day, none);
    if (!hasNews(digest)) return;
    if (supervisor.email.trim() === '') withoutAddress++;
    else withAddress.push({ supervisor, digest });
  });
  return { withAddress, withoutAddress };
}

export function supervisorDigests(snapshot: ReminderSnapshot, day: IsoDate): SupervisorDigest[] {
  return supervisorParts(snapshot, day).withAddress;
}

/**
 * The coordinator's digest: every group for the whole workbook; when
 * supervisors get their part, how many could not (no E-post) is said here.
 */
export function coordinatorDigest(snapshot: ReminderSnapshot, day: IsoDate, supervisorsOptedIn: boolean): Digest {
  const withoutAddress = supervisorsOptedIn ? supervisorParts(snapshot, day).withoutAddress : 0;
  return digestOf('coordinator', snapshot, snapshot.trainees, day, {
    dataErrors: snapshot.dataErrors,
    omitted: snapshot.omitted,
    supervisorsWithoutAddress: withoutAddress,
  });
}

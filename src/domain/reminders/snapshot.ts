/**
 * The reminder snapshot (PRODUCT.md §7; STYLE.md "A snapshot for work outside
 * the document"). A time-driven trigger runs with no active workbook and, under
 * spreadsheets.currentonly, cannot open one. So whenever ST-koll has evaluated
 * the workbook it keeps, in the user's properties, what a digest needs: each
 * active trainee's open items with their due dates — facts, not statuses, so
 * the trigger decides on its own day what is late — and the flags of the last
 * refresh that have no date of their own.
 */
import { addDays, addMonths, maxDate } from '../dates';
import type { Agreement, IsoDate, ParsedWorkbook, RefreshResult, Trainee } from '../model';
import { agreementInForce, indexAgreementsByTrainee, mainSupervisorId } from '../rules/agreementInForce';
import type { Settings } from '../settings';
import { FLAG } from '../../shared/messages/flags';

/** PRODUCT.md §7: items due within the next 60 days and the overdue ones are listed; the rest counted. */
export const SNAPSHOT_HORIZON_DAYS = 60;

export type ItemKind = 'annual' | 'iup' | 'agreement';

/** Something that has to be done by `due`; late on any day after it (rules 1–3 of §2). */
export interface DatedItem {
  kind: ItemKind;
  due: IsoDate;
}

export interface SnapshotSupervisor {
  name: string;
  /** '' when the Handledare row has no E-post. */
  email: string;
}

export interface SnapshotTrainee {
  name: string;
  /** Index into `supervisors` of the main supervisor, or -1 when there is none. */
  supervisor: number;
  items: DatedItem[];
  /** Open flags of the last refresh other than the dated ones (supervision, sit-ins, milestones…). */
  flags: string[];
}

export interface WorkbookRef {
  id: string;
  name: string;
  url: string;
  timeZone: string;
}

export interface ReminderSnapshot {
  workbook: WorkbookRef;
  /** Local time in the workbook's zone, `YYYY-MM-DD HH:MM`. */
  takenAt: string;
  /** PRODUCT.md §2 rule 1: "Snart" this many days before a due date; the digest's "soon" window. */
  soonDays: number;
  supervisors: SnapshotSupervisor[];
  trainees: SnapshotTrainee[];
  /** Rows of the validation report when the snapshot was taken. */
  dataErrors: number;
  /** Items due after the horizon: counted, not listed. */
  later: number;
  /** Items due within the horizon that did not fit in the user-property limits. */
  omitted: number;
}

/** The flags a dated item already stands for, and the ones that are not reminders. */
const DATED_OR_STATUS_FLAGS: ReadonlySet<string> = new Set([
  FLAG.annualOverdue,
  FLAG.annualSoon,
  FLAG.iupMissing,
  FLAG.iupSoon,
  FLAG.agreementMissing,
  FLAG.dataError,
  FLAG.dormant,
]);

export interface SnapshotInput {
  parsed: ParsedWorkbook;
  result: RefreshResult;
  today: IsoDate;
  settings: Settings;
  workbook: WorkbookRef;
  takenAt: string;
}

/** Rule 2: the IUP deadline while no IUP is recorded. */
function iupItem(trainee: Trainee, settings: Settings): DatedItem | null {
  return trainee.iupDone === null ? { kind: 'iup', due: addMonths(trainee.stStart, settings.iupDeadlineMonths) } : null;
}

/**
 * Rule 3: with no agreement in force, the end of the grace period; with one
 * that ends, its last day — unless a signed agreement starting later is ready.
 */
function agreementItem(trainee: Trainee, agreements: readonly Agreement[], today: IsoDate, settings: Settings): DatedItem | null {
  const grace = addMonths(trainee.stStart, settings.agreementGraceMonths);
  const inForce = agreementInForce(agreements, today);
  if (inForce === null) return { kind: 'agreement', due: grace };
  if (inForce.validTo === null) return null;
  const next = agreementInForce(agreements, addDays(inForce.validTo, 1));
  return next === null ? { kind: 'agreement', due: maxDate(inForce.validTo, grace) } : null;
}

function datedItems(trainee: Trainee, nextAnnualDue: IsoDate | null, agreements: readonly Agreement[], input: SnapshotInput): DatedItem[] {
  const items: (DatedItem | null)[] = [
    nextAnnualDue ? { kind: 'annual', due: nextAnnualDue } : null,
    iupItem(trainee, input.settings),
    agreementItem(trainee, agreements, input.today, input.settings),
  ];
  return items.filter((item): item is DatedItem => item !== null);
}

/** Every active trainee with something due within the horizon or an open flag; the rest counted. */
export function buildReminderSnapshot(input: SnapshotInput): ReminderSnapshot {
  const { parsed, result, today, settings } = input;
  const horizon = addDays(today, SNAPSHOT_HORIZON_DAYS);
  const results = new Map(result.trainees.map((r) => [r.id, r]));
  const agreementsByTrainee = indexAgreementsByTrainee(parsed.workbook.agreements);
  const supervisorIndex = new Map<string, number>();
  const supervisors: SnapshotSupervisor[] = [];
  const supervisorRows = new Map(parsed.workbook.supervisors.map((s) => [s.id, s]));
  const indexOf = (id: string): number => {
    const row = supervisorRows.get(id);
    if (!row) return -1;
    if (!supervisorIndex.has(id)) supervisorIndex.set(id, supervisors.push({ name: row.name, email: row.email }) - 1);
    return supervisorIndex.get(id) as number;
  };
  const trainees: SnapshotTrainee[] = [];
  let later = 0;
  for (const trainee of parsed.workbook.trainees) {
    const computed = results.get(trainee.id);
    if (trainee.status !== 'Aktiv' || !computed) continue;
    const agreements = agreementsByTrainee.get(trainee.id) ?? [];
    const all = datedItems(trainee, computed.nextAnnualDue, agreements, input);
    const items = all.filter((item) => item.due <= horizon);
    later += all.length - items.length;
    const flags = computed.flags.filter((flag) => !DATED_OR_STATUS_FLAGS.has(flag));
    if (!items.length && !flags.length) continue;
    const supervisor = indexOf(mainSupervisorId(trainee, agreementInForce(agreements, today)));
    trainees.push({ name: trainee.name, supervisor, items, flags });
  }
  return {
    workbook: input.workbook,
    takenAt: input.takenAt,
    soonDays: settings.annualSoonDays,
    supervisors,
    trainees,
    dataErrors: parsed.issues.length,
    later,
    omitted: 0,
  };
}

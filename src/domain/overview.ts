/**
 * The four tables of the sheet Översikt (PRODUCT.md §8), as data, from the
 * parsed workbook and the computed results of a refresh. Pure: today comes
 * from the caller's clock.
 *
 * Who counts where:
 * - a group (Enhet or Specialitet) is listed when it holds a trainee in ST
 *   (Aktiv or Vilande) or a row with Datafel; a unit whose trainees have all
 *   finished (Avslutad) drops out of the table;
 * - Aktiva, Försenad, Snart, Överenskommelse saknas, the median of sit-ins and
 *   ST-slut inom 12 mån count Aktiv trainees (the rules apply to them only, §2);
 *   Datafel counts every row with that flag, rows that failed validation
 *   included (grouped by the Enhet and Specialitet typed on them);
 * - what is already due counts as now: an overdue annual check-in falls in the
 *   current month, a planned end already passed (still Aktiv) in the current
 *   quarter and within 12 months.
 */
import { cellText } from './cells';
import { addMonths } from './dates';
import type { IsoDate, ParsedWorkbook, RawRow, RefreshResult, Trainee, TraineeResult } from './model';
import { effectivePlannedEnd } from './plannedEnd';
import { ANNUAL, DEFAULT_SPECIALTY, OVERVIEW, SHEET, TRAINEE_COL, TRAINEE_STATE, type TraineeStatus } from './sheetContract';
import { FLAG } from '../shared/messages/flags';

/** §8: the month table covers the current and the next 11 calendar months. */
export const OVERVIEW_MONTHS = 12;
/** §8: the quarter table covers the current and the next 7 quarters. */
export const OVERVIEW_QUARTERS = 8;
/** §8: "ST-slut inom 12 mån". */
const ENDING_WITHIN_MONTHS = 12;
/** One collator: localeCompare with a locale builds a new one on every call. */
const SWEDISH = new Intl.Collator('sv');

/** One row of the per-Enhet or per-Specialitet table. */
export interface GroupRow {
  label: string;
  active: number;
  overdue: number;
  soon: number;
  agreementMissing: number;
  dataErrors: number;
  /** Median of Medsittningar 12 mån over the group's Aktiv trainees; null when it has none. */
  sitInsMedian: number | null;
  endingWithin12Months: number;
}

/** One row of the month or quarter table: `YYYY-MM` or `YYYY Q1`…`Q4`, and a count. */
export interface PeriodRow {
  label: string;
  count: number;
}

export interface OverviewTables {
  /** One row per unit, by name, `(ingen enhet)` last, then the `Totalt` row. */
  byUnit: GroupRow[];
  /** One row per specialty, by name, then the `Totalt` row. */
  bySpecialty: GroupRow[];
  checkInsByMonth: PeriodRow[];
  endsByQuarter: PeriodRow[];
}

/** What the tables need to know of one trainee row. */
interface TraineeFacts {
  unit: string;
  specialty: string;
  /** null for a row that failed validation. */
  status: TraineeStatus | null;
  result: TraineeResult;
  plannedEnd: IsoDate | null;
}

export function overviewTables(
  parsed: ParsedWorkbook,
  result: RefreshResult,
  rawTrainees: readonly RawRow[],
  today: IsoDate,
): OverviewTables {
  const facts = traineeFacts(parsed, result, rawTrainees);
  const endLimit = addMonths(today, ENDING_WITHIN_MONTHS);
  return {
    byUnit: groupTable(facts, (f) => f.unit || OVERVIEW.noUnit, endLimit, OVERVIEW.noUnit),
    bySpecialty: groupTable(facts, (f) => f.specialty || DEFAULT_SPECIALTY, endLimit),
    checkInsByMonth: checkInsByMonth(facts, today),
    endsByQuarter: endsByQuarter(facts, today),
  };
}

/**
 * Valid rows from the parse; rows that failed validation from what the user
 * typed. evaluateWorkbook lists the valid trainees first, in order, so they
 * pair by position; the lookup by ID is the fallback.
 */
function traineeFacts(parsed: ParsedWorkbook, result: RefreshResult, rawTrainees: readonly RawRow[]): TraineeFacts[] {
  const trainees = parsed.workbook.trainees;
  let valid: Map<string, Trainee> | null = null;
  let rawById: Map<string, RawRow> | null = null;
  return result.trainees.map((r, i) => {
    const trainee = trainees[i]?.id === r.id ? trainees[i] : (valid ??= new Map(trainees.map((t) => [t.id, t]))).get(r.id);
    if (trainee) {
      return { unit: trainee.unit, specialty: trainee.specialty, status: trainee.status, result: r, plannedEnd: effectivePlannedEnd(trainee) };
    }
    const raw = (rawById ??= rawRowsById(parsed, rawTrainees)).get(r.id);
    const unit = raw ? cellText(raw.cells[TRAINEE_COL.unit]) : '';
    const specialty = raw ? cellText(raw.cells[TRAINEE_COL.specialty]) : '';
    return { unit, specialty, status: null, result: r, plannedEnd: null };
  });
}

function rawRowsById(parsed: ParsedWorkbook, rawTrainees: readonly RawRow[]): Map<string, RawRow> {
  const assigned = new Map(parsed.assignedIds.filter((a) => a.sheet === SHEET.trainees).map((a) => [a.row, a.id]));
  const byId = new Map<string, RawRow>();
  for (const raw of rawTrainees) {
    const id = cellText(raw.cells[TRAINEE_COL.id]) || assigned.get(raw.row) || '';
    if (id && !byId.has(id)) byId.set(id, raw);
  }
  return byId;
}

const hasDataError = (f: TraineeFacts): boolean => f.result.flags.includes(FLAG.dataError);

/** A group is listed while it holds someone in ST or a row to correct. */
function listed(f: TraineeFacts): boolean {
  return f.status === TRAINEE_STATE.active || f.status === TRAINEE_STATE.dormant || hasDataError(f);
}

/** A group's counts as they add up, one trainee at a time. */
interface Tally {
  row: GroupRow;
  sitIns: number[];
}

function newTally(label: string): Tally {
  return {
    row: { label, active: 0, overdue: 0, soon: 0, agreementMissing: 0, dataErrors: 0, sitInsMedian: null, endingWithin12Months: 0 },
    sitIns: [],
  };
}

function add({ row, sitIns }: Tally, f: TraineeFacts, endLimit: IsoDate): void {
  if (hasDataError(f)) row.dataErrors++;
  if (f.status !== TRAINEE_STATE.active) return;
  row.active++;
  if (f.result.annualStatus === ANNUAL.overdue) row.overdue++;
  else if (f.result.annualStatus === ANNUAL.soon) row.soon++;
  if (f.result.flags.includes(FLAG.agreementMissing)) row.agreementMissing++;
  if (f.plannedEnd !== null && f.plannedEnd <= endLimit) row.endingWithin12Months++;
  sitIns.push(f.result.sitIns12m ?? 0);
}

function groupTable(
  facts: readonly TraineeFacts[],
  labelOf: (f: TraineeFacts) => string,
  endLimit: IsoDate,
  lastLabel?: string,
): GroupRow[] {
  const groups = new Map<string, Tally>();
  const total = newTally(OVERVIEW.total);
  for (const f of facts) {
    if (!listed(f)) continue;
    const label = labelOf(f);
    let tally = groups.get(label);
    if (!tally) groups.set(label, (tally = newTally(label)));
    add(tally, f, endLimit);
    add(total, f, endLimit);
  }
  const labels = [...groups.keys()].sort((a, b) => {
    if (a === lastLabel || b === lastLabel) return a === lastLabel ? 1 : -1;
    return SWEDISH.compare(a, b);
  });
  return [...labels.map((label) => groups.get(label)!), total].map(({ row, sitIns }) => ({ ...row, sitInsMedian: median(sitIns) }));
}

/** The middle value; the mean of the two middle values for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `YYYY-MM` of a date, and of the months after it. */
function monthLabel(date: IsoDate): string {
  return date.slice(0, 7);
}

function nextMonths(today: IsoDate, count: number): string[] {
  const first = `${monthLabel(today)}-01`;
  return Array.from({ length: count }, (_, i) => monthLabel(addMonths(first, i)));
}

/** §8: Nästa årliga avstämning of Aktiv trainees per month; overdue ones in the current month. */
function checkInsByMonth(facts: readonly TraineeFacts[], today: IsoDate): PeriodRow[] {
  const months = nextMonths(today, OVERVIEW_MONTHS);
  return countByPeriod(months, facts.filter((f) => f.status === TRAINEE_STATE.active).map((f) => f.result.nextAnnualDue), monthLabel);
}

export function quarterLabel(date: IsoDate): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)} Q${Math.ceil(month / 3)}`;
}

function nextQuarters(today: IsoDate, count: number): string[] {
  const firstMonth = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
  const first = `${today.slice(0, 4)}-${String(firstMonth).padStart(2, '0')}-01`;
  return Array.from({ length: count }, (_, i) => quarterLabel(addMonths(first, i * 3)));
}

/** §8: planned ST ends of Aktiv trainees per quarter; an end already passed counts in the current quarter. */
function endsByQuarter(facts: readonly TraineeFacts[], today: IsoDate): PeriodRow[] {
  const quarters = nextQuarters(today, OVERVIEW_QUARTERS);
  return countByPeriod(quarters, facts.filter((f) => f.status === TRAINEE_STATE.active).map((f) => f.plannedEnd), quarterLabel);
}

/**
 * Counts dates into consecutive periods whose labels sort as text in time
 * order (`YYYY-MM`, `YYYY Qn`): before the first → the first; after the last → not shown.
 */
function countByPeriod(labels: readonly string[], dates: ReadonlyArray<IsoDate | null>, labelOf: (d: IsoDate) => string): PeriodRow[] {
  const counts = new Map(labels.map((label) => [label, 0]));
  const first = labels[0];
  for (const date of dates) {
    if (!date) continue;
    const label = labelOf(date) < first ? first : labelOf(date);
    const count = counts.get(label);
    if (count !== undefined) counts.set(label, count + 1);
  }
  return labels.map((label) => ({ label, count: counts.get(label)! }));
}

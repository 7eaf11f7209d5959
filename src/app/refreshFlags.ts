/**
 * Use case "refresh flags" (PRODUCT.md §3): validate, compute every rule and
 * hand the shell what to write. Written against ports so it runs anywhere.
 */
import { evaluateWorkbook } from '../domain/evaluate';
import type { IsoDate, ParsedWorkbook, RawWorkbook, RefreshResult } from '../domain/model';
import { overviewTables, type OverviewTables } from '../domain/overview';
import { parseWorkbook } from '../domain/parseWorkbook';
import { ANNUAL } from '../domain/sheetContract';
import type { Settings } from '../domain/settings';
import type { RefreshSummary } from '../shared/api';

export interface RefreshInput {
  raw: RawWorkbook;
  today: IsoDate;
  settings: Settings;
}

export interface RefreshComputation {
  parsed: ParsedWorkbook;
  result: RefreshResult;
  summary: RefreshSummary;
  /** The tables of Översikt (PRODUCT.md §8). */
  overview: OverviewTables;
}

/** The pure part: rows in, results and a summary out. */
export function computeRefresh({ raw, today, settings }: RefreshInput): RefreshComputation {
  const parsed = parseWorkbook(raw, today, settings);
  const result = evaluateWorkbook(parsed, today, settings);
  const overview = overviewTables(parsed, result, raw.trainees, today);
  return { parsed, result, summary: summarize(parsed, result), overview };
}

export function summarize(parsed: ParsedWorkbook, result: RefreshResult): RefreshSummary {
  let overdue = 0;
  let soon = 0;
  for (const trainee of result.trainees) {
    if (trainee.annualStatus === ANNUAL.overdue) overdue++;
    else if (trainee.annualStatus === ANNUAL.soon) soon++;
  }
  return {
    trainees: result.trainees.length,
    overdue,
    soon,
    issues: parsed.issues.length,
    assignedIds: parsed.assignedIds.length,
  };
}

/**
 * The dry run and the import are one computation (PRODUCT.md §9): the list,
 * the mapping and the two sheets as they stand give the rows to add (IDs
 * assigned), the new supervisors, the rows skipped as already present and the
 * rows with problems, each by the list's own row number. The shell shows the
 * plan (dry run) or writes it (import); importing the same list again finds
 * every row present and adds nothing.
 */
import { cellText } from '../cells';
import { idAllocator } from '../ids';
import type { CellValue, RawRow } from '../model';
import { ID_PREFIX, SHEET, SUPERVISOR_COL, TRAINEE_COL } from '../sheetContract';
import { convertRow, mappedCells, type SourcesByTarget } from './convert';
import { sourceLayout, type ImportMapping } from './headers';
import { checkMapping, sourcesByTarget } from './mapping';
import { PeopleRegister } from './people';
import { SupervisorRegister, type NewSupervisor, type SupervisorResolution } from './supervisors';

/** One row of the list and why it is not added. `row`: the source sheet's row number. */
export interface ImportNote {
  row: number;
  reason: string;
}

/** A new ST-läkare row: its cells by header (ID included), and the list row it came from. */
export interface NewTraineeRow {
  sourceRow: number;
  cells: Record<string, CellValue>;
}

export interface ImportPlan {
  trainees: NewTraineeRow[];
  /** New Handledare rows: ID and Namn. */
  supervisors: NewSupervisor[];
  skipped: ImportNote[];
  problems: ImportNote[];
}

export interface ImportInput {
  /** The source sheet from row 1, dates already `YYYY-MM-DD` (the shell converts date cells). */
  grid: readonly (readonly CellValue[])[];
  mapping: ImportMapping;
  /** ST-läkare and Handledare as they stand, read by header. */
  trainees: readonly RawRow[];
  supervisors: readonly RawRow[];
}

export type ImportPlanResult = { ok: true; plan: ImportPlan } | { ok: false; message: string };

export function planImport(input: ImportInput): ImportPlanResult {
  const { headerRow, columns } = sourceLayout(input.grid);
  const check = checkMapping(input.mapping, columns);
  if (!check.ok) return check;
  const sources = sourcesByTarget(input.mapping, columns);
  const state = new PlanState(input);
  for (let r = headerRow; r < input.grid.length; r++) state.consider(r + 1, mappedCells(input.grid[r], sources), sources);
  return { ok: true, plan: state.plan };
}

/** The plan being built, row by row, with what earlier rows added. */
class PlanState {
  readonly plan: ImportPlan = { trainees: [], supervisors: [], skipped: [], problems: [] };
  private readonly people = new PeopleRegister(SHEET.trainees);
  private readonly supervisors: SupervisorRegister;
  private readonly nextTraineeId: () => string;

  constructor(input: ImportInput) {
    const filled = (rows: readonly RawRow[]) => rows.filter((raw) => Object.values(raw.cells).some((cell) => cellText(cell) !== ''));
    const trainees = filled(input.trainees);
    for (const raw of trainees) this.people.add(personOf(raw.cells), raw.row, false);
    this.nextTraineeId = idAllocator(ID_PREFIX.trainees, trainees.map((raw) => cellText(raw.cells[TRAINEE_COL.id])));
    this.supervisors = new SupervisorRegister(
      filled(input.supervisors).map((raw) => ({ id: cellText(raw.cells[SUPERVISOR_COL.id]), name: cellText(raw.cells[SUPERVISOR_COL.name]) })),
    );
  }

  /** One row of the list: blank → ignored; present → skipped; invalid → problem; else added. */
  consider(row: number, cells: Record<string, CellValue>, sources: SourcesByTarget): void {
    if (Object.values(cells).every((cell) => cellText(cell) === '')) return;
    const person = personOf(cells);
    const duplicate = this.people.duplicateReason(person);
    if (duplicate) return void this.plan.skipped.push({ row, reason: duplicate });
    const converted = convertRow(row, cells, sources);
    const supervisor = this.resolveSupervisor(cells[TRAINEE_COL.mainSupervisor]);
    const reasons = [...(converted.ok ? [] : converted.reasons), ...(supervisor.ok ? [] : [supervisor.reason])];
    if (!converted.ok || !supervisor.ok) return void this.plan.problems.push({ row, reason: reasons.join('; ') });
    if ('newName' in supervisor) {
      const created = this.supervisors.create(supervisor.newName);
      this.plan.supervisors.push(created);
      converted.cells[TRAINEE_COL.mainSupervisor] = created.id;
    } else if (supervisor.ref) {
      converted.cells[TRAINEE_COL.mainSupervisor] = supervisor.ref;
    }
    this.people.add(person, row, true);
    this.plan.trainees.push({ sourceRow: row, cells: { [TRAINEE_COL.id]: this.nextTraineeId(), ...converted.cells } });
  }

  /** A blank supervisor cell (or no supervisor column) resolves to no supervisor. */
  private resolveSupervisor(cell: CellValue | undefined): SupervisorResolution {
    const text = cellText(cell);
    return text === '' ? { ok: true, ref: '' } : this.supervisors.resolve(text);
  }
}

function personOf(cells: Readonly<Record<string, CellValue>>): { name: string; email: string } {
  return { name: cellText(cells[TRAINEE_COL.name]), email: cellText(cells[TRAINEE_COL.email]) };
}

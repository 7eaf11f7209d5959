/**
 * A deterministic, fictional workbook of any size, for the benchmark and for
 * tests that need volume. Rows are written as a user would type them (dates as
 * `YYYY-MM-DD`), headers in contract order.
 */
import { addDays, addMonths, addYears } from '../src/domain/dates';
import { DELMAL_SEED } from '../src/shared/messages/catalogueSeed';
import { REGULATIONS, SHEET } from '../src/domain/sheetContract';
import { sheetHeaders } from '../src/domain/sheetLayout';

export interface SyntheticOptions {
  trainees: number;
  /** Sessions per trainee; 40 × 5,000 trainees = 200,000 rows. */
  sessionsPerTrainee: number;
  today: string;
  /** §6 rows (default none): Frånvaro rows and Intyg rows in all, spread over the trainees. */
  leaveRows?: number;
  certificateRows?: number;
}

const FIRST = ['Alva', 'Erik', 'Maja', 'Omar', 'Saga', 'Nils', 'Leila', 'Hugo', 'Ebba', 'Kian'];
const LAST = ['Lind', 'Berg', 'Ek', 'Holm', 'Sjö', 'Dahl', 'Ström', 'Falk', 'Björk', 'Lund'];
const TYPES = ['Handledningssamtal', 'Handledningssamtal', 'Handledningssamtal', 'Medsittning', 'Årligt avstämningssamtal'];

/** A small linear congruential generator: the same data on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pad(n: number): string {
  return String(n).padStart(4, '0');
}

export function syntheticWorkbook({ trainees, sessionsPerTrainee, today, leaveRows = 0, certificateRows = 0 }: SyntheticOptions): Record<string, unknown[][]> {
  const next = random(20261123);
  const supervisorCount = Math.max(1, Math.ceil(trainees / 5));
  const traineeRows: unknown[][] = [sheetHeaders('trainees')];
  const supervisorRows: unknown[][] = [sheetHeaders('supervisors')];
  const agreementRows: unknown[][] = [sheetHeaders('agreements')];
  const sessionRows: unknown[][] = [sheetHeaders('sessions')];

  for (let s = 1; s <= supervisorCount; s++) {
    const trained = next() < 0.9 ? addDays(today, -Math.floor(next() * 3000) - 30) : '';
    const meeting = next() < 0.8 ? addDays(today, -Math.floor(next() * 500)) : '';
    supervisorRows.push([`HL-${pad(s)}`, `${FIRST[s % 10]} ${LAST[(s * 7) % 10]} (HL${s})`, '', 'Allmänmedicin', `VC ${s % 40}`, trained, meeting, '']);
  }
  for (let t = 1; t <= trainees; t++) {
    const id = `ST-${pad(t)}`;
    const start = addDays(today, -Math.floor(next() * 1800) - 10);
    const supervisor = `HL-${pad(1 + (t % supervisorCount))}`;
    const status = next() < 0.9 ? 'Aktiv' : next() < 0.5 ? 'Vilande' : 'Avslutad';
    const iup = next() < 0.8 ? addMonths(start, 5) : '';
    traineeRows.push([id, `${FIRST[t % 10]} ${LAST[(t * 3) % 10]} (${t})`, '', 'Allmänmedicin', `VC ${t % 40}`, start, addYears(start, 5), 100, supervisor, 'Studierektor Sara', 'Chef Clas', status, iup < today ? iup : '', '']);
    agreementRows.push([`Ö-${pad(t)}`, id, supervisor, 'allmanmedicin', 'Varje vecka', 6, start, '', next() < 0.85 ? start : '', 'Undertecknad', '', '']);
    for (let k = 0; k < sessionsPerTrainee; k++) {
      const date = addDays(today, -Math.floor(next() * 720));
      const type = TYPES[k % TYPES.length];
      sessionRows.push([date < start ? start : date, id, supervisor, type, type === 'Handledningssamtal' ? 60 : '', next() < 0.95, '']);
    }
  }
  const sheets: Record<string, unknown[][]> = {
    [SHEET.trainees]: traineeRows,
    [SHEET.supervisors]: supervisorRows,
    [SHEET.agreements]: agreementRows,
    [SHEET.sessions]: sessionRows,
  };
  if (leaveRows || certificateRows) Object.assign(sheets, progressSheets(traineeRows, leaveRows, certificateRows, next));
  return sheets;
}

/**
 * Frånvaro, Intyg and Målbeskrivning (PRODUCT.md §6): leave inside each
 * trainee's ST, intyg naming 1–4 codes of the trainee's regulation (ST-start
 * decides it, the Föreskrift cell being blank), the seeded catalogue.
 */
function progressSheets(traineeRows: unknown[][], leaveRows: number, certificateRows: number, next: () => number): Record<string, unknown[][]> {
  const traineesOnly = traineeRows.slice(1);
  const pick = () => traineesOnly[Math.floor(next() * traineesOnly.length)];
  const leave: unknown[][] = [sheetHeaders('leave')];
  for (let i = 0; i < leaveRows; i++) {
    const trainee = pick();
    const from = addDays(trainee[5] as string, Math.floor(next() * 1500));
    leave.push([trainee[0], from, addDays(from, Math.floor(next() * 200)), 'Föräldraledighet', next() < 0.7 ? 100 : 50, '']);
  }
  const certificates: unknown[][] = [sheetHeaders('certificates')];
  for (let i = 0; i < certificateRows; i++) {
    const trainee = pick();
    const codes = DELMAL_SEED[(trainee[5] as string) >= '2021-07-01' ? REGULATIONS[0] : REGULATIONS[1]];
    const count = 1 + Math.floor(next() * 4);
    const named = Array.from({ length: count }, () => codes[Math.floor(next() * codes.length)][0]);
    certificates.push([trainee[0], named.join(', '), 'Kurs', '', addDays(trainee[5] as string, 30 + Math.floor(next() * 600)), '', '']);
  }
  const catalogue: unknown[][] = [sheetHeaders('catalogue')];
  for (const regulation of REGULATIONS) for (const [code, title] of DELMAL_SEED[regulation]) catalogue.push([regulation, '', code, title]);
  return { [SHEET.leave]: leave, [SHEET.certificates]: certificates, [SHEET.catalogue]: catalogue };
}

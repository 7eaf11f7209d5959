/**
 * The sidebar's searches over one workbook read (issue #9.6): the trainee and
 * supervisor pickers, the agreement list and the flagged trainees past the
 * first load. Pure: rows and results in, one page out.
 */
import { cellText } from '../domain/cells';
import type { RawRow } from '../domain/model';
import { SUPERVISOR_COL, TRAINEE_COL } from '../domain/sheetContract';
import type { AgreementSummaryDto, PersonOptionDto, TraineeCardDto } from '../shared/api';
import { cardTexts, matchesWords, pageOf, queryWords, type PageDto } from '../shared/search';
import { compareSwedish } from './sidebarData';

/** Which page of which words: the validated SearchInput (src/app/searchInput.ts). */
export interface PageRequest {
  query: string;
  offset: number;
  limit: number;
}

/**
 * The people of ST-läkare or Handledare as the picker offers them: every row
 * with an ID typed in the sheet (a row ST-koll has not numbered yet gets its ID
 * on the next load or refresh; offering an ID the sheet does not hold would
 * make "Registrera" fail), by name in Swedish order, then by ID.
 */
export function personOptions(kind: 'trainees' | 'supervisors', rows: readonly RawRow[]): PersonOptionDto[] {
  const COL = kind === 'trainees' ? TRAINEE_COL : SUPERVISOR_COL;
  const options: PersonOptionDto[] = [];
  for (const row of rows) {
    const id = cellText(row.cells[COL.id]);
    if (id === '') continue;
    options.push({
      id,
      name: cellText(row.cells[COL.name]) || id,
      unit: cellText(row.cells[COL.unit]),
      status: kind === 'trainees' ? cellText(row.cells[TRAINEE_COL.status]) : '',
    });
  }
  return options;
}

function matching<T>(items: readonly T[], query: string, texts: (item: T) => string[]): T[] {
  const words = queryWords(query);
  return words.length === 0 ? items.slice() : items.filter((item) => matchesWords(texts(item), words));
}

/** By name, ID or unit; the page in Swedish alphabetical order. */
export function searchPeople(people: readonly PersonOptionDto[], request: PageRequest): PageDto<PersonOptionDto> {
  const found = matching(people, request.query, (p) => [p.name, p.id, p.unit]);
  found.sort((a, b) => compareSwedish(a.name, b.name) || compareSwedish(a.id, b.id));
  return pageOf(found, request.offset, request.limit);
}

/** By the agreement's ID, the trainee (name or ID), the supervisor or the status; in sheet order. */
export function searchAgreementSummaries(agreements: readonly AgreementSummaryDto[], request: PageRequest): PageDto<AgreementSummaryDto> {
  const found = matching(agreements, request.query, (a) => [a.id, a.traineeName, a.traineeId, a.supervisorName, a.status]);
  return pageOf(found, request.offset, request.limit);
}

/** The flagged trainees (already most urgent first) by name, ID, status or flag text. */
export function searchCards(cards: readonly TraineeCardDto[], request: PageRequest): PageDto<TraineeCardDto> {
  return pageOf(matching(cards, request.query, cardTexts), request.offset, request.limit);
}

/**
 * What the sidebar searches and pages on the server as the user types (issue
 * #9.6), so its first load stays small at any size. Each call validates its
 * argument with zod (src/app/searchInput.ts), reads only the sheets it needs,
 * each once, writes nothing (so it takes no lock) and returns one page.
 */
import { computeRefresh } from '../app/refreshFlags';
import { parseSearchInput, parseTraineeIdInput } from '../app/searchInput';
import { agreementSummaries, flaggedCards, traineeDetails } from '../app/sidebarData';
import { personOptions, searchAgreementSummaries, searchCards, searchPeople, type PageRequest } from '../app/sidebarSearch';
import type { IdAssignment, ParsedWorkbook } from '../domain/model';
import { parseWorkbook } from '../domain/parseWorkbook';
import { SHEET } from '../domain/sheetContract';
import type { AgreementSummaryDto, PageDto, PersonOptionDto, Result, TraineeCardDto, TraineeDetailsDto } from '../shared/api';
import { SEARCH_INPUT } from '../shared/messages';
import { serverCall } from './feedback';
import { loadDocumentState } from './settingsStore';
import { loadSnapshot } from './snapshot';
import { openWorkbook, readSheetsOnly } from './workbookIO';

/** IDs this run numbered but the sheet does not hold: the sidebar must not offer them (a read-only call writes none). */
function unwrittenIds(assigned: readonly IdAssignment[]): Set<string> {
  return new Set(assigned.map((a) => a.id));
}

function pageCall<T>(input: unknown, search: (request: PageRequest) => PageDto<T>): Result<{ page: PageDto<T> }> {
  return serverCall<{ page: PageDto<T> }>(() => {
    const request = parseSearchInput(input);
    if (!request.ok) return { ok: false, message: request.message };
    return { ok: true, page: search(request.value) };
  });
}

/** The trainee picker: ST-läkare alone is read. */
export function searchTrainees(input: unknown): Result<{ page: PageDto<PersonOptionDto> }> {
  return pageCall(input, (request) => {
    const raw = readSheetsOnly(openWorkbook(), ['trainees']);
    return searchPeople(personOptions('trainees', raw.trainees), request);
  });
}

/** The supervisor picker: Handledare alone is read. */
export function searchSupervisors(input: unknown): Result<{ page: PageDto<PersonOptionDto> }> {
  return pageCall(input, (request) => {
    const raw = readSheetsOnly(openWorkbook(), ['supervisors']);
    return searchPeople(personOptions('supervisors', raw.supervisors), request);
  });
}

/**
 * The agreement list: the rows of Överenskommelser with their validation
 * problems, which need the trainees and supervisors they name (not the sessions).
 */
export function searchAgreements(input: unknown): Result<{ page: PageDto<AgreementSummaryDto> }> {
  return pageCall(input, (request) => {
    const wb = openWorkbook();
    const raw = readSheetsOnly(wb, ['trainees', 'supervisors', 'agreements']);
    const parsed = parseWorkbook(raw, wb.today, loadDocumentState().settings);
    const hidden = unwrittenIds(parsed.assignedIds);
    const listed = agreementSummaries(parsed, raw.agreements).filter((a) => !hidden.has(a.id) && !hidden.has(a.traineeId));
    return searchAgreementSummaries(listed, request);
  });
}

/**
 * The flagged trainees past the first load, or filtered: flags need the whole
 * evaluation, so this reads what a refresh reads (and writes nothing).
 */
export function listAttention(input: unknown): Result<{ page: PageDto<TraineeCardDto> }> {
  return pageCall(input, (request) => {
    const { raw, wb, settings } = loadSnapshot();
    const { parsed, result } = computeRefresh({ raw, today: wb.today, settings });
    return searchCards(flaggedCards(parsed, result, unwrittenIds(parsed.assignedIds)), request);
  });
}

function isTypedTrainee(parsed: ParsedWorkbook, id: string): boolean {
  return !parsed.assignedIds.some((a) => a.sheet === SHEET.trainees && a.id === id);
}

/** A chosen trainee's main supervisor and "Ansökan" facts: every sheet but Samtal is read. */
export function getTraineeDetails(input: unknown): Result<{ trainee: TraineeDetailsDto }> {
  return serverCall<{ trainee: TraineeDetailsDto }>(() => {
    const request = parseTraineeIdInput(input);
    if (!request.ok) return { ok: false, message: request.message };
    const wb = openWorkbook();
    const raw = readSheetsOnly(wb, ['trainees', 'supervisors', 'agreements', 'leave', 'certificates', 'catalogue']);
    const parsed = parseWorkbook(raw, wb.today, loadDocumentState().settings);
    const id = request.value.traineeId;
    const details = isTypedTrainee(parsed, id) ? traineeDetails(parsed, raw.trainees, wb.today, id) : null;
    return details ? { ok: true, trainee: details } : { ok: false, message: SEARCH_INPUT.unknownTrainee };
  });
}

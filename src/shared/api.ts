/**
 * What crosses `google.script.run` between the sidebar and the server.
 * Plain JSON only: no `Date` (google.script.run refuses it), no class
 * instances, no functions. Dates are `YYYY-MM-DD` strings.
 * The server validates every argument it receives with zod (src/app/sessionInput.ts
 * for a logged session, the schemas in src/gas/*Server.ts and src/gas/*EntryPoints.ts
 * for the rest); these types describe the happy path only.
 */

import type { PageDto } from './search';

export type { PageDto } from './search';

export type IsoDateString = string;

export interface Failure {
  ok: false;
  /** A Swedish message meant for the user, already escaped by nobody: the client escapes. */
  message: string;
}
export type Result<T> = ({ ok: true } & T) | Failure;

/** A flagged trainee as the overview's card shows them. */
export interface TraineeCardDto {
  id: string;
  name: string;
  status: string;
  annualStatus: string;
  nextAnnualDue: IsoDateString | null;
  flags: string[];
}

export interface DelmalDto {
  code: string;
  title: string;
}

/** What the specialist application will need, for one trainee (PRODUCT.md §6). */
export interface ApplicationDto {
  regulation: string;
  stStart: IsoDateString;
  /** Planerat ST-slut as typed, or null when blank (then Beräknat ST-slut is the planned end). */
  typedPlannedEnd: IsoDateString | null;
  estimatedEnd: IsoDateString;
  /** ST-start + the regulation's months: the end at full time without leave. */
  fullTimeEnd: IsoDateString;
  partTimeDays: number;
  leaveDays: number;
  delmalWith: DelmalDto[];
  delmalWithout: DelmalDto[];
  /** BT applies under HSLF-FS 2021:8 only. */
  btRequired: boolean;
  btApproved: IsoDateString | null;
  iupDone: IsoDateString | null;
  /** Undertecknad of the agreement in force today, null when none is. */
  agreementSigned: IsoDateString | null;
}

/** A trainee or supervisor as a picker offers them (searchTrainees, searchSupervisors). */
export interface PersonOptionDto {
  id: string;
  name: string;
  /** Enhet as typed ('' when blank). */
  unit: string;
  /** Status as typed for a trainee ('' when blank); always '' for a supervisor. */
  status: string;
}

/** What the sidebar needs once a trainee is chosen (getTraineeDetails). */
export interface TraineeDetailsDto {
  id: string;
  name: string;
  /**
   * Supervisor of the agreement in force, else the Huvudhandledare cell; null
   * when neither names a listed supervisor. Preselected in "Registrera samtal".
   */
  mainSupervisor: PersonOptionDto | null;
  /** PRODUCT.md §6, the "Ansökan" part; null for a row that failed validation. */
  application: ApplicationDto | null;
}

/**
 * A search as the picker or a list sends it: the words typed, and which page.
 * The server caps the query at SEARCH_LIMITS.queryLength characters and a page
 * at SEARCH_LIMITS.maxPageSize items (src/shared/search.ts).
 */
export interface SearchInput {
  query: string;
  /** Default 0. */
  offset?: number;
  /** Default SEARCH_LIMITS.pageSize. */
  limit?: number;
}

/** A call about one trainee (getTraineeDetails, selectTraineeRow). */
export interface TraineeIdInput {
  traineeId: string;
}

export interface AgreementSummaryDto {
  id: string;
  traineeId: string;
  traineeName: string;
  supervisorName: string;
  status: string;
  validFrom: IsoDateString | null;
  documentUrl: string;
  /**
   * Swedish validation messages of this row (sheet Överenskommelser); [] when
   * the row is valid. An invalid row shows its cells as typed where a
   * reference does not resolve (traineeId is then '').
   */
  problems: string[];
}

/** One row of Översikt's per-Enhet table (PRODUCT.md §8); the last row is `Totalt`. */
export interface GroupCountsDto {
  label: string;
  active: number;
  overdue: number;
  soon: number;
  agreementMissing: number;
  dataErrors: number;
  sitInsMedian: number | null;
  endingWithin12Months: number;
}

/** A month (`YYYY-MM`) or quarter (`YYYY Q1`) and its count. */
export interface PeriodCountDto {
  label: string;
  count: number;
}

export interface OverviewDto {
  units: GroupCountsDto[];
  checkInsByMonth: PeriodCountDto[];
}

/**
 * The sidebar's first load: small at any size (issue #9.6). Everything that
 * grows with the workbook — trainees to pick, supervisors, agreements, the
 * rest of the flagged trainees — is searched or paged on the server.
 */
export interface SidebarData {
  today: IsoDateString;
  /** The per-unit numbers and the monthly check-ins of Översikt. */
  overview: OverviewDto;
  /** The flagged trainees, most urgent first, the first ATTENTION_LIMIT of them (listAttention pages on). */
  attention: PageDto<TraineeCardDto>;
  sessionTypes: string[];
  /** Typ of Frånvaro and Aktivitet of Intyg, for the "Ansökan" forms. */
  leaveTypes: string[];
  activities: string[];
  counts: { active: number; overdue: number; soon: number; dataErrors: number };
}

export interface LogSessionInput {
  date: IsoDateString;
  traineeId: string;
  supervisorId: string;
  type: string;
  minutes: number | null;
  documented: boolean;
  note: string;
}

export interface LogSessionOk {
  row: number;
}

/** A Frånvaro row from the sidebar. */
export interface LogLeaveInput {
  traineeId: string;
  from: IsoDateString;
  to: IsoDateString;
  type: string;
  /** Omfattning (%), 1–100; null = 100. */
  extent: number | null;
  note: string;
}

/** An Intyg row from the sidebar. */
export interface RegisterCertificateInput {
  traineeId: string;
  /** Codes separated by commas or spaces, e.g. `STa3, STb1`. */
  delmal: string;
  activity: string;
  title: string;
  /** Utfärdat; '' = planned. */
  issued: IsoDateString | '';
  issuer: string;
}

export interface AppendedRowOk {
  row: number;
}

export interface RefreshSummary {
  trainees: number;
  overdue: number;
  soon: number;
  issues: number;
  assignedIds: number;
}

export interface ValidationIssueDto {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface ValidationReportDto {
  issues: ValidationIssueDto[];
}

/** What to do when the agreement row already has a document. */
export type ExistingDocumentChoice = 'ask' | 'open-existing' | 'new-version';

export interface GenerateAgreementInput {
  agreementId: string;
  onExisting: ExistingDocumentChoice;
  pdf?: boolean;
  /** 'own': the user agreed to a folder of their own when the workbook's folder is out of their reach. */
  folder?: 'own';
}

export type GenerateAgreementOk =
  /**
   * `status`: the row's Status after the server wrote it (Skapad, or Undertecknad/Ersatt kept).
   * `warnings`: Swedish notes the user should read, e.g. unknown {{tags}} in their own template.
   */
  | { outcome: 'created'; url: string; name: string; pdfUrl: string | null; status: string; warnings?: string[] }
  | { outcome: 'exists'; url: string; name: string }
  | { outcome: 'opened'; url: string }
  /**
   * The workbook's agreement folder is a colleague's, out of this person's reach
   * (drive.file): `message` asks whether to use a folder of their own; saying yes
   * is the same call again with `folder: 'own'`. Nothing was created.
   */
  | { outcome: 'folder-unreachable'; message: string };

/** Where agreement documents go and whether a PDF copy is made (document properties). */
export interface AgreementSettingsDto {
  /** URL of the folder this user's documents go to, or null before the first document creates it. */
  folderUrl: string | null;
  /** The workbook's folder is a colleague's, out of this user's reach (drive.file), and they have no folder of their own yet. */
  folderOfColleague: boolean;
  pdf: boolean;
}

export interface SaveAgreementSettingsInput {
  /** A Drive folder ID or URL; '' goes back to ST-koll's own folder. Absent: unchanged. */
  folder?: string;
  pdf: boolean;
}

/** The reminder settings of PRODUCT.md §7, as the Påminnelser dialog sends and receives them. */
export interface ReminderSettingsDto {
  enabled: boolean;
  weekday: 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';
  /** 0–23 in the workbook's time zone. */
  hour: number;
  recipients: string[];
  supervisors: boolean;
}

/** The digest as it would go out today, not sent. */
export interface ReminderPreviewDto {
  /** false: nothing to report, no mail would go. */
  hasNews: boolean;
  subject: string;
  body: string;
  /** How many supervisors would get their own part (when opted in). */
  supervisorMails: number;
}

/** The sheets a list can be imported from: every sheet but ST-koll's own. */
export interface ImportSourcesDto {
  sheets: string[];
  /** The sheet the user is on, when it is one of them (the list they want to import, most likely). */
  active: string | null;
  /** The ST-läkare columns a list may fill, for the mapping's dropdowns. */
  targets: string[];
}

/** PRODUCT.md §9: source header → ST-läkare header; headers left out are not imported. */
export type ImportMappingDto = Record<string, string>;

export interface ImportProposalDto {
  mapping: ImportMappingDto;
  /** The list's headers in column order (each may be mapped). */
  headers: string[];
  /** The sheet row holding the headers (1 unless a title sits above the table). */
  headerRow: number;
}

export interface ImportRequestDto {
  sheet: string;
  mapping: ImportMappingDto;
}

/** A row of the list and why it is not added; `row` is the source sheet's row number. */
export interface ImportNoteDto {
  row: number;
  reason: string;
}

/** The dry run (previewImport) and the import (runImport) answer alike. */
export interface ImportResultDto {
  added: number;
  skipped: number;
  problems: ImportNoteDto[];
  /** Why each skipped row was skipped (already in ST-läkare, or earlier in the list). */
  skippedRows: ImportNoteDto[];
  /** Names of the supervisors added (or, in the dry run, to be added) to Handledare. */
  newSupervisors: string[];
}

/** A row of Överenskommelser in the batch's plan. */
export interface BatchRowDto {
  id: string;
  row: number;
  /** The trainee's name ('' when the row does not name a valid trainee). */
  traineeName: string;
}

/** What "Skapa alla saknade överenskommelser" would do now (issue #12). */
export interface AgreementBatchPlanDto {
  /** Rows that get a document, in row order. */
  toCreate: BatchRowDto[];
  /** Rows without a document that cannot get one yet, each with its Swedish reason. */
  skipped: Array<BatchRowDto & { reason: string }>;
  /** Rows that already have a document. */
  withDocument: number;
  /** How many IDs one createAgreementsStep call takes (the setting agreementBatchSize). */
  chunkSize: number;
}

export interface AgreementsStepInput {
  agreementIds: string[];
}

/** What happened to one row in a step; reasons are Swedish. */
export type AgreementStepResultDto =
  | { id: string; outcome: 'created'; name: string; url: string; pdfUrl: string | null; warnings: string[] }
  | { id: string; outcome: 'skipped'; reason: string }
  | { id: string; outcome: 'failed'; reason: string };

/** Selects the trainee's row in ST-läkare (the overview's names). */
export type SelectTraineeRowInput = TraineeIdInput;

/** One setting of the settings view (Inställningar); texts are Swedish, from the catalogue. */
export interface SettingDto {
  key: string;
  label: string;
  unit: string;
  description: string;
  kind: 'integer' | 'decimal' | 'choice';
  defaultValue: number | string;
  /** The value in force: the stored one, or the default when none is stored or it is invalid. */
  value: number | string;
  /** A valid value is stored for this setting (it differs from the default). */
  overridden: boolean;
  min: number | null;
  max: number | null;
  choices: string[];
}

export interface SettingsDto {
  settings: SettingDto[];
  /** Swedish notes on stored values that could not be used (the default is in force instead). */
  problems: string[];
}

/** Values by setting key; null goes back to the default. */
export interface SaveSettingsInput {
  values: Record<string, number | string | null>;
}

/**
 * The server functions the sidebar may call. `sidebar/` wraps google.script.run
 * in promises typed by this interface, so a renamed function fails to compile.
 */
export interface ServerApi {
  getSidebarData(): Result<{ data: SidebarData }>;
  searchTrainees(input: SearchInput): Result<{ page: PageDto<PersonOptionDto> }>;
  searchSupervisors(input: SearchInput): Result<{ page: PageDto<PersonOptionDto> }>;
  searchAgreements(input: SearchInput): Result<{ page: PageDto<AgreementSummaryDto> }>;
  listAttention(input: SearchInput): Result<{ page: PageDto<TraineeCardDto> }>;
  getTraineeDetails(input: TraineeIdInput): Result<{ trainee: TraineeDetailsDto }>;
  logSession(input: LogSessionInput): Result<LogSessionOk>;
  logLeave(input: LogLeaveInput): Result<AppendedRowOk>;
  registerCertificate(input: RegisterCertificateInput): Result<AppendedRowOk>;
  refreshFlagsFromSidebar(): Result<{ summary: RefreshSummary }>;
  getValidationReport(): Result<{ report: ValidationReportDto }>;
  generateAgreement(input: GenerateAgreementInput): Result<GenerateAgreementOk>;
  getAgreementSettings(): Result<{ settings: AgreementSettingsDto }>;
  saveAgreementSettings(input: SaveAgreementSettingsInput): Result<{ settings: AgreementSettingsDto }>;
  getImportSources(): Result<{ sources: ImportSourcesDto }>;
  getImportProposal(sheetName: string): Result<ImportProposalDto>;
  previewImport(input: ImportRequestDto): Result<ImportResultDto>;
  runImport(input: ImportRequestDto): Result<ImportResultDto>;
  getSettings(): Result<{ view: SettingsDto }>;
  saveSettings(input: SaveSettingsInput): Result<{ view: SettingsDto }>;
  selectTraineeRow(input: SelectTraineeRowInput): Result<{ row: number }>;
  planMissingAgreements(): Result<{ plan: AgreementBatchPlanDto }>;
  createAgreementsStep(input: AgreementsStepInput): Result<{ results: AgreementStepResultDto[] }>;
}

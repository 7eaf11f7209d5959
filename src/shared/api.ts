/**
 * What crosses `google.script.run` between the sidebar and the server.
 * Plain JSON only: no `Date` (google.script.run refuses it), no class
 * instances, no functions. Dates are `YYYY-MM-DD` strings.
 * The server validates every argument it receives with zod (src/app/sessionInput.ts
 * for a logged session, the schemas in src/gas/*Server.ts and src/gas/*EntryPoints.ts
 * for the rest); these types describe the happy path only.
 */

export type IsoDateString = string;

export interface Failure {
  ok: false;
  /** A Swedish message meant for the user, already escaped by nobody: the client escapes. */
  message: string;
}
export type Result<T> = ({ ok: true } & T) | Failure;

export interface TraineeSummaryDto {
  id: string;
  name: string;
  status: string;
  annualStatus: string;
  nextAnnualDue: IsoDateString | null;
  flags: string[];
  /**
   * Supervisor of the agreement in force, else the Huvudhandledare cell; null
   * when neither names a supervisor the sidebar lists. Preselected in "Registrera samtal".
   */
  mainSupervisorId: string | null;
  /** PRODUCT.md §6, the "Ansökan" part; null for a row that failed validation. */
  application: ApplicationDto | null;
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

export interface PersonOptionDto {
  id: string;
  name: string;
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

export interface SidebarData {
  today: IsoDateString;
  trainees: TraineeSummaryDto[];
  supervisors: PersonOptionDto[];
  agreements: AgreementSummaryDto[];
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
}

export type GenerateAgreementOk =
  /**
   * `status`: the row's Status after the server wrote it (Skapad, or Undertecknad/Ersatt kept).
   * `warnings`: Swedish notes the user should read, e.g. unknown {{tags}} in their own template.
   */
  | { outcome: 'created'; url: string; name: string; pdfUrl: string | null; status: string; warnings?: string[] }
  | { outcome: 'exists'; url: string; name: string }
  | { outcome: 'opened'; url: string };

/** Where agreement documents go and whether a PDF copy is made (document properties). */
export interface AgreementSettingsDto {
  /** URL of the folder in use, or null before the first document creates it. */
  folderUrl: string | null;
  pdf: boolean;
}

export interface SaveAgreementSettingsInput {
  /** A Drive folder ID or URL; '' goes back to ST-koll's own folder. Absent: unchanged. */
  folder?: string;
  pdf: boolean;
}

/**
 * The server functions the sidebar may call. `sidebar/` wraps google.script.run
 * in promises typed by this interface, so a renamed function fails to compile.
 */
export interface ServerApi {
  getSidebarData(): Result<{ data: SidebarData }>;
  logSession(input: LogSessionInput): Result<LogSessionOk>;
  logLeave(input: LogLeaveInput): Result<AppendedRowOk>;
  registerCertificate(input: RegisterCertificateInput): Result<AppendedRowOk>;
  refreshFlagsFromSidebar(): Result<{ summary: RefreshSummary }>;
  getValidationReport(): Result<{ report: ValidationReportDto }>;
  generateAgreement(input: GenerateAgreementInput): Result<GenerateAgreementOk>;
  getAgreementSettings(): Result<{ settings: AgreementSettingsDto }>;
  saveAgreementSettings(input: SaveAgreementSettingsInput): Result<{ settings: AgreementSettingsDto }>;
}

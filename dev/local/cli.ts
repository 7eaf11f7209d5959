/**
 * The local app's commands (built to build/dev/cli.cjs):
 *   npm start [-- --workbook FIL.xlsx] [--port N] [--today ÅÅÅÅ-MM-DD]   (scripts/preview.mjs)
 *   npx st-koll check FIL.xlsx [--today ÅÅÅÅ-MM-DD] [--json]            (scripts/st-koll.mjs)
 * Problems are one Swedish line on stderr and a non-zero exit code, never a stack trace.
 */
import { basename } from 'node:path';
import { loadBundle } from '../harness';
import { startPreview, DEFAULT_PORT, type RunningPreview } from '../preview/server';
import { todayIn } from '../preview/backend';
import type { ValidationReportDto } from '../../src/shared/api';
import { ANNUAL, SHEET, TRAINEE_COL, TRAINEE_COMPUTED } from '../../src/domain/sheetContract';
import { parseCheckArgs, parseStartArgs } from './cliArgs';
import { LocalFileError } from './errors';
import { startFromKept } from './fakeState';
import { LocalWorkbook } from './localWorkbook';
import { CLI_TEXT as C, LOCAL_TEXT as T } from './texts';
import { WorkbookFile } from './workbookFile';
import { openWorkbook } from './xlsx/readWorkbook';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const consoleIo: Io = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** Noon UTC of the pinned day: the same calendar day in Stockholm all year. */
function nowFor(today: string | null): string | undefined {
  return today ? `${today}T12:00:00Z` : undefined;
}

export interface StartedApp {
  preview: RunningPreview;
  local: LocalWorkbook | null;
  stop(): Promise<void>;
}

/** Starts the app, or returns the exit code after saying why on stderr (0 for --help, 1 a taken port, 2 a bad flag or file). */
export async function startApp(argv: string[], io: Io = consoleIo): Promise<StartedApp | number> {
  const parsed = parseStartArgs(argv);
  if (!parsed.ok) {
    io.err(parsed.message);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    io.out(C.startHelp);
    return 0;
  }
  let local: LocalWorkbook | null = null;
  if (args.workbook) {
    io.out(C.opening(basename(args.workbook)));
    try {
      local = new LocalWorkbook(await WorkbookFile.open(args.workbook));
    } catch (error) {
      if (!(error instanceof LocalFileError)) throw error;
      io.err(error.message);
      return 2;
    }
  }
  const envPort = process.env.PORT && /^\d+$/.test(process.env.PORT) ? Number(process.env.PORT) : undefined;
  const port = args.port ?? envPort ?? DEFAULT_PORT;
  let preview: RunningPreview;
  try {
    preview = await startPreview({ port, now: nowFor(args.today), ...(local ? { local } : {}) });
  } catch (error) {
    local?.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE' || (error as NodeJS.ErrnoException).code === 'EACCES') {
      io.err(T.portTaken(port));
      return 1;
    }
    throw error;
  }
  io.out(C.listening(preview.url, local ? local.name : null));
  const stop = async () => {
    await preview.backend.settled();
    await preview.close();
    local?.close();
  };
  return { preview, local, stop };
}

/** `npm start`: runs until Ctrl+C; the lock is released and the last save awaited on the way out. */
export async function runStart(argv: string[]): Promise<void> {
  const started = await startApp(argv);
  if (typeof started === 'number') {
    process.exitCode = started;
    return;
  }
  const onSignal = () => {
    started.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', () => started.local?.close());
}

interface CheckResult {
  file: string;
  today: string;
  issues: ValidationReportDto['issues'];
  late: Array<{ id: string; name: string; nextAnnualDue: string | null }>;
  soon: Array<{ id: string; name: string; nextAnnualDue: string | null }>;
}

type ServerReply<T> = ({ ok: true } & T) | { ok: false; message: string };

/** `st-koll check`: 0 nothing to act on, 1 something late or invalid, 2 unreadable. Never writes the file. */
export async function runCheck(argv: string[], io: Io = consoleIo): Promise<number> {
  const parsed = parseCheckArgs(argv);
  if (!parsed.ok) {
    io.err(parsed.message);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    io.out(C.checkHelp);
    return 0;
  }
  if (!args.workbook) {
    io.err(T.checkNeedsFile);
    return 2;
  }
  let opened;
  try {
    opened = await openWorkbook(args.workbook);
  } catch (error) {
    if (!(error instanceof LocalFileError)) throw error;
    io.err(error.message);
    return 2;
  }
  const now = nowFor(args.today) ?? new Date().toISOString();
  const bundle = loadBundle({ now });
  bundle.env.transfer.importSheets(opened.sheets);
  // ST-koll's marks from the session that saved the file (its own computed columns are not taken for the
  // user's) and the settings saved there (the report and the late/soon check use them).
  startFromKept(bundle.env, opened.kept);
  // Setup adds the computed columns a file may lack (the report needs them); nothing is written to the file.
  if (bundle.env.spreadsheet.sheetNames().includes(SHEET.trainees)) bundle.call('setupWorkbook');
  const report = bundle.callFromClient<ServerReply<{ report: ValidationReportDto }>>('getValidationReport');
  // A refresh of the in-memory copy writes each trainee's annual status into
  // ST-läkare's computed block, which lists every late and soon check-in (the
  // sidebar's first load carries only the most urgent few). The file is untouched.
  const refresh = bundle.callFromClient<ServerReply<{ summary: unknown }>>('refreshFlagsFromSidebar');
  if (!report.ok || !refresh.ok) {
    io.err(!report.ok ? report.message : !refresh.ok ? refresh.message : '');
    return 2;
  }
  const trainees = bundle.env.spreadsheet.records(SHEET.trainees);
  const pick = (status: string) =>
    trainees
      .filter((t) => t[TRAINEE_COMPUTED.annualStatus] === status)
      .map((t) => ({ id: String(t[TRAINEE_COL.id]), name: String(t[TRAINEE_COL.name]), nextAnnualDue: String(t[TRAINEE_COMPUTED.nextAnnualDue] ?? '') || null }));
  const result: CheckResult = {
    file: basename(args.workbook),
    today: todayIn(now, bundle.env.spreadsheet.timeZone()),
    issues: report.report.issues,
    late: pick(ANNUAL.overdue),
    soon: pick(ANNUAL.soon),
  };
  if (args.json) io.out(JSON.stringify(result, null, 2));
  else printCheck(result, io);
  return result.issues.length > 0 || result.late.length > 0 ? 1 : 0;
}

function printCheck(result: CheckResult, io: Io): void {
  io.out(C.checkTitle(result.file, result.today));
  io.out(C.checkIssues(result.issues.length));
  for (const i of result.issues) io.out(C.checkIssue(i.sheet, i.row, i.column, i.message));
  io.out(C.checkLate(result.late.length));
  for (const t of result.late) io.out(C.checkTrainee(t.id, t.name, t.nextAnnualDue));
  io.out(C.checkSoon(result.soon.length));
  for (const t of result.soon) io.out(C.checkTrainee(t.id, t.name, t.nextAnnualDue));
  if (result.issues.length === 0 && result.late.length === 0) io.out(C.checkNothing);
}

/**
 * A promise wrapper over google.script.run, typed by ServerApi (the way gas-client
 * does it): `server.logSession(input)` resolves with the ok branch of the server's
 * Result and rejects with a ServerCallError that carries a Swedish message.
 *   - withFailureHandler (the call never reached our code, or it threw) → transport error
 *   - `{ ok: false, message }` → the server's own Swedish message
 */
import type { Failure, ServerApi } from '../src/shared/api';
import { SIDEBAR_TEXT } from '../src/shared/messages/sidebar';

type OkOf<R> = R extends { ok: true } ? Omit<R, 'ok'> : never;

export type ServerClient = {
  [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => Promise<OkOf<ReturnType<ServerApi[K]>>>;
};

export type ServerErrorKind = 'transport' | 'failure' | 'unexpected' | 'not-connected';

export class ServerCallError extends Error {
  constructor(
    readonly kind: ServerErrorKind,
    /** Swedish, shown to the user. */
    readonly userMessage: string,
    /** Technical detail for the collapsible part of the banner (may be empty). */
    readonly detail = '',
  ) {
    super(userMessage);
    this.name = 'ServerCallError';
  }
}

/** The part of google.script.run we use. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

/** A record, not a list, so a function added to ServerApi fails to compile until it is added here. */
const SERVER_FUNCTION_SET: Record<keyof ServerApi, true> = {
  getSidebarData: true,
  searchTrainees: true,
  searchSupervisors: true,
  searchAgreements: true,
  listAttention: true,
  getTraineeDetails: true,
  logSession: true,
  logLeave: true,
  registerCertificate: true,
  refreshFlagsFromSidebar: true,
  getValidationReport: true,
  generateAgreement: true,
  getAgreementSettings: true,
  saveAgreementSettings: true,
  getImportSources: true,
  getImportProposal: true,
  previewImport: true,
  runImport: true,
  getSettings: true,
  saveSettings: true,
  selectTraineeRow: true,
  planMissingAgreements: true,
  createAgreementsStep: true,
};
const SERVER_FUNCTIONS = Object.keys(SERVER_FUNCTION_SET) as Array<keyof ServerApi>;

export function findScriptRunner(scope: unknown = globalThis): ScriptRunner | null {
  const google = (scope as { google?: { script?: { run?: ScriptRunner } } }).google;
  return google && google.script && google.script.run ? google.script.run : null;
}

export function createServerClient(getRunner: () => ScriptRunner | null = findScriptRunner): ServerClient {
  const client = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of SERVER_FUNCTIONS) {
    client[name] = (...args: unknown[]) => callServer(getRunner(), name, args);
  }
  return client as unknown as ServerClient;
}

function callServer(runner: ScriptRunner | null, name: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (!runner) {
      reject(new ServerCallError('not-connected', SIDEBAR_TEXT.errors.notConnected));
      return;
    }
    // Each call needs its own runner chain: handlers set on google.script.run
    // itself would be shared by every call in flight.
    const chain = runner
      .withSuccessHandler((value) => settle(value, resolve, reject))
      .withFailureHandler((error) => reject(new ServerCallError('transport', SIDEBAR_TEXT.errors.transport, describe(error))));
    const fn = (chain as unknown as Record<string, unknown>)[name];
    if (typeof fn !== 'function') {
      reject(new ServerCallError('unexpected', SIDEBAR_TEXT.errors.unexpectedReply, `${name} is not available`));
      return;
    }
    try {
      (fn as (...a: unknown[]) => void).apply(chain, args);
    } catch (error) {
      reject(new ServerCallError('transport', SIDEBAR_TEXT.errors.transport, describe(error)));
    }
  });
}

function settle(value: unknown, resolve: (v: unknown) => void, reject: (e: ServerCallError) => void): void {
  if (!value || typeof value !== 'object' || typeof (value as { ok?: unknown }).ok !== 'boolean') {
    reject(new ServerCallError('unexpected', SIDEBAR_TEXT.errors.unexpectedReply));
    return;
  }
  if ((value as { ok: boolean }).ok) {
    const { ok: _ok, ...rest } = value as { ok: true } & Record<string, unknown>;
    resolve(rest);
    return;
  }
  const message = (value as Failure).message;
  reject(new ServerCallError('failure', typeof message === 'string' && message ? message : SIDEBAR_TEXT.errors.unexpectedReply));
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

export function asServerCallError(error: unknown): ServerCallError {
  return error instanceof ServerCallError
    ? error
    : new ServerCallError('unexpected', SIDEBAR_TEXT.errors.unexpectedReply, describe(error));
}

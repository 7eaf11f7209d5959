/**
 * Refuses a call the way Apps Script does when the manifest's `oauthScopes`
 * lack every scope the method needs (the table in ../scopes.ts), and refuses
 * any method the table does not know, so the table keeps up with the code.
 *
 * Apps Script's wording when an explicit manifest is too narrow:
 *   "Specified permissions are not sufficient to call DriveApp.getRootFolder.
 *    Required permissions: (https://…/drive.readonly || https://…/drive)"
 * (one scope: no parentheses). An advanced service answers as its REST API does:
 *   "GoogleJsonResponseException: API call to drive.files.get failed with error:
 *    Request had insufficient authentication scopes."
 */
import { gasError } from '../errors';
import { METHOD_SCOPES, requiredScopes, type Scopes } from '../scopes';
import type { CallGate } from './counting';

export class ScopeGate implements CallGate {
  private readonly granted: ReadonlySet<string>;

  constructor(oauthScopes: readonly string[]) {
    this.granted = new Set(oauthScopes);
  }

  check(_service: string, gasName: string, method: string): void {
    const required = requiredScopes(gasName, method);
    if (required === undefined) throw notInTable(gasName, method);
    if (required.length === 0 || required.some((scope) => this.granted.has(scope))) return;
    const api = METHOD_SCOPES[gasName]?.api;
    throw api ? apiError(`${api}.${method}`, 'Request had insufficient authentication scopes.') : insufficientScopes(`${gasName}.${method}`, required);
  }
}

export function insufficientScopes(label: string, required: Scopes): Error {
  const list = required.length === 1 ? required[0] : `(${required.join(' || ')})`;
  return gasError(`Specified permissions are not sufficient to call ${label}. Required permissions: ${list}`);
}

/** An advanced service's failure, as Apps Script surfaces a REST error. */
export function apiError(restMethod: string, message: string): Error {
  const error = new Error(`API call to ${restMethod} failed with error: ${message}`);
  error.name = 'GoogleJsonResponseException';
  return error;
}

function notInTable(gasName: string, method: string): Error {
  return new Error(
    `${gasName}.${method} is not in dev/fakes/scopes.ts: look up its reference page and add it with the scopes listed under "Authorization".`,
  );
}

/** Several gates in order: the first refusal wins. */
export function allGates(...gates: CallGate[]): CallGate {
  return { check: (service, gasName, method) => gates.forEach((gate) => gate.check(service, gasName, method)) };
}

/**
 * The google.script.run stand-in injected into the real sidebar HTML. Like the
 * real one it exposes only the server's public functions, chains
 * withSuccessHandler / withFailureHandler / withUserObject into a new runner
 * each time, sends only JSON and calls the handlers asynchronously.
 * Calls go to POST /api/run/<name> with the arguments as a JSON array.
 */
import { inlineJson } from './html';

export const RUN_PATH = '/api/run/';

/** Browser code, kept as a function so it is type-checked; serialised with toString(). */
function installScriptRun(functionNames: string[], runPath: string): void {
  type Handler = (value: unknown, userObject?: unknown) => void;
  function invoke(name: string, args: unknown[], success: Handler | null, failure: Handler | null, userObject: unknown): void {
    let body: string;
    try {
      body = JSON.stringify(args);
    } catch (error) {
      setTimeout(() => failure && failure(error, userObject), 0);
      return;
    }
    fetch(runPath + encodeURIComponent(name), { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      .then((response) =>
        response.json().then(
          (json: unknown) => {
            const reply = json as { ok: boolean; value?: unknown; error?: { name?: string; message?: string } };
            if (response.ok && reply.ok) {
              if (success) success(reply.value, userObject);
              return;
            }
            const error = new Error((reply.error && reply.error.message) || 'HTTP ' + response.status);
            error.name = (reply.error && reply.error.name) || 'ScriptError';
            if (failure) failure(error, userObject);
          },
          () => {
            if (failure) failure(new Error('HTTP ' + response.status), userObject);
          },
        ),
      )
      .catch((error: unknown) => {
        if (failure) failure(error instanceof Error ? error : new Error(String(error)), userObject);
      });
  }
  function runner(success: Handler | null, failure: Handler | null, userObject: unknown): Record<string, unknown> {
    const r: Record<string, unknown> = {
      withSuccessHandler: (handler: Handler) => runner(handler, failure, userObject),
      withFailureHandler: (handler: Handler) => runner(success, handler, userObject),
      withUserObject: (object: unknown) => runner(success, failure, object),
    };
    functionNames.forEach((name) => {
      r[name] = (...args: unknown[]) => {
        invoke(name, args, success, failure, userObject);
      };
    });
    return r;
  }
  const w = globalThis as unknown as { google?: { script?: Record<string, unknown> } };
  w.google = w.google || {};
  w.google.script = w.google.script || {};
  w.google.script.run = runner(null, null, undefined);
  // google.script.host: close() and editor focus are no-ops in the preview.
  w.google.script.host = { close: () => undefined, setHeight: () => undefined, setWidth: () => undefined, editor: { focus: () => undefined } };
}

export function shimScript(functionNames: string[]): string {
  return `<script>(${installScriptRun.toString()})(${inlineJson(functionNames)}, ${inlineJson(RUN_PATH)});</script>`;
}

/** Puts the shim before any of the page's own scripts. */
export function injectShim(sidebarHtml: string, functionNames: string[]): string {
  const shim = shimScript(functionNames);
  const head = /<head[^>]*>/i.exec(sidebarHtml);
  if (head) return sidebarHtml.slice(0, head.index + head[0].length) + shim + sidebarHtml.slice(head.index + head[0].length);
  return shim + sidebarHtml;
}

/** Names a client may call: public (no trailing underscore), plain identifiers. */
export function isCallableName(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9]*$/.test(name) && !name.endsWith('_');
}

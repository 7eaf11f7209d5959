/**
 * The google.script.run stand-in injected into the real sidebar HTML. Like the
 * real one it exposes only the server's public functions, chains
 * withSuccessHandler / withFailureHandler / withUserObject into a new runner
 * each time, sends only JSON and calls the handlers asynchronously.
 * Calls go to POST /api/run/<name> with the arguments as a JSON array.
 */
import { inlineJson } from './html';

export const RUN_PATH = '/api/run/';

/**
 * Browser code, as plain ES5 text: it must survive any compiler or coverage
 * tool untouched, which a Function#toString() of compiled code would not.
 */
const INSTALL_SCRIPT_RUN = `function (functionNames, runPath) {
  function invoke(name, args, success, failure, userObject) {
    var body;
    try { body = JSON.stringify(args); } catch (error) {
      setTimeout(function () { if (failure) failure(error, userObject); }, 0);
      return;
    }
    fetch(runPath + encodeURIComponent(name), { method: 'POST', headers: { 'content-type': 'application/json' }, body: body })
      .then(function (response) {
        return response.json().then(function (reply) {
          if (response.ok && reply && reply.ok) { if (success) success(reply.value, userObject); return; }
          var error = new Error((reply && reply.error && reply.error.message) || 'HTTP ' + response.status);
          error.name = (reply && reply.error && reply.error.name) || 'ScriptError';
          if (failure) failure(error, userObject);
        }, function () {
          if (failure) failure(new Error('HTTP ' + response.status), userObject);
        });
      })
      .catch(function (error) {
        if (failure) failure(error instanceof Error ? error : new Error(String(error)), userObject);
      });
  }
  function runner(success, failure, userObject) {
    var r = {
      withSuccessHandler: function (handler) { return runner(handler, failure, userObject); },
      withFailureHandler: function (handler) { return runner(success, handler, userObject); },
      withUserObject: function (object) { return runner(success, failure, object); }
    };
    functionNames.forEach(function (name) {
      r[name] = function () { invoke(name, Array.prototype.slice.call(arguments), success, failure, userObject); };
    });
    return r;
  }
  window.google = window.google || {};
  window.google.script = window.google.script || {};
  window.google.script.run = runner(null, null, undefined);
  // google.script.host: closing and resizing are no-ops in the preview.
  window.google.script.host = { close: function () {}, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } };
}`;

export function shimScript(functionNames: string[]): string {
  return `<script>(${INSTALL_SCRIPT_RUN})(${inlineJson(functionNames)}, ${inlineJson(RUN_PATH)});</script>`;
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

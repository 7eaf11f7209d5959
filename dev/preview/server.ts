/**
 * `npm start`: the local preview of PRODUCT.md §5. Runs the real build/Code.js
 * on the in-memory Apps Script fakes (dev/harness.ts) with the fictional sample
 * workbook, and serves on 127.0.0.1 only:
 *   GET  /                 the shell: menu buttons, the workbook frame, the sidebar frame
 *   GET  /workbook         the sheets as tables, messages, generated documents
 *   GET  /sidebar          the real sidebar HTML (as showSidebar() produced it) + a google.script.run shim
 *   POST /api/run/<fn>     google.script.run: JSON array of arguments → bundle.callFromClient
 *   POST /api/menu/<fn>    a menu entry point → bundle.call; { answer: 'YES'|'NO'|'CANCEL' } answers its question
 *   POST /api/filter/remove { sheet } → removes the sheet's filter, as the user would in Sheets
 *   POST /api/select       { sheet, row } → the active range, for "…för markerad rad"
 *   GET  /api/version      a counter that changes whenever the workbook may have changed
 *   GET  /out/<file>       generated agreements, also written to preview-out/ (with --workbook: the .docx files in överenskommelser/)
 *   POST /api/cell         { sheet, row, col, value } → the user types into a cell (refused values change nothing)
 *   GET  /dialog/<n>       the HTML of a dialog an entry point showed (e.g. the validation report)
 *   GET  /outbox           the reminders' outbox (dev/preview/outbox.ts)
 *   POST /api/trigger/sendReminderDigest   runs the reminder as the time-driven trigger would
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PreviewBackend, QUESTION_ANSWERS, type PreviewBackendOptions, type QuestionAnswer } from './backend';
import { HttpError, isAllowedRequest, readJsonBody, send, sendHtml, sendJson } from './http';
import { renderShell, renderWorkbook } from './page';
import { OUTBOX_PATH, renderOutbox, TRIGGER_PATH } from './outbox';
import { injectShim, isCallableName, RUN_PATH } from './shim';
import { EDIT_PAGE_TEXT, PREVIEW_TEXT as T } from './texts';

export const DEFAULT_PORT = 8765;
const HOST = '127.0.0.1';

export interface PreviewOptions extends Partial<PreviewBackendOptions> {
  /** 0 picks a free port (tests). Default: PORT from the environment, else 8765. */
  port?: number;
}

export interface RunningPreview {
  url: string;
  port: number;
  /** The bundle and its fakes, for tests that assert on the workbook directly. */
  backend: PreviewBackend;
  close(): Promise<void>;
}

/** Page CSP: our own nonce'd scripts only; nothing from outside. */
function pageCsp(nonce: string): string {
  return `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; connect-src 'self'; frame-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'`;
}

/**
 * The sidebar runs as Apps Script would serve it: inline script and styles, no
 * external resources. The CSP makes any attempt to load one fail loudly here.
 */
const SIDEBAR_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'self'; form-action 'none'";

export async function startPreview(options: PreviewOptions = {}): Promise<RunningPreview> {
  const envPort = process.env.PORT ? Number(process.env.PORT) : undefined;
  const port = options.port ?? (envPort !== undefined && Number.isInteger(envPort) ? envPort : DEFAULT_PORT);
  const now = options.now ?? process.env.PREVIEW_NOW ?? undefined;

  const server = createServer();
  // Requests are bounded: small bodies (see http.ts), short timeouts.
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  server.maxHeadersCount = 50;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  const origin = `http://${HOST}:${actualPort}`;
  let backend: PreviewBackend;
  try {
    backend = new PreviewBackend({ ...options, now, origin });
    // With a local file: the first save (setup and refresh on open) is on disk before the page is served.
    await backend.settled();
  } catch (error) {
    server.close();
    throw error;
  }

  server.on('request', (req, res) => {
    handle(req, res, backend, actualPort).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) sendJson(res, status, { ok: false, error: { name: 'PreviewError', message } });
      else res.end();
    });
  });

  return {
    url: `${origin}/`,
    port: actualPort,
    backend,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new HttpError(400, T.badRequest);
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, backend: PreviewBackend, port: number): Promise<void> {
  if (!isAllowedRequest(req, port)) throw new HttpError(403, 'Forbidden');
  const url = new URL(req.url || '/', `http://127.0.0.1:${port}`);
  const path = url.pathname;
  const method = req.method || 'GET';

  if (method === 'GET' || method === 'HEAD') {
    if (path === '/') {
      const nonce = randomBytes(16).toString('base64');
      return sendHtml(res, 200, renderShell(backend.menu(), backend.today(), nonce, backend.local ? EDIT_PAGE_TEXT.localIntro(backend.local.name) : undefined), pageCsp(nonce));
    }
    if (path === '/workbook') {
      const nonce = randomBytes(16).toString('base64');
      const sheet = url.searchParams.get('sheet');
      return sendHtml(res, 200, renderWorkbook(backend.workbook(sheet), nonce, backend.version), pageCsp(nonce));
    }
    if (path === '/sidebar') {
      const html = url.searchParams.has('shown') ? backend.lastShownSidebarHtml() : backend.sidebarHtml();
      return sendHtml(res, 200, injectShim(html, backend.clientFunctionNames()), SIDEBAR_CSP);
    }
    const dialog = /^\/dialog\/(\d{1,6})$/.exec(path);
    if (dialog) {
      const content = backend.dialogHtml(Number(dialog[1]));
      if (content === null) return send(res, 404, 'text/plain; charset=utf-8', T.notFound);
      return sendHtml(res, 200, injectShim(content, backend.clientFunctionNames()), SIDEBAR_CSP);
    }
    if (path === OUTBOX_PATH) {
      const nonce = randomBytes(16).toString('base64');
      return sendHtml(res, 200, renderOutbox(backend.outbox(), nonce), pageCsp(nonce));
    }
    if (path === '/api/version') return sendJson(res, 200, { version: backend.version });
    if (path.startsWith('/out/')) {
      const file = backend.outputFile(decodePathPart(path.slice('/out/'.length)));
      if (!file) return send(res, 404, 'text/plain; charset=utf-8', T.notFound);
      // Generated documents are static: no script at all.
      return send(res, 200, 'text/html; charset=utf-8', file, {
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      });
    }
    // With a local file the agreements are .docx files beside it (the sidebar links same-origin /out/ only).
    if (path.startsWith('/out/') && backend.local) {
      const file = decodePathPart(path.slice('/out/'.length));
      const bytes = backend.local.readDocument(file);
      if (!bytes) return send(res, 404, 'text/plain; charset=utf-8', T.notFound);
      return send(res, 200, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes, {
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file)}`,
      });
    }
    if (path === '/favicon.ico') return send(res, 204, 'text/plain', '');
    return send(res, 404, 'text/plain; charset=utf-8', T.notFound);
  }

  if (method !== 'POST') throw new HttpError(405, 'Method not allowed');

  if (path.startsWith(RUN_PATH)) {
    const name = decodePathPart(path.slice(RUN_PATH.length));
    const args = await readJsonBody(req);
    if (!isCallableName(name) || !backend.clientFunctionNames().includes(name)) {
      throw new HttpError(404, `Script function not found: ${name}`);
    }
    if (!Array.isArray(args)) throw new HttpError(400, 'Arguments must be a JSON array');
    try {
      const value = backend.runFromClient(name, args);
      await backend.settled();
      return sendJson(res, 200, { ok: true, value: backend.localise(value) });
    } catch (error) {
      // As google.script.run: the failure handler gets an Error with the message.
      const message = error instanceof Error ? error.message : String(error);
      return sendJson(res, 500, { ok: false, error: { name: 'ScriptError', message } });
    }
  }

  if (path === TRIGGER_PATH) return sendJson(res, 200, backend.runReminderTrigger());

  if (path.startsWith('/api/menu/')) {
    const name = decodePathPart(path.slice('/api/menu/'.length));
    const body = (await readJsonBody(req)) as { answer?: unknown } | undefined;
    if (!backend.menu().some((item) => item.name === name)) throw new HttpError(404, `Menu item not found: ${name}`);
    const answer = body && typeof body === 'object' ? body.answer : undefined;
    if (answer !== undefined && answer !== null && !QUESTION_ANSWERS.includes(answer as QuestionAnswer)) throw new HttpError(400, T.badRequest);
    const outcome = backend.runMenu(name, [], (answer as QuestionAnswer | undefined) ?? null);
    await backend.settled();
    const problem = backend.saveProblem();
    return sendJson(res, 200, { ...outcome, ...(problem ? { ok: false, message: problem } : {}), version: backend.version });
  }

  if (path === '/api/filter/remove') {
    const body = (await readJsonBody(req)) as { sheet?: unknown } | undefined;
    if (!body || typeof body.sheet !== 'string' || !backend.workbook(null).sheets.some((s) => s.name === body.sheet)) {
      throw new HttpError(400, T.badRequest);
    }
    const removed = backend.removeFilter(body.sheet);
    return sendJson(res, 200, { ok: true, removed, message: removed ? T.filterRemoved : '' });
  }

  if (path === '/api/cell') {
    const body = (await readJsonBody(req)) as { sheet?: unknown; row?: unknown; col?: unknown; value?: unknown } | undefined;
    const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 1_000_000;
    if (!body || typeof body.sheet !== 'string' || !whole(body.row) || !whole(body.col) || (typeof body.value !== 'string' && typeof body.value !== 'boolean')) {
      throw new HttpError(400, T.badRequest);
    }
    if (typeof body.value === 'string' && body.value.length > 50_000) throw new HttpError(400, T.badRequest);
    const result = backend.editCell(body.sheet, body.row as number, body.col as number, body.value);
    await backend.settled();
    const problem = backend.saveProblem();
    return sendJson(res, 200, problem ? { ok: false, message: problem } : result);
  }

  if (path === '/api/select') {
    const body = (await readJsonBody(req)) as { sheet?: unknown; row?: unknown } | undefined;
    if (!body || typeof body.sheet !== 'string' || typeof body.row !== 'number' || !Number.isInteger(body.row) || body.row < 1) {
      throw new HttpError(400, T.badRequest);
    }
    backend.select(body.sheet, body.row);
    return sendJson(res, 200, { ok: true });
  }

  throw new HttpError(404, T.notFound);
}

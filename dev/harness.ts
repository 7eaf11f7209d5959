/**
 * Runs the real build/Code.js on the in-memory Apps Script fakes, in a
 * node:vm context that holds only Apps Script-like globals.
 *
 * One realm, a fixed order: the clock first, then the fakes (kept off the
 * global object; only the Apps Script globals they create are installed), then
 * the bundle, loaded from build/ by gas-local's require(folder, context,
 * { filter }) as the project's card asks. gas-local calls
 * vm.createContext(context), which for an object that is already a context
 * returns it as it is, so the bundle lands in the realm where the fakes live.
 * The bundle is evaluated again for every execution, as Apps Script does.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import vm from 'node:vm';
import gasLocal from 'gas-local';
import type { AuthModeName } from './fakes/auth';
import type { CreatedEnvironment, EnvironmentSpec, FakeEnvironment } from './fakes/index';
import type { DocumentSpec, FolderSpec, ManifestSpec, WorkbookSpec } from './fakes/spec';

export type { DocumentSpec, FakeEnvironment, FolderSpec, ManifestSpec, WorkbookSpec };

export interface LoadOptions {
  workbook?: WorkbookSpec;
  /** ISO instant; the context's `new Date()` and `Date.now()` return it. Default: the real time at load, frozen. */
  now?: string;
  authMode?: AuthModeName;
  activeSheet?: string;
  activeRange?: string;
  /** HtmlService files by name; default: build/Sidebar.html as 'Sidebar' when it exists. */
  projectFiles?: Record<string, string>;
  documents?: DocumentSpec[];
  folders?: FolderSpec[];
  properties?: EnvironmentSpec['properties'];
  userEmail?: string;
  mailQuota?: number;
  triggers?: EnvironmentSpec['triggers'];
  /** Default build/appsscript.json: its scopes are enforced on every call (a test may narrow them). */
  manifest?: ManifestSpec;
  /** Default build/Code.js. */
  bundlePath?: string;
  /** Default build/dev/gas-fakes.js. */
  fakesPath?: string;
  /**
   * Re-evaluate the bundle before every call, as Apps Script does for every
   * execution (module-level state never survives between calls). Default true.
   */
  freshExecutions?: boolean;
}

export interface LoadedBundle {
  context: vm.Context;
  env: FakeEnvironment;
  /** Calls a global entry point as Apps Script would (menu item, trigger). */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /** Calls a global function as google.script.run would. */
  callFromClient<T = unknown>(name: string, ...args: unknown[]): T;
  /**
   * Calls a global function as an add-on's time-driven trigger would: outside
   * the document (no active spreadsheet, document properties, document lock or
   * Ui), with a time-driven event object.
   */
  callFromTrigger<T = unknown>(name: string): T;
  setNow(iso: string): void;
  /** Service calls made while the bundle's top level was evaluated (must stay 0). */
  moduleScopeCalls(): number;
}

interface FakesModule {
  createEnvironment(spec: EnvironmentSpec): CreatedEnvironment;
  importValue(value: unknown): unknown;
}

const CLOCK_SOURCE = `(function () {
  'use strict';
  var RealDate = Date;
  var nowMs = RealDate.now();
  // Shares Date.prototype, so every date of this realm is instanceof Date.
  var FixedClockDate = function Date() {
    if (!new.target) return new RealDate(nowMs).toString();
    var args = arguments.length === 0 ? [nowMs] : Array.prototype.slice.call(arguments);
    return Reflect.construct(RealDate, args, new.target);
  };
  Object.setPrototypeOf(FixedClockDate, RealDate);
  FixedClockDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: FixedClockDate, writable: true, configurable: true });
  FixedClockDate.now = function now() { return nowMs; };
  Object.defineProperty(globalThis, 'Date', { value: FixedClockDate, writable: true, configurable: true, enumerable: false });
  return function setNow(ms) { nowMs = ms; };
})()`;

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'scripts', 'build.mjs'))) {
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

const scripts = new Map<string, { mtimeMs: number; script: vm.Script }>();

/** Compiles each file once per version; a vm.Script runs in any number of contexts. */
function compiled(path: string, wrap: (source: string) => string = (s) => s): vm.Script {
  if (!existsSync(path)) throw new Error(`${path} not found: run \`npm run build\` first`);
  const { mtimeMs } = statSync(path);
  const cached = scripts.get(path);
  if (cached && cached.mtimeMs === mtimeMs) return cached.script;
  const script = new vm.Script(wrap(readFileSync(path, 'utf8')), { filename: path });
  scripts.set(path, { mtimeMs, script });
  return script;
}

function scriptTimeZone(root: string): string {
  try {
    return JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')).timeZone ?? 'Europe/Stockholm';
  } catch {
    return 'Europe/Stockholm';
  }
}

/** The manifest Apps Script would run the bundle under: build/appsscript.json. */
function builtManifest(root: string): ManifestSpec {
  const path = join(root, 'build', 'appsscript.json');
  if (!existsSync(path)) throw new Error(`${path} not found: run \`npm run build\` first`);
  return JSON.parse(readFileSync(path, 'utf8')) as ManifestSpec;
}

function parseInstant(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Not an ISO instant: ${iso}`);
  return ms;
}

// --- values crossing back to the node realm -----------------------------------

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Copies realm data (arrays, plain objects, Dates) into node-realm values for jest's matchers. */
export function toHost(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isDate(value)) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map(toHost);
  if (isPlain(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) copy[key] = toHost((value as Record<string, unknown>)[key]);
    return copy;
  }
  return value;
}

/** A view of the realm's env object whose functions take node values and return node values. */
function hostView<T extends object>(target: T, importValue: (v: unknown) => unknown): T {
  const hasFunctions = (v: object) => Object.keys(v).some((k) => typeof (v as Record<string, unknown>)[k] === 'function') || !isPlain(v);
  return new Proxy(target, {
    get(t, prop) {
      const value = Reflect.get(t, prop, t);
      if (typeof value === 'function') {
        return (...args: unknown[]) => toHost(value.apply(t, args.map((a) => (typeof a === 'function' ? a : importValue(a)))));
      }
      if (value !== null && typeof value === 'object' && !Array.isArray(value) && !isDate(value) && hasFunctions(value)) {
        return hostView(value, importValue);
      }
      return toHost(value);
    },
  });
}

// --- google.script.run's rules --------------------------------------------------

function assertClientValue(value: unknown, path: string, allowUndefined: boolean): void {
  if (value === undefined) {
    if (allowUndefined) return;
    throw new Error(`google.script.run cannot transfer undefined at ${path}`);
  }
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') return;
  if (typeof value === 'function') throw new Error(`google.script.run cannot transfer a function at ${path}`);
  if (typeof value !== 'object') throw new Error(`google.script.run cannot transfer a ${typeof value} at ${path}`);
  if (isDate(value)) throw new Error(`google.script.run cannot transfer a Date at ${path} (send 'YYYY-MM-DD' strings)`);
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertClientValue(v, `${path}[${i}]`, false));
    return;
  }
  if (!isPlain(value)) throw new Error(`google.script.run cannot transfer a class instance at ${path}`);
  for (const key of Object.keys(value)) assertClientValue((value as Record<string, unknown>)[key], `${path}.${key}`, false);
}

// --- loading --------------------------------------------------------------------

export function loadBundle(options: LoadOptions = {}): LoadedBundle {
  const root = repoRoot();
  const bundlePath = options.bundlePath ?? join(root, 'build', 'Code.js');
  const fakesPath = options.fakesPath ?? join(root, 'build', 'dev', 'gas-fakes.js');
  const zone = scriptTimeZone(root);
  // Apps Script runs V8 in the project's zone: local-time Date methods follow it.
  if (process.env.TZ !== zone) process.env.TZ = zone;

  const context = vm.createContext({}, { name: 'Apps Script' });
  const setNowMs = vm.runInContext(CLOCK_SOURCE, context) as (ms: number) => void;
  if (options.now !== undefined) setNowMs(parseInstant(options.now));

  // The fakes stay local to this call: the context's globals are Apps Script's only.
  const fakes = compiled(fakesPath, (s) => `(function () {\n${s}\nreturn GasFakes;\n})()`).runInContext(context) as FakesModule;
  const sidebarPath = join(root, 'build', 'Sidebar.html');
  const projectFiles = options.projectFiles ?? (existsSync(sidebarPath) ? { Sidebar: readFileSync(sidebarPath, 'utf8') } : {});
  const created = fakes.createEnvironment({
    workbook: options.workbook,
    authMode: options.authMode,
    activeSheet: options.activeSheet,
    activeRange: options.activeRange,
    projectFiles,
    documents: options.documents,
    folders: options.folders,
    properties: options.properties,
    userEmail: options.userEmail,
    mailQuota: options.mailQuota,
    triggers: options.triggers,
    manifest: options.manifest ?? builtManifest(root),
    scriptTimeZone: zone,
  });
  for (const [name, value] of Object.entries(created.globals)) {
    Object.defineProperty(context, name, { value, writable: true, configurable: true, enumerable: false });
  }
  const env = hostView(created.env, fakes.importValue);
  if (!existsSync(bundlePath)) throw new Error(`${bundlePath} not found: run \`npm run build\` first`);
  const bundleFile = resolve(bundlePath);
  let moduleScopeCalls = 0;
  const evaluateBundle = () => {
    const before = created.env.calls.total();
    const loadedInto = gasLocal.require(dirname(bundleFile), context, { filter: (path) => resolve(path) === bundleFile });
    if (loadedInto !== context) throw new Error('gas-local evaluated the bundle outside the fakes\' realm');
    moduleScopeCalls += created.env.calls.total() - before;
  };
  evaluateBundle();
  let executions = 0;
  const fresh = options.freshExecutions ?? true;

  const execute = (name: string, args: unknown[]): unknown => {
    if (fresh && executions++ > 0) evaluateBundle();
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`${name} is not a global function of the bundle`);
    try {
      return (fn as (...a: unknown[]) => unknown)(...args);
    } finally {
      created.endExecution();
    }
  };

  return {
    context,
    env,
    call<T>(name: string, ...args: unknown[]): T {
      return toHost(execute(name, args.map((a) => fakes.importValue(a)))) as T;
    },
    callFromClient<T>(name: string, ...args: unknown[]): T {
      if (name.endsWith('_')) throw new Error(`google.script.run cannot call ${name}: functions ending in _ are private`);
      if (typeof (context as Record<string, unknown>)[name] !== 'function') throw new Error(`google.script.run: ${name} is not a server function`);
      args.forEach((a, i) => assertClientValue(a, `argument ${i}`, true));
      const realmJson = vm.runInContext('JSON', context) as JSON;
      const realmArgs = args.map((a) => (a === undefined ? undefined : realmJson.parse(JSON.stringify(a))));
      const result = execute(name, realmArgs);
      assertClientValue(result, 'result', true);
      return (result === undefined ? undefined : JSON.parse(JSON.stringify(result))) as T;
    },
    callFromTrigger<T>(name: string): T {
      const now = vm.runInContext('new Date()', context) as Date;
      const event = { authMode: 'FULL', triggerUid: 'fake-trigger', year: now.getFullYear(), month: now.getMonth() + 1, hour: now.getHours() };
      created.env.execution.set('trigger');
      try {
        return toHost(execute(name, [fakes.importValue(event)])) as T;
      } finally {
        created.env.execution.set('document');
      }
    },
    setNow(iso: string) {
      setNowMs(parseInstant(iso));
    },
    moduleScopeCalls: () => moduleScopeCalls,
  };
}

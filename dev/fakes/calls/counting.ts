/**
 * Call counting at the boundary between the script and the fakes.
 *
 * Every fake service object extends `Facade` and is handed to the script only
 * through `Tracker.expose`, which wraps it in a Proxy. The proxy:
 *  - counts each method call by service and by `Class.method`,
 *  - asks the auth gate first (AuthMode NONE/LIMITED),
 *  - unwraps proxies among the arguments (a Sheet passed to setActiveSheet),
 *  - exposes every facade it returns (builders chaining `this`, arrays of sheets),
 *  - hides instance state: only prototype methods and Upper-case own
 *    properties (enums such as SpreadsheetApp.AuthMode) are visible, as on the
 *    real service objects.
 * So the fakes themselves hold no counting code and work on raw objects.
 */

/** Base of every object a fake service hands to the script. */
export abstract class Facade {
  /** The Apps Script class name used in counters and error messages, e.g. 'Range'. */
  static gasName = 'Object';
  /** The service counted for this class; undefined inherits the caller's (a Blob from DriveApp counts as DriveApp). */
  static service: string | undefined = undefined;
  /** Methods whose arguments or results are plain values: skip the deep scan for facades (setValues of 200,000 rows). */
  static plainMethods: ReadonlySet<string> = new Set();
  /** Whether the script may set and read its own properties on the object (HtmlTemplate variables). */
  static openProperties = false;

  toString(): string {
    return (this.constructor as typeof Facade).gasName;
  }

  /** The sheet a call on this object works on, for the per-sheet counts (Sheet, Range, charts). */
  _countedSheet(): string | undefined {
    return undefined;
  }
}

export interface CallCounts {
  total(): number;
  byService(): Record<string, number>;
  byMethod(): Record<string, number>;
  /** Calls made on a Sheet, or on a Range or chart of it, by sheet name. */
  bySheet(): Record<string, number>;
  reset(): void;
}

export class CallCounter implements CallCounts {
  private count = 0;
  private services: Record<string, number> = {};
  private methods: Record<string, number> = {};
  private sheets: Record<string, number> = {};

  record(service: string, method: string, sheet?: string): void {
    this.count++;
    this.services[service] = (this.services[service] || 0) + 1;
    this.methods[method] = (this.methods[method] || 0) + 1;
    if (sheet !== undefined) this.sheets[sheet] = (this.sheets[sheet] || 0) + 1;
  }

  total(): number {
    return this.count;
  }

  byService(): Record<string, number> {
    return { ...this.services };
  }

  byMethod(): Record<string, number> {
    return { ...this.methods };
  }

  bySheet(): Record<string, number> {
    return { ...this.sheets };
  }

  reset(): void {
    this.count = 0;
    this.services = {};
    this.methods = {};
    this.sheets = {};
  }
}

export interface CallGate {
  /** Throws when the current AuthMode does not allow `Class.method`. */
  check(service: string, gasName: string, method: string): void;
}

type AnyFunction = (...args: unknown[]) => unknown;

const UNCOUNTED = new Set(['toString']);

export class Tracker {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  constructor(
    private readonly counter: CallCounter,
    private readonly gate: CallGate,
  ) {}

  /** The script-facing proxy of a facade (the same proxy every time). */
  expose<T>(target: T, inheritedService?: string): T {
    if (!(target instanceof Facade)) return target;
    const existing = this.proxies.get(target);
    if (existing) return existing as T;
    const ctor = target.constructor as typeof Facade;
    const service = ctor.service ?? inheritedService ?? ctor.gasName;
    const methods = new Map<string, AnyFunction>();
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        if (typeof prop !== 'string') return (t as never)[prop];
        const cached = methods.get(prop);
        if (cached) return cached;
        const value = (t as unknown as Record<string, unknown>)[prop];
        if (typeof value === 'function' && isPublicMethod(t, prop)) {
          const method = this.countedMethod(t, ctor, service, prop, value as AnyFunction);
          methods.set(prop, method);
          return method;
        }
        if (Object.prototype.hasOwnProperty.call(t, prop) && (/^[A-Z]/.test(prop) || (ctor.openProperties && !prop.startsWith('_')))) {
          return value;
        }
        return undefined;
      },
      has: (t, prop) => typeof prop === 'string' && (isPublicMethod(t, prop) || /^[A-Z]/.test(prop)) && prop in t,
      // Apps Script objects ignore assignments; strict-mode code must not crash either.
      set: (t, prop, value) => {
        if (ctor.openProperties && typeof prop === 'string' && !prop.startsWith('_') && !isPublicMethod(t, prop)) {
          (t as unknown as Record<string, unknown>)[prop] = value;
        }
        return true;
      },
      ownKeys: (t) => Reflect.ownKeys(t).filter((k) => typeof k === 'string' && /^[A-Z]/.test(k)),
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy as T;
  }

  /** The raw facade behind a proxy the script passed back, or the value itself. */
  unwrap<T>(value: T): T {
    if (value !== null && typeof value === 'object') {
      const target = this.targets.get(value as unknown as object);
      if (target) return target as T;
    }
    return value;
  }

  private countedMethod(target: Facade, ctor: typeof Facade, service: string, name: string, fn: AnyFunction): AnyFunction {
    const label = `${ctor.gasName}.${name}`;
    const plain = ctor.plainMethods.has(name);
    const counted = !UNCOUNTED.has(name);
    const tracker = this;
    return function gasMethod(...args: unknown[]) {
      if (counted) {
        tracker.counter.record(service, label, target._countedSheet());
        tracker.gate.check(service, ctor.gasName, name);
      }
      const result = fn.apply(target, plain ? args : args.map((a) => tracker.unwrapDeep(a, 2)));
      return plain ? result : tracker.exposeDeep(result, service, 2);
    };
  }

  private unwrapDeep(value: unknown, depth: number): unknown {
    if (Array.isArray(value) && depth > 0) return value.map((v) => this.unwrapDeep(v, depth - 1));
    return this.unwrap(value);
  }

  private exposeDeep(value: unknown, service: string, depth: number): unknown {
    if (value instanceof Facade) return this.expose(value, service);
    if (Array.isArray(value) && depth > 0) return value.map((v) => this.exposeDeep(v, service, depth - 1));
    return value;
  }
}

function isPublicMethod(target: object, prop: string): boolean {
  if (prop === 'constructor' || prop.startsWith('_')) return false;
  if (Object.prototype.hasOwnProperty.call(target, prop)) return false;
  if (prop !== 'toString' && prop in Object.prototype) return false;
  return typeof (target as Record<string, unknown>)[prop] === 'function';
}

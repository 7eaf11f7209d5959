/**
 * PropertiesService: three string-valued stores (document, user, script), with
 * Apps Script's limits (9 KB a value, 500 KB a store). The user store is the
 * current user's own. A time-driven trigger of an editor add-on has no
 * document, so no document properties (null).
 */
import { Facade } from './calls/counting';
import type { ExecutionContext } from './context';
import type { CurrentUser } from './drive/store';
import { gasError } from './errors';

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

/** Counted here on its own, not with src/'s helper: a fake that shares the code under test could share its bug. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Refuses a store that would break a limit, before anything is changed. */
function checkLimits(next: Map<string, string>): void {
  let total = 0;
  for (const [key, value] of next) {
    if (utf8Length(value) > VALUE_LIMIT_BYTES) throw gasError('Argument too large: value');
    total += utf8Length(key) + utf8Length(value);
  }
  if (total > STORE_LIMIT_BYTES) throw gasError('You have exceeded the property storage quota. Please remove some properties and try again.');
}

export type PropertyScope = 'document' | 'user' | 'script';

export class PropertyStores {
  readonly stores: Record<PropertyScope, Map<string, string>>;
  private readonly byUser = new Map<string, Map<string, string>>();

  constructor(user: CurrentUser = { email: '' }) {
    const byUser = this.byUser;
    this.stores = {
      document: new Map(),
      script: new Map(),
      // Each person who uses the workbook has their own user properties.
      get user() {
        let store = byUser.get(user.email);
        if (!store) byUser.set(user.email, (store = new Map()));
        return store;
      },
    };
  }

  snapshot(scope: PropertyScope): Record<string, string> {
    return Object.fromEntries(this.stores[scope]);
  }
}

export class FakeProperties extends Facade {
  static gasName = 'Properties';
  static service = 'PropertiesService';

  constructor(private readonly store: Map<string, string>) {
    super();
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  setProperty(key: string, value: string): this {
    if (key === null || key === undefined || key === '') throw gasError('Invalid argument: key');
    const next = new Map(this.store);
    next.set(String(key), String(value));
    checkLimits(next);
    this.store.set(String(key), String(value));
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store);
    for (const key of Object.keys(properties)) next.set(key, String(properties[key]));
    checkLimits(next);
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
    return this;
  }
  deleteProperty(key: string): this {
    this.store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
}

export class FakePropertiesService extends Facade {
  static gasName = 'PropertiesService';
  static service = 'PropertiesService';

  constructor(
    private readonly stores: PropertyStores,
    private readonly context: ExecutionContext,
  ) {
    super();
  }

  getDocumentProperties(): FakeProperties | null {
    return this.context.inTrigger ? null : new FakeProperties(this.stores.stores.document);
  }
  getUserProperties(): FakeProperties {
    return new FakeProperties(this.stores.stores.user);
  }
  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.stores.stores.script);
  }
}

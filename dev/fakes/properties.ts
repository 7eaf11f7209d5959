/** PropertiesService: three string-valued stores (document, user, script); the user store is the current user's own. */
import { Facade } from './calls/counting';
import type { CurrentUser } from './drive/store';
import { gasError } from './errors';

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
    this.store.set(String(key), String(value));
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.store.clear();
    for (const key of Object.keys(properties)) this.store.set(key, String(properties[key]));
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

  constructor(private readonly stores: PropertyStores) {
    super();
  }

  getDocumentProperties(): FakeProperties {
    return new FakeProperties(this.stores.stores.document);
  }
  getUserProperties(): FakeProperties {
    return new FakeProperties(this.stores.stores.user);
  }
  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.stores.stores.script);
  }
}

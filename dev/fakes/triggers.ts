/**
 * Installable time-driven triggers (ScriptApp, scope script.scriptapp), per
 * user: getProjectTriggers() returns only the current user's triggers of this
 * project, so another user's trigger can be neither seen nor deleted. Editor
 * add-on rules: a time-driven trigger runs at most once an hour, and an add-on
 * has at most one trigger of each type per user per document.
 */
import { Facade } from './calls/counting';
import { makeEnum } from './enums';
import { gasError, invalidArgument } from './errors';

export const EventType = makeEnum('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
export const TriggerSource = makeEnum('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');

export interface TriggerRecord {
  id: string;
  owner: string;
  handler: string;
  eventType: 'CLOCK';
  everyHours: number;
  /** The document the add-on created it in (null: created outside one). */
  documentId: string | null;
}

export interface TriggerSpec {
  owner: string;
  handler: string;
  everyHours?: number;
  documentId?: string | null;
}

/** ClockTriggerBuilder.everyHours accepts these only. */
const HOUR_STEPS = new Set([1, 2, 4, 6, 8, 12]);

export class TriggerStore {
  triggers: TriggerRecord[] = [];
  private next = 1;

  add(spec: Omit<TriggerRecord, 'id'>): TriggerRecord {
    const record = { ...spec, id: String(1000 + this.next++) };
    this.triggers.push(record);
    return record;
  }
}

/** Who is running and in which document: what the trigger rules depend on. */
export interface TriggerScope {
  user(): string;
  documentId(): string | null;
}

export class FakeTrigger extends Facade {
  static gasName = 'Trigger';
  static service = 'ScriptApp';

  constructor(readonly _record: TriggerRecord) {
    super();
  }
  getHandlerFunction(): string {
    return this._record.handler;
  }
  getEventType(): string {
    return this._record.eventType;
  }
  getTriggerSource(): string {
    return 'CLOCK';
  }
  getTriggerSourceId(): string | null {
    return null;
  }
  getUniqueId(): string {
    return this._record.id;
  }
}

export class FakeClockTriggerBuilder extends Facade {
  static gasName = 'ClockTriggerBuilder';
  static service = 'ScriptApp';

  private hours: number | null = null;

  constructor(
    private readonly store: TriggerStore,
    private readonly scope: TriggerScope,
    private readonly handler: string,
  ) {
    super();
  }

  everyHours(n: number): this {
    if (!HOUR_STEPS.has(n)) throw gasError('The value passed to everyHours must be 1, 2, 4, 6, 8 or 12.');
    this.hours = n;
    return this;
  }
  everyMinutes(_n: number): this {
    // An add-on's time-driven trigger may run at most once an hour.
    throw gasError('Add-ons may not run time-driven triggers more often than once an hour.');
  }
  create(): FakeTrigger {
    if (this.hours === null) throw gasError('Missing frequency: call everyHours() (or another schedule) before create().');
    const owner = this.scope.user();
    const documentId = this.scope.documentId();
    if (this.store.triggers.some((t) => t.owner === owner && t.documentId === documentId && t.eventType === 'CLOCK')) {
      throw gasError('This add-on has created too many time-based triggers in this document for this Google user account.');
    }
    return new FakeTrigger(this.store.add({ owner, handler: this.handler, eventType: 'CLOCK', everyHours: this.hours, documentId }));
  }
}

export class FakeTriggerBuilder extends Facade {
  static gasName = 'TriggerBuilder';
  static service = 'ScriptApp';

  constructor(
    private readonly store: TriggerStore,
    private readonly scope: TriggerScope,
    private readonly handler: string,
  ) {
    super();
  }
  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.store, this.scope, this.handler);
  }
}

/** The trigger methods of ScriptApp, mixed into FakeScriptApp. */
export class TriggerMethods {
  constructor(
    private readonly store: TriggerStore,
    private readonly scope: TriggerScope,
  ) {}

  newTrigger(functionName: string): FakeTriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') throw invalidArgument('functionName');
    return new FakeTriggerBuilder(this.store, this.scope, functionName);
  }
  getProjectTriggers(): FakeTrigger[] {
    const user = this.scope.user();
    return this.store.triggers.filter((t) => t.owner === user).map((t) => new FakeTrigger(t));
  }
  deleteTrigger(trigger: FakeTrigger): void {
    if (!(trigger instanceof FakeTrigger)) throw invalidArgument('trigger');
    const index = this.store.triggers.findIndex((t) => t.id === trigger._record.id && t.owner === this.scope.user());
    if (index < 0) throw gasError('The trigger does not exist or belongs to another user.');
    this.store.triggers.splice(index, 1);
  }
}

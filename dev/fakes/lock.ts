/**
 * LockService. One execution runs at a time in the harness, so "another
 * execution holds the lock" is simulated with env.lock.holdElsewhere(true).
 * Apps Script releases an execution's locks when it ends; the harness does too
 * and records the leak.
 */
import { Facade } from './calls/counting';
import type { ExecutionContext } from './context';
import { gasError } from './errors';

export type LockKind = 'document' | 'script' | 'user';

export interface LockEvent {
  kind: LockKind;
  action: 'acquired' | 'refused' | 'released' | 'released at end of execution';
}

export class LockState {
  private readonly heldHere = new Set<LockKind>();
  private readonly heldElsewhere = new Set<LockKind>();
  events: LockEvent[] = [];
  private acquireHooks: (() => void)[] = [];

  /** Runs `hook` once, right after the next successful acquisition (a user edits while the script holds the lock). */
  onAcquire(hook: () => void): void {
    this.acquireHooks.push(hook);
  }

  holdElsewhere(held: boolean, kind: LockKind = 'document'): void {
    if (held) this.heldElsewhere.add(kind);
    else this.heldElsewhere.delete(kind);
  }

  isHeld(kind: LockKind = 'document'): boolean {
    return this.heldHere.has(kind);
  }

  isHeldElsewhere(kind: LockKind = 'document'): boolean {
    return this.heldElsewhere.has(kind);
  }

  acquire(kind: LockKind): boolean {
    if (this.heldElsewhere.has(kind)) {
      this.events.push({ kind, action: 'refused' });
      return false;
    }
    this.heldHere.add(kind);
    this.events.push({ kind, action: 'acquired' });
    const hooks = this.acquireHooks;
    this.acquireHooks = [];
    for (const hook of hooks) hook();
    return true;
  }

  release(kind: LockKind): void {
    if (this.heldHere.delete(kind)) this.events.push({ kind, action: 'released' });
  }

  /** Called by the harness when an execution ends. */
  endExecution(): void {
    for (const kind of this.heldHere) this.events.push({ kind, action: 'released at end of execution' });
    this.heldHere.clear();
  }
}

export class FakeLock extends Facade {
  static gasName = 'Lock';
  static service = 'LockService';

  constructor(
    private readonly state: LockState,
    private readonly kind: LockKind,
  ) {
    super();
  }

  tryLock(timeoutInMillis: number): boolean {
    if (typeof timeoutInMillis !== 'number' || timeoutInMillis < 0) throw gasError('Invalid argument: timeoutInMillis');
    return this.state.isHeld(this.kind) || this.state.acquire(this.kind);
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw gasError('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    this.state.release(this.kind);
  }
  hasLock(): boolean {
    return this.state.isHeld(this.kind);
  }
}

export class FakeLockService extends Facade {
  static gasName = 'LockService';
  static service = 'LockService';

  constructor(
    private readonly state: LockState,
    private readonly context: ExecutionContext,
  ) {
    super();
  }

  /** null outside a document, as in an add-on's time-driven trigger. */
  getDocumentLock(): FakeLock | null {
    return this.context.inTrigger ? null : new FakeLock(this.state, 'document');
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this.state, 'script');
  }
  getUserLock(): FakeLock {
    return new FakeLock(this.state, 'user');
  }
}

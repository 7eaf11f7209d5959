/** A server call the sidebar must not repeat while one is still running. */
/**
 * At most one call in flight. A request made meanwhile waits; a newer one
 * replaces it (the older resolves with null, as a dropped answer), so typing
 * never piles executions up on the server (Apps Script counts simultaneous
 * executions per user).
 */
export function oneAtATime<A extends unknown[], R>(fn: (...args: A) => Promise<R | null>): (...args: A) => Promise<R | null> {
  let running = false;
  let waiting: { args: A; resolve: (result: R | null) => void } | null = null;
  const run = async (args: A): Promise<R | null> => {
    running = true;
    try {
      return await fn(...args);
    } finally {
      running = false;
      const next = waiting;
      waiting = null;
      if (next) void run(next.args).then(next.resolve);
    }
  };
  return (...args: A) => {
    if (!running) return run(args);
    waiting?.resolve(null);
    return new Promise((resolve) => (waiting = { args, resolve }));
  };
}

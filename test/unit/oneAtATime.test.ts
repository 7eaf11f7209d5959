/**
 * The overview's server filter: each answer is a whole evaluation of the
 * workbook, so the sidebar keeps at most one call in flight and, of the
 * requests made meanwhile, sends only the newest.
 */
import { oneAtATime } from '../../sidebar/oneAtATime';

function deferredServer() {
  const calls: Array<{ query: string; answer: (page: string) => void }> = [];
  const fn = (query: string) => new Promise<string | null>((resolve) => calls.push({ query, answer: resolve }));
  return { calls, fn };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('one call in flight, the newest request next', () => {
  test('typing "a", "an", "ann" while the first call runs sends "a", then only "ann"', async () => {
    const server = deferredServer();
    const call = oneAtATime(server.fn);
    const first = call('a');
    const second = call('an');
    const third = call('ann');
    expect(server.calls.map((c) => c.query)).toEqual(['a']);
    await expect(second).resolves.toBeNull();
    server.calls[0].answer('page a');
    await expect(first).resolves.toBe('page a');
    await tick();
    expect(server.calls.map((c) => c.query)).toEqual(['a', 'ann']);
    server.calls[1].answer('page ann');
    await expect(third).resolves.toBe('page ann');
  });

  test('a call after the last answer goes out at once', async () => {
    const server = deferredServer();
    const call = oneAtATime(server.fn);
    const first = call('x');
    server.calls[0].answer('page x');
    await first;
    void call('y');
    expect(server.calls.map((c) => c.query)).toEqual(['x', 'y']);
  });

  test('a failed call (null) still lets the waiting request go', async () => {
    const server = deferredServer();
    const call = oneAtATime(server.fn);
    void call('a');
    const waiting = call('b');
    server.calls[0].answer(null as unknown as string);
    await tick();
    server.calls[1].answer('page b');
    await expect(waiting).resolves.toBe('page b');
  });
});

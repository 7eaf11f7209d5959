/**
 * Heap figures for the benchmark that mean what they say. Reading heapUsed
 * before and after a run measures nothing useful: garbage from earlier work
 * collected during the run makes the difference small or negative, and the
 * peak inside a synchronous run is never seen. So: collect first (a baseline
 * of live data only), then take the peak from V8's GC profiler, which records
 * the heap just before every collection — the moments the heap is fullest —
 * and from the heap at the end of the run.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

const MB = 1048576;

/** V8's gc(), without a command-line flag (`npm run bench` runs plain `node`). */
function exposedGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

let gc: (() => void) | undefined;

/** A full collection, so that what heapUsed shows next is live data. */
export function collectGarbage(): void {
  gc ??= exposedGc();
  gc();
}

export interface HeapRun<T> {
  value: T;
  ms: number;
  /** Peak heap in use during the run above the collected baseline, in MB: live data and garbage not yet collected. */
  peakGrowthMb: number;
  /** Heap still in use after the run once garbage is collected, in MB: what the result keeps alive. */
  retainedMb: number;
}

/** Runs `fn` from a collected heap and measures its time, peak heap growth and what its result retains. */
export function measureHeap<T>(fn: () => T): HeapRun<T> {
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  const profiler = new v8.GCProfiler();
  profiler.start();
  const start = process.hrtime.bigint();
  const value = fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const atEnd = process.memoryUsage().heapUsed;
  const beforeEachGc = profiler.stop().statistics.map((gcRun) => gcRun.beforeGC.heapStatistics.usedHeapSize);
  const peak = Math.max(atEnd, ...beforeEachGc);
  collectGarbage();
  const retained = process.memoryUsage().heapUsed - baseline;
  return { value, ms, peakGrowthMb: (peak - baseline) / MB, retainedMb: retained / MB };
}

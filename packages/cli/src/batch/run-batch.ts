import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { createJobRunner, type JobEntry, type JobSpec } from './job-spec.js';

/** How a batch runs. */
export interface BatchOptions {
  /** Worker threads to use; 0 runs in this thread. Default: with three cores or more and 50 files or more, one per core beyond the first, at most 4. */
  readonly workers?: number;
  /** Called with each file's entry, in input order. */
  readonly onEntry: (entry: JobEntry, index: number) => void | Promise<void>;
  /** Called after each entry with how many are done (and, once all names are known, how many in all). */
  readonly onProgress?: (done: number, total: number | null) => void;
}

const IN_FLIGHT_PER_WORKER = 4;
const IN_THREAD_CONCURRENCY = 8;
const WORKER_THRESHOLD = 50;

/**
 * A worker thread running the script beside this module. Built, that is `batch-worker.js`. From
 * source (`pnpm nianbao`, through tsx) it is `batch-worker.ts`, and the worker must register tsx's
 * loader itself: module hooks do not reach worker threads on Node 20.
 */
function startWorker(spec: JobSpec): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./batch-worker.js', import.meta.url), { workerData: spec });
  const script = new URL('./batch-worker.ts', import.meta.url).href;
  const bootstrap = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(script)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData: spec });
}

/**
 * Runs a job over a stream of files and hands back entries in input order. At most a few files
 * per worker are in flight, so memory stays flat however many thousands of files there are.
 */
export async function runBatch(files: AsyncIterable<string>, spec: JobSpec, options: BatchOptions): Promise<number> {
  const iterator = files[Symbol.asyncIterator]();
  // Look ahead to decide between threads and workers without holding the whole list.
  const head: string[] = [];
  let exhausted = false;
  while (head.length < WORKER_THRESHOLD) {
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    head.push(next.value);
  }
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // The main thread reads files and writes results; workers pay off only with a core to spare
  // beside it and another: on two cores one worker was measured no faster than none.
  const workerCount = options.workers ?? (exhausted || cores < 3 ? 0 : Math.min(4, cores - 1));

  let total: number | null = exhausted ? head.length : null;
  let nextIndex = 0;
  async function nextFile(): Promise<{ file: string; index: number } | null> {
    if (nextIndex < head.length) return { file: head[nextIndex]!, index: nextIndex++ };
    if (exhausted) return null;
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      total = nextIndex;
      return null;
    }
    return { file: next.value, index: nextIndex++ };
  }

  // Entries arrive out of order; hand them on in order.
  const waiting = new Map<number, JobEntry>();
  let emitted = 0;
  async function deliver(index: number, entry: JobEntry): Promise<void> {
    waiting.set(index, entry);
    while (waiting.has(emitted)) {
      const ready = waiting.get(emitted)!;
      waiting.delete(emitted);
      await options.onEntry(ready, emitted);
      emitted++;
      options.onProgress?.(emitted, total);
    }
  }

  if (workerCount === 0) {
    const run = createJobRunner(spec);
    const lane = async () => {
      for (let item = await nextFile(); item; item = await nextFile()) await deliver(item.index, await run(item.file));
    };
    await Promise.all(Array.from({ length: IN_THREAD_CONCURRENCY }, lane));
    return emitted;
  }

  const workers = Array.from({ length: workerCount }, () => startWorker(spec));
  try {
    await Promise.all(
      workers.map(async (worker) => {
        const pending = new Map<number, (entry: JobEntry) => void>();
        worker.on('message', ({ id, entry }: { id: number; entry: JobEntry }) => pending.get(id)?.(entry));
        const failed = new Promise<never>((_, reject) => worker.once('error', reject));
        failed.catch(() => undefined);
        // A few files in flight per worker keeps it busy while this thread writes results.
        const lane = async () => {
          for (let item = await nextFile(); item; item = await nextFile()) {
            const result = new Promise<JobEntry>((resolve) => pending.set(item!.index, resolve));
            worker.postMessage({ id: item.index, file: item.file });
            const entry = await Promise.race([result, failed]);
            pending.delete(item.index);
            await deliver(item.index, entry);
          }
        };
        await Promise.all(Array.from({ length: IN_FLIGHT_PER_WORKER }, lane));
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return emitted;
}

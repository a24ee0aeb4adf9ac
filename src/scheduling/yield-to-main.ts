/**
 * Lets the browser handle input and paint between slices of long work
 * (parsing and indexing a large catalogue), so typing is never blocked.
 */

/** Work is cut into slices of about this long; far below the 50 ms of a "long task". */
export const SLICE_MS = 8;

interface Scheduler {
  yield(): Promise<void>;
}

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * Resolves in a new task. `scheduler.yield()` where it exists; otherwise a
 * message, because nested `setTimeout(0)` is clamped to 4 ms and hundreds of
 * slices would waste seconds.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel!.port2.postMessage(0);
  });
}

/**
 * Resolves after the next frame is painted, in a task of background priority
 * where the browser has them (input and other work go first); at the latest
 * after `wait` ms, as in a hidden page, which draws no frames. The wait is long
 * enough that a busy page's late frame still comes first: drawing the rest
 * before it would only delay the results the person is waiting to see.
 */
export function afterNextPaint(wait = 250): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, wait);
    requestAnimationFrame(() => {
      // Posted from an animation frame, a task runs after that frame's rendering.
      const scheduler = (globalThis as { scheduler?: { postTask?(f: () => void, o: object): unknown } }).scheduler;
      if (scheduler?.postTask) void scheduler.postTask(resolve, { priority: 'background' });
      else setTimeout(resolve);
    });
  });
}

/** Calls `yieldToMain()` only once a slice has run for `SLICE_MS`, so small jobs finish in one task. */
export function createSlicer(signal?: AbortSignal): () => Promise<void> | undefined {
  let start = performance.now();
  return () => {
    if (performance.now() - start < SLICE_MS) return undefined;
    return yieldToMain().then(() => {
      signal?.throwIfAborted();
      start = performance.now();
    });
  };
}

/** Background work that a newer request cancels. */
export interface Job {
  abort: AbortController;
  done: Promise<void>;
}

/**
 * Starts `work` with a signal a newer request aborts. A failure is reported
 * in the console (naming `what`) unless the work was cancelled, since an
 * abandoned search rejects by design; `settled` runs either way.
 */
export function startJob(what: string, work: (signal: AbortSignal) => Promise<void>, settled: (job: Job) => void): Job {
  const abort = new AbortController();
  const job: Job = {
    abort,
    done: work(abort.signal)
      .catch((error) => {
        if (!abort.signal.aborted) console.error(`Support Finder: ${what} failed:`, error);
      })
      .finally(() => settled(job)),
  };
  return job;
}

/** Runs work written as steps (a generator that yields between them) to the end, without pausing. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs work written as steps, pausing between them whenever a slice has run its time. */
export async function runInSlices<T>(steps: Generator<void, T>, pause: () => Promise<void> | undefined): Promise<T> {
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await pause();
    }
  } finally {
    // When a pause throws (aborted), the generator's own `finally` blocks still run.
    steps.return(undefined as T);
  }
}

// Starts a job in a worker thread (long work off the thread that answers the API, design.md §11) or inline
// (small inputs, where starting a thread costs more than the work). Both speak job-channel.ts's messages.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FromJob, JobBody, ToJob } from './job-channel';
import { Credit, errorOut, Inbox } from './job-channel';

export type JobName = 'import' | 'preview' | 'reproject';

export interface JobHandle<M> {
  messages: AsyncIterable<M>;
  /** The caller is done with one message: the job may post another. */
  ack(): void;
  /** Stops the job; its messages end with an error. */
  cancel(): Promise<void>;
}

export class JobCancelled extends Error {
  constructor() {
    super('job cancelled');
  }
}

const here = fileURLToPath(import.meta.url);

/**
 * A worker thread running job `name` on `input`. From a bundle (dist/cli/roadgis.mjs, dist/electron/main.cjs)
 * the entry is the sibling `jobs-worker.mjs|cjs` the build writes; from the TypeScript sources (tests,
 * `npm run serve`) it is worker-main.ts, loaded through tsx.
 */
export function startWorker(name: JobName, input: unknown): Worker {
  const workerData = { job: name, input };
  if (!here.endsWith('.ts')) {
    return new Worker(path.join(path.dirname(here), `jobs-worker${path.extname(here)}`), { workerData });
  }
  const entry = pathToFileURL(path.join(path.dirname(here), 'worker-main.ts')).href;
  // require.resolve finds the package's CommonJS build; the worker boots through its ES module twin.
  const api = createRequire(here)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/u, '.mjs');
  const tsx = pathToFileURL(api).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

export function runInWorker<I, M>(name: JobName, input: I): JobHandle<M> {
  const inbox = new Inbox<M>();
  const worker = startWorker(name, input);
  let finished = false;
  worker.on('message', (m: FromJob<M>) => {
    if (m.kind !== 'message') finished = true;
    inbox.push(m);
    if (m.kind !== 'message') void worker.terminate();
  });
  worker.on('error', (e) => {
    finished = true;
    inbox.push(errorOut(e));
  });
  worker.on('exit', (code) => {
    if (!finished) inbox.push(errorOut(new Error(`the ${name} worker stopped (exit code ${code})`)));
    finished = true;
  });
  return {
    messages: inbox,
    ack: () => worker.postMessage({ kind: 'ack' } satisfies ToJob),
    cancel: async () => {
      if (!finished) inbox.push(errorOut(new JobCancelled()));
      finished = true;
      await worker.terminate();
    },
  };
}

/**
 * Job `name` (whose body is `body`) on a worker thread when `onWorker`, else inline. The worker runs the same
 * body, found by name in worker-main.ts.
 */
export function runJob<I, M>(name: JobName, body: JobBody<I, M>, input: I, onWorker: boolean): JobHandle<M> {
  return onWorker ? runInWorker<I, M>(name, input) : runInline(body, input);
}

/** The same job on this thread, yielding to the event loop after every message. */
export function runInline<I, M>(body: JobBody<I, M>, input: I): JobHandle<M> {
  const inbox = new Inbox<M>();
  const credit = new Credit();
  let cancelled = false;
  const port = {
    async post(message: M): Promise<void> {
      if (cancelled) throw new JobCancelled();
      await credit.take();
      inbox.push({ kind: 'message', message });
      await new Promise((r) => setImmediate(r));
      if (cancelled) throw new JobCancelled();
    },
  };
  void body(input, port).then(
    () => inbox.push({ kind: 'done' }),
    (e: unknown) => inbox.push(errorOut(e)),
  );
  return {
    messages: inbox,
    ack: () => credit.give(),
    cancel: async () => {
      cancelled = true;
      credit.give();
    },
  };
}

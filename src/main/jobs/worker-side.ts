// The worker thread's half of job-channel.ts: runs one job body on workerData and posts its messages.
import { parentPort, workerData } from 'node:worker_threads';
import type { FromJob, JobBody, ToJob } from './job-channel';
import { Credit, errorOut } from './job-channel';

export function serveJob<I, M>(body: JobBody<I, M>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJob runs only inside a worker thread');
  const credit = new Credit();
  const onMessage = (m: ToJob) => {
    if (m.kind === 'ack') credit.give();
  };
  port.on('message', onMessage);
  const send = (m: FromJob<M>, transfer?: ArrayBuffer[]) => port.postMessage(m, transfer);
  body((workerData as { input: I }).input, {
    async post(message, transfer) {
      await credit.take();
      send({ kind: 'message', message }, transfer);
    },
  })
    .then(
      () => send({ kind: 'done' }),
      (e: unknown) => send(errorOut(e)),
    )
    .finally(() => port.off('message', onMessage));
}

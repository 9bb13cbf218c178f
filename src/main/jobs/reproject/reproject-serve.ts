// Worker side of the reprojector: transforms each coordinate array it is sent, in place, and sends it back.
import { parentPort, workerData } from 'node:worker_threads';
import { transformCoords } from '../../../domain/location/transform';
import type { ReprojectReply, ReprojectRequest } from './reprojector';

export function serveReprojection(): void {
  const port = parentPort;
  if (!port) throw new Error('serveReprojection runs only inside a worker thread');
  const { from, to } = (workerData as { input: { from: string; to: string } }).input;
  port.on('message', ({ id, coords }: ReprojectRequest) => {
    let reply: ReprojectReply;
    try {
      transformCoords(coords, from, to);
      reply = { id, coords };
    } catch (e) {
      reply = { id, error: (e as Error).message };
    }
    port.postMessage(reply, 'coords' in reply ? [reply.coords.buffer as ArrayBuffer] : []);
  });
}

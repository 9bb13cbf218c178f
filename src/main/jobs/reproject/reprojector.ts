// Reprojects coordinate arrays for a streaming export: in a worker thread, so that reading and writing the next
// pages overlaps with the arithmetic (about 1 µs per point in proj4), or inline for small exports.
import { transformCoords } from '../../../domain/location/transform';
import { startWorker } from '../job-runner';

export interface ReprojectRequest {
  id: number;
  coords: Float64Array;
}

export type ReprojectReply = { id: number; coords: Float64Array } | { id: number; error: string };

export interface Reprojector {
  /** The same coordinates in the target CRS (the array passed in may be moved to another thread). */
  reproject(coords: Float64Array): Promise<Float64Array>;
  close(): Promise<void>;
}

export function reprojectInline(from: string, to: string): Reprojector {
  return {
    reproject: async (coords) => {
      transformCoords(coords, from, to);
      return coords;
    },
    close: async () => {},
  };
}

export function reprojectInWorker(from: string, to: string): Reprojector {
  const worker = startWorker('reproject', { from, to });
  const waiting = new Map<number, { resolve: (c: Float64Array) => void; reject: (e: Error) => void }>();
  let next = 0;
  const failAll = (e: Error) => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.on('message', (reply: ReprojectReply) => {
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ('error' in reply) w?.reject(new Error(reply.error));
    else w?.resolve(reply.coords);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the reprojection worker stopped (exit code ${code})`)));
  return {
    reproject: (coords) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, coords } satisfies ReprojectRequest, [coords.buffer as ArrayBuffer]);
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}

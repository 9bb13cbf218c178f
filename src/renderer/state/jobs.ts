// Long jobs (import, export) this window started: each has a client-chosen id, and its progress as the
// service reports it through job.progress events.
import type { ReadonlySignal } from '@preact/signals';
import { signal } from '@preact/signals';
import type { ApiEvents } from '../../api/contract';

export type JobProgress = Omit<ApiEvents['job.progress'], 'jobId'>;

export interface JobsState {
  /** Running jobs by id; null until the first progress event. */
  running: ReadonlySignal<ReadonlyMap<string, JobProgress | null>>;
  start(): string;
  finish(jobId: string): void;
  progressed(event: ApiEvents['job.progress']): void;
}

export function createJobs(newId: () => string = () => crypto.randomUUID()): JobsState {
  const running = signal<ReadonlyMap<string, JobProgress | null>>(new Map());
  const update = (change: (next: Map<string, JobProgress | null>) => void) => {
    const next = new Map(running.value);
    change(next);
    running.value = next;
  };
  return {
    running,
    start() {
      const id = newId();
      update((m) => m.set(id, null));
      return id;
    },
    finish(jobId) {
      update((m) => m.delete(jobId));
    },
    progressed({ jobId, phase, done, total }) {
      // Other windows' jobs are theirs to show.
      if (running.value.has(jobId)) update((m) => m.set(jobId, { phase, done, total }));
    },
  };
}

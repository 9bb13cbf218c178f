// The messages between a job and the service that started it, the same whether the job runs in a worker thread
// or inline: the job posts messages, and waits while WINDOW of them are unacknowledged, so a job that
// prepares faster than the caller writes cannot fill memory.
import type { DomainErrorBody } from '../../domain/errors';
import { DomainError, isDomainErrorBody } from '../../domain/errors';

export const WINDOW = 3;

/** What a job body sees: post a message (with buffers to move, not copy) and wait for room. */
export interface JobPort<M> {
  post(message: M, transfer?: ArrayBuffer[]): Promise<void>;
}

export type JobBody<I, M> = (input: I, port: JobPort<M>) => Promise<void>;

/** Job → caller. */
export type FromJob<M> =
  | { kind: 'message'; message: M }
  | { kind: 'done' }
  | { kind: 'error'; error: DomainErrorBody | { message: string; stack?: string } };

/** Caller → job. */
export type ToJob = { kind: 'ack' };

export function errorOut(e: unknown): FromJob<never> {
  if (e instanceof DomainError) return { kind: 'error', error: e.toBody() };
  const err = e instanceof Error ? e : new Error(String(e));
  return { kind: 'error', error: { message: err.message, ...(err.stack ? { stack: err.stack } : {}) } };
}

/** The job's error as the caller throws it: a domain error stays one (kind, code, params), anything else an Error. */
export function errorIn(error: Extract<FromJob<never>, { kind: 'error' }>['error']): Error {
  if (isDomainErrorBody(error)) return DomainError.fromBody(error);
  const e = new Error(error.message);
  if (error.stack) e.stack = error.stack;
  return e;
}

/** Counts unacknowledged messages; post() waits while the window is full. */
export class Credit {
  private outstanding = 0;
  private waiting: Array<() => void> = [];

  async take(): Promise<void> {
    while (this.outstanding >= WINDOW) await new Promise<void>((r) => this.waiting.push(r));
    this.outstanding++;
  }

  give(): void {
    this.outstanding--;
    this.waiting.shift()?.();
  }
}

/** A queue the caller reads with for-await; the job side pushes into it. */
export class Inbox<M> implements AsyncIterable<M> {
  private items: FromJob<M>[] = [];
  private wake: (() => void) | null = null;

  push(item: FromJob<M>): void {
    this.items.push(item);
    this.wake?.();
    this.wake = null;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<M> {
    for (;;) {
      while (!this.items.length) await new Promise<void>((r) => (this.wake = r));
      const item = this.items.shift()!;
      if (item.kind === 'done') return;
      if (item.kind === 'error') throw errorIn(item.error);
      yield item.message;
    }
  }
}

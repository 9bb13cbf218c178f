import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpClient } from './http-client';

/** Stands in for the browser's EventSource: records listeners and whether the stream is open. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  readonly listeners = new Map<string, Set<(m: { data: string }) => void>>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(event: string, l: (m: { data: string }) => void) {
    this.listeners.set(event, (this.listeners.get(event) ?? new Set()).add(l));
  }
  removeEventListener(event: string, l: (m: { data: string }) => void) {
    this.listeners.get(event)?.delete(l);
  }
  close() {
    this.closed = true;
  }
  send(event: string, payload: unknown) {
    for (const l of this.listeners.get(event) ?? []) l({ data: JSON.stringify(payload) });
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeEventSource.opened = [];
});

describe('createHttpClient events', () => {
  it('shares one stream between listeners and closes it when the last one leaves', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const client = createHttpClient('http://127.0.0.1:5170');
    const seen: number[] = [];
    const offChanged = client.onEvent('project.changed', (p) => seen.push(p.seq));
    const offProgress = client.onEvent('job.progress', () => {});
    expect(FakeEventSource.opened.map((s) => s.url)).toEqual(['http://127.0.0.1:5170/api/events']);
    const stream = FakeEventSource.opened[0]!;

    stream.send('project.changed', { seq: 4, layers: ['roads'] });
    offChanged();
    offChanged();
    stream.send('project.changed', { seq: 5, layers: ['roads'] });
    expect(seen).toEqual([4]);
    expect(stream.closed).toBe(false);

    offProgress();
    expect(stream.closed).toBe(true);

    // Listening again opens a new stream.
    const offAgain = client.onEvent('project.changed', (p) => seen.push(p.seq));
    expect(FakeEventSource.opened).toHaveLength(2);
    offAgain();
  });
});

// A RoadGisClient for component tests: answers from the handlers a test gives, records every call, and lets
// the test send service events. A method without a handler fails loudly (an unexpected call is a bug).
import type {
  ApiEvents,
  EventName,
  MethodInput,
  MethodName,
  MethodOutput,
  RoadGisClient,
} from '../../api/contract';
import { ApiError } from '../../api/errors';

export type FakeHandlers = {
  [M in MethodName]?: (input: MethodInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export interface FakeClient {
  client: RoadGisClient;
  /** Every call, in order. */
  calls: Array<{ method: MethodName; input: unknown }>;
  inputsOf<M extends MethodName>(method: M): Array<MethodInput<M>>;
  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void;
  /** How many listeners are subscribed (to one event, or to all). */
  listenerCount(event?: EventName): number;
}

export function fakeClient(handlers: FakeHandlers): FakeClient {
  const calls: FakeClient['calls'] = [];
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const client: RoadGisClient = {
    async call(method, input) {
      calls.push({ method, input });
      const handler = handlers[method] as ((i: typeof input) => unknown) | undefined;
      if (!handler) throw new ApiError('UNKNOWN_METHOD', `the fake client has no handler for ${method}`);
      return (await handler(input)) as MethodOutput<typeof method>;
    },
    onEvent(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const l = listener as (payload: never) => void;
      set.add(l);
      return () => set.delete(l);
    },
  };
  return {
    client,
    calls,
    inputsOf: <M extends MethodName>(method: M) =>
      calls.filter((c) => c.method === method).map((c) => c.input as MethodInput<M>),
    emit(event, payload) {
      for (const l of listeners.get(event) ?? []) (l as (p: typeof payload) => void)(payload);
    },
    listenerCount(event) {
      const sets = event ? [listeners.get(event)] : [...listeners.values()];
      return sets.reduce((n, s) => n + (s?.size ?? 0), 0);
    },
  };
}

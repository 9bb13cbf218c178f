// A tiny typed event hub: services emit, hosts forward to their clients (IPC, server-sent events).
import type { ApiEvents, EventName } from '../../api/contract';

type Listener<E extends EventName> = (payload: ApiEvents[E]) => void;

export class ServiceEvents {
  private listeners = new Map<EventName, Set<Listener<EventName>>>();

  on<E extends EventName>(event: E, listener: Listener<E>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as Listener<EventName>);
    return () => set.delete(listener as Listener<EventName>);
  }

  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void {
    for (const l of this.listeners.get(event) ?? []) l(payload);
  }
}

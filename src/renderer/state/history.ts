// What undo and redo would do now, and the actions themselves. The map and the identify panel follow the
// project.changed event an undo causes; nothing here reloads them.
import type { ReadonlySignal } from '@preact/signals';
import { signal } from '@preact/signals';
import type { MethodOutput, RoadGisClient } from '../../api/contract';
import type { StatusState } from './status';

export type HistoryInfo = MethodOutput<'history.state'>;

export interface HistoryState {
  state: ReadonlySignal<HistoryInfo | null>;
  /** An undo or redo is on its way (the buttons wait for it). */
  busy: ReadonlySignal<boolean>;
  refresh(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export function createHistory(client: RoadGisClient, status: StatusState): HistoryState {
  const state = signal<HistoryInfo | null>(null);
  const busy = signal(false);
  // Answers can cross (an event's refresh and an undo's own answer): only the latest request's answer lands.
  let latest = 0;
  const land = async (request: Promise<HistoryInfo>) => {
    const mine = ++latest;
    const next = await request;
    if (mine === latest) state.value = next;
  };
  const reverse = async (method: 'history.undo' | 'history.redo') => {
    if (busy.value) return;
    busy.value = true;
    try {
      await land(client.call(method, {}));
    } catch (e) {
      status.fail(e);
    } finally {
      busy.value = false;
    }
  };
  return {
    state,
    busy,
    refresh: () => land(client.call('history.state', {})).catch(status.fail),
    undo: () => reverse('history.undo'),
    redo: () => reverse('history.redo'),
  };
}

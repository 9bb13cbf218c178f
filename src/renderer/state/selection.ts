// The feature the identify panel shows: picked on the map, fetched through the API, and fetched again when
// the project says its layer changed (so an undo shows the restored values at once).
import type { ReadonlySignal } from '@preact/signals';
import { signal } from '@preact/signals';
import type { RoadGisClient } from '../../api/contract';
import { ApiError } from '../../api/errors';
import type { LayerName } from '../../domain/assets/layers';
import type { StatusState } from './status';

export type Selection =
  | { kind: 'none' }
  /** A click that met no feature. */
  | { kind: 'nothing-here' }
  | {
      kind: 'feature';
      layer: LayerName;
      uid: string;
      properties: Record<string, unknown>;
      /** Moves each time the feature is fetched again, so its history is read again too. */
      version: number;
    };

export interface SelectionState {
  current: ReadonlySignal<Selection>;
  identify(hit: { layer: LayerName; uid: string } | null): Promise<void>;
  /** After project.changed: fetch the shown feature again if its layer is among the changed ones. */
  changed(layers: readonly LayerName[]): Promise<void>;
}

export function createSelection(client: RoadGisClient, status: StatusState): SelectionState {
  const current = signal<Selection>({ kind: 'none' });
  let latest = 0;
  let version = 0;
  const fetch = async (layer: LayerName, uid: string) => {
    const mine = ++latest;
    try {
      const f = await client.call('features.get', { layer, uid });
      if (mine === latest)
        current.value = { kind: 'feature', layer, uid, properties: f.properties, version: ++version };
    } catch (e) {
      if (mine !== latest) return;
      // Gone (an undone insert, a delete): nothing is selected any more.
      if (e instanceof ApiError && e.code === 'NOT_FOUND') current.value = { kind: 'none' };
      else status.fail(e);
    }
  };
  return {
    current,
    async identify(hit) {
      if (!hit) {
        latest++;
        current.value = { kind: 'nothing-here' };
        return;
      }
      await fetch(hit.layer, hit.uid);
    },
    async changed(layers) {
      const s = current.value;
      if (s.kind === 'feature' && layers.includes(s.layer)) await fetch(s.layer, s.uid);
    },
  };
}

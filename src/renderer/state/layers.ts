// The asset layers as the map should show them: a revision per layer that moves when the project says the
// layer changed (the map reloads it), and the feature counts the map reports once it has drawn them.
import type { ReadonlySignal } from '@preact/signals';
import { computed, signal } from '@preact/signals';
import type { LayerName } from '../../domain/assets/layers';
import { LAYER_NAMES } from '../../domain/assets/layers';

export type LayerCounts = Partial<Record<LayerName, number>>;

export interface LayersState {
  revisions: ReadonlySignal<Readonly<Record<LayerName, number>>>;
  counts: ReadonlySignal<LayerCounts>;
  /** Every layer has been drawn at least once. */
  allLoaded: ReadonlySignal<boolean>;
  changed(layers: readonly LayerName[]): void;
  setCount(layer: LayerName, count: number): void;
}

export function createLayers(): LayersState {
  const revisions = signal(Object.fromEntries(LAYER_NAMES.map((l) => [l, 0])) as Record<LayerName, number>);
  const counts = signal<LayerCounts>({});
  return {
    revisions,
    counts,
    allLoaded: computed(() => LAYER_NAMES.every((l) => counts.value[l] !== undefined)),
    changed(layers) {
      const next = { ...revisions.value };
      for (const l of layers) next[l] += 1;
      revisions.value = next;
    },
    setCount(layer, count) {
      counts.value = { ...counts.value, [layer]: count };
    },
  };
}

export function totalCount(counts: LayerCounts): number {
  return LAYER_NAMES.reduce((sum, l) => sum + (counts[l] ?? 0), 0);
}

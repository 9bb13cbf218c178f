// What the map reports (pointer position, the box in view, whether it has drawn the project) and what it is
// asked to show besides the project (an import's preview features).
import type { ReadonlySignal } from '@preact/signals';
import { signal } from '@preact/signals';
import type { Feature } from '../../api/contract';

/** [west, south, east, north] in EPSG:4326. */
export type Bbox = [number, number, number, number];

export interface MapState {
  /** Longitude, latitude under the pointer (EPSG:4326), null when the pointer is off the map. */
  pointer: ReadonlySignal<[number, number] | null>;
  viewBox: ReadonlySignal<Bbox | null>;
  /** Features of a file being imported, drawn dashed over the map; null when there is none. */
  preview: ReadonlySignal<readonly Feature[] | null>;
  /** The basemap is loaded and the view fitted to the project. */
  drawn: ReadonlySignal<boolean>;
  pointerAt(lonLat: [number, number] | null): void;
  viewed(box: Bbox): void;
  showPreview(features: readonly Feature[] | null): void;
  markDrawn(): void;
}

export function createMapState(): MapState {
  const pointer = signal<[number, number] | null>(null);
  const viewBox = signal<Bbox | null>(null);
  const preview = signal<readonly Feature[] | null>(null);
  const drawn = signal(false);
  return {
    pointer,
    viewBox,
    preview,
    drawn,
    pointerAt: (p) => (pointer.value = p),
    viewed: (box) => (viewBox.value = box),
    showPreview: (features) => (preview.value = features),
    markDrawn: () => (drawn.value = true),
  };
}

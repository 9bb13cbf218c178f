// The bottom bar: what just happened, how many features each layer has, and the pointer's coordinates.
import { LAYER_NAMES, LAYERS } from '../../../domain/assets/layers';
import { useApp, useTexts } from '../../state/app-context';
import { pointerText } from './pointer-text';

export function StatusBar() {
  const app = useApp();
  const m = useTexts();
  const line = app.status.line.value;
  const counts = app.layers.counts.value;
  const pointer = app.map.pointer.value;
  const crs = app.project.info.value?.workingCrs ?? 'EPSG:4326';
  const known = LAYER_NAMES.filter((l) => counts[l] !== undefined);
  const text = line?.text(m) ?? '';
  return (
    <footer class="statusbar">
      {/* A long message (the files an export wrote) is cut to fit; its title holds all of it. */}
      <span id="status" class={line?.error ? 'error' : undefined} role="status" title={text || undefined}>
        {text}
      </span>
      <span id="layer-counts" title={m.layerCounts}>
        {known
          .map((l) => `${LAYERS[l][m.lang]} ${(counts[l] ?? 0).toLocaleString(app.language.locale.value)}`)
          .join(' · ')}
      </span>
      <span id="coords">{pointer ? pointerText(pointer, crs) : ''}</span>
    </footer>
  );
}

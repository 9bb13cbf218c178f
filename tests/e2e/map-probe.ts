// Reads the live OpenLayers map the renderer exposes as window.roadgisMap: feature counts per layer.
import type { Page } from '@playwright/test';

export function layerCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    type Layer = { get(k: string): unknown; getSource(): { getFeatures(): unknown[] } | null };
    const map = (window as unknown as { roadgisMap: { getLayers(): { getArray(): Layer[] } } }).roadgisMap;
    return Object.fromEntries(
      map
        .getLayers()
        .getArray()
        .map((l) => [String(l.get('layerName')), l.getSource()?.getFeatures().length ?? 0]),
    );
  });
}

// Reads the live OpenLayers map the renderer exposes as window.roadgisMap: feature counts per layer, where a
// feature is on screen, and one feature's attributes as drawn.
import { expect } from '@playwright/test';
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

/** Opens the app and waits until it is ready and OpenLayers has rendered the fitted view. */
export async function waitForMap(page: Page, url = '/'): Promise<void> {
  // Make a failure explain itself: page errors and renderer crashes go to the test output.
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  page.on('crash', () => console.log('the Chromium renderer crashed'));
  await page.goto(url);
  await expect(page.locator('body[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (
          window as unknown as { roadgisMap: { once(e: string, cb: () => void): void; render(): void } }
        ).roadgisMap;
        map.once('rendercomplete', () => resolve());
        map.render();
      }),
  );
}

type Olish = {
  getLayers(): {
    getArray(): Array<{
      get(k: string): unknown;
      getSource(): {
        getFeatures(): Array<{
          getId(): unknown;
          get(k: string): unknown;
          getGeometry(): { getCoordinates(): number[] };
        }>;
      };
    }>;
  };
  getPixelFromCoordinate(c: number[]): number[];
  getTargetElement(): HTMLElement;
};

/** Screen pixel, uid and name of the first feature of a layer, read from the live OpenLayers map. */
export async function pixelOfFirst(
  page: Page,
  layerName: string,
): Promise<{ x: number; y: number; name: string; uid: string }> {
  return page.evaluate((name) => {
    const map = (window as unknown as { roadgisMap: Olish }).roadgisMap;
    const layer = map
      .getLayers()
      .getArray()
      .find((l) => l.get('layerName') === name)!;
    const feature = layer.getSource().getFeatures()[0]!;
    const [x, y] = map.getPixelFromCoordinate(feature.getGeometry().getCoordinates());
    const box = map.getTargetElement().getBoundingClientRect();
    return {
      x: box.left + x!,
      y: box.top + y!,
      name: String(feature.get('name')),
      uid: String(feature.getId()),
    };
  }, layerName);
}

/** One attribute of a feature as the map has it drawn. */
export function drawnAttribute(
  page: Page,
  layerName: string,
  uid: string,
  attribute: string,
): Promise<unknown> {
  return page.evaluate(
    ([name, id, key]) => {
      const map = (window as unknown as { roadgisMap: Olish }).roadgisMap;
      const layer = map
        .getLayers()
        .getArray()
        .find((l) => l.get('layerName') === name)!;
      return (
        layer
          .getSource()
          .getFeatures()
          .find((f) => f.getId() === id)
          ?.get(key) ?? null
      );
    },
    [layerName, uid, attribute] as const,
  );
}

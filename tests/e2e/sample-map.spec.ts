// A road engineer opens the sample province in a browser: the map shows roads, bridges and culverts; clicking
// a bridge shows its attributes in Vietnamese; switching to English relabels them.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { layerCounts } from './map-probe';

const artifacts = path.resolve(import.meta.dirname, '../artifacts');

async function waitForMap(page: Page) {
  // Make a failure explain itself: page errors and renderer crashes go to the test output.
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  page.on('crash', () => console.log('the Chromium renderer crashed'));
  await page.goto('/');
  await expect(page.locator('body[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  // Let OpenLayers finish rendering the fitted view.
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

/** Screen pixel of the first feature of a layer, read from the live OpenLayers map. */
async function pixelOfFirst(page: Page, layerName: string): Promise<{ x: number; y: number; name: string }> {
  return page.evaluate((name) => {
    type Olish = {
      getLayers(): {
        getArray(): Array<{
          get(k: string): unknown;
          getSource(): {
            getFeatures(): Array<{ get(k: string): unknown; getGeometry(): { getCoordinates(): number[] } }>;
          };
        }>;
      };
      getPixelFromCoordinate(c: number[]): number[];
      getTargetElement(): HTMLElement;
    };
    const map = (window as unknown as { roadgisMap: Olish }).roadgisMap;
    const layer = map
      .getLayers()
      .getArray()
      .find((l) => l.get('layerName') === name)!;
    const feature = layer.getSource().getFeatures()[0]!;
    const [x, y] = map.getPixelFromCoordinate(feature.getGeometry().getCoordinates());
    const box = map.getTargetElement().getBoundingClientRect();
    return { x: box.left + x!, y: box.top + y!, name: String(feature.get('name')) };
  }, layerName);
}

test('the sample province shows roads, bridges and culverts, and identify speaks Vietnamese', async ({
  page,
}) => {
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/iu.test(m.text())) cspViolations.push(m.text());
  });
  await waitForMap(page);

  const counts = await layerCounts(page);
  expect(counts.roads).toBe(9);
  expect(counts.bridges).toBeGreaterThan(24);
  expect(counts.culverts).toBeGreaterThan(48);
  await expect(page.locator('#status')).toContainText('Đã tải');
  // ol-ext draws the legend on a canvas and names each item with aria-label (what screen readers read).
  await expect(page.locator('div.ol-legend li[aria-label="Quốc lộ"]')).toHaveCount(1);
  await expect(page.locator('div.ol-legend li[aria-label="Đường khác"]')).toHaveCount(1);

  const bridge = await pixelOfFirst(page, 'bridges');
  await page.mouse.click(bridge.x, bridge.y);
  const panel = page.locator('#identify');
  await expect(panel.locator('h2')).toHaveText(`Cầu: ${bridge.name}`);
  await expect(panel).toContainText('Tải trọng thiết kế');
  await expect(panel).toContainText('Lý trình');
  await expect(panel).toContainText(/Km \d+\+\d{3}/u);
  await expect(panel).toContainText('Kết cấu nhịp');

  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'sample-map-vi.png') });

  await page.selectOption('#lang', 'en');
  await expect(panel.locator('h2')).toHaveText(`Bridge: ${bridge.name}`);
  await expect(page.locator('#status')).toContainText('Loaded');
  await expect(page.locator('#project-name')).toContainText('Working CRS: EPSG:9216');
  await expect(panel).toContainText('Design load');
  await expect(page.locator('div.ol-legend li[aria-label="National road"]')).toHaveCount(1);
  await page.screenshot({ path: path.join(artifacts, 'sample-map-en.png') });
  expect(cspViolations).toEqual([]);
});

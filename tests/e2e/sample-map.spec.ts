// A road engineer opens the sample province in a browser: the map shows roads, bridges and culverts; clicking
// a bridge shows its attributes in Vietnamese; switching to English relabels them.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { layerCounts, pixelOfFirst, waitForMap } from './map-probe';

const artifacts = path.resolve(import.meta.dirname, '../artifacts');

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

  // The pointer's position in the working CRS: X northing, Y easting (VN-2000 TM-3 in Kon Tum).
  await page.mouse.move(bridge.x + 80, bridge.y + 60);
  await expect(page.locator('#coords')).toHaveText(
    /^EPSG:9216 {2}X 1\d{6}\.\d {2}Y [4-6]\d{5}\.\d {3}\(1[45]\.\d{5}°, 10[78]\.\d{5}°\)$/u,
  );
  await expect(page.locator('#layer-counts')).toHaveText(
    `Đường ${counts.roads} · Cầu ${counts.bridges} · Cống ${counts.culverts}`,
  );

  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'sample-map-vi.png') });

  await page.selectOption('#lang', 'en');
  await expect(panel.locator('h2')).toHaveText(`Bridge: ${bridge.name}`);
  await expect(page.locator('#import')).toHaveText('Import data');
  await expect(page.locator('#export')).toHaveText('Export data');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(page.locator('#status')).toContainText('Loaded');
  await expect(page.locator('#project-name')).toContainText('Working CRS: EPSG:9216');
  await expect(panel).toContainText('Design load');
  await expect(page.locator('div.ol-legend li[aria-label="National road"]')).toHaveCount(1);
  await page.screenshot({ path: path.join(artifacts, 'sample-map-en.png') });

  // The choice is remembered for the next session.
  await waitForMap(page);
  await expect(page.locator('#import')).toHaveText('Import data');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(cspViolations).toEqual([]);
});

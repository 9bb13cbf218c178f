// The window follows the project: an edit made elsewhere (the CLI, another window, a sync) reaches the map,
// the identify panel and the undo button through project.changed, and an undo shows the restored values at
// once, without reloading the page.
import { expect, test } from '@playwright/test';
import { drawnAttribute, pixelOfFirst, waitForMap } from './map-probe';

test('an edit made elsewhere and its undo show at once on the map and in the identify panel', async ({
  page,
}) => {
  await waitForMap(page);
  const bridge = await pixelOfFirst(page, 'bridges');
  await page.mouse.click(bridge.x, bridge.y);
  const panel = page.locator('#identify');
  await expect(panel.locator('h2')).toHaveText(`Cầu: ${bridge.name}`);
  const loadRow = panel.locator('tr', { hasText: 'Tải trọng thiết kế' }).locator('td');
  const before = (await loadRow.textContent())!;
  expect(before).not.toBe('HL93');

  // Another client changes the bridge through the same API.
  const edit = await page.request.post('/api/features.update', {
    data: { layer: 'bridges', uid: bridge.uid, properties: { design_load: 'HL93' } },
  });
  expect(edit.ok()).toBe(true);
  await expect(loadRow).toHaveText('HL93');
  await expect.poll(() => drawnAttribute(page, 'bridges', bridge.uid, 'design_load')).toBe('HL93');
  await expect(page.locator('#undo')).toBeEnabled();

  // The history, opened, lists that edit; undoing it restores the value everywhere.
  await panel.locator('summary').click();
  const entries = panel.locator('.history ol > li');
  await expect(entries.last()).toContainText('Sửa bởi e2e');
  await expect(entries.last()).toContainText('Tải trọng thiết kế:');
  await expect(entries.last()).toContainText('→ HL93');
  const listed = await entries.count();
  await page.click('#undo');
  await expect(loadRow).toHaveText(before);
  await expect.poll(() => drawnAttribute(page, 'bridges', bridge.uid, 'design_load')).not.toBe('HL93');
  await expect(entries).toHaveCount(listed + 1);
  await expect(entries.last()).toContainText('HL93 →');
  await expect(page.locator('#redo')).toBeEnabled();
  await expect(page.locator('#status')).not.toHaveClass('error');
});

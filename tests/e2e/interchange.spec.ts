// A planner imports a file through the wizard (preview on the map, field mapping, rejected rows) and exports a
// layer as a shapefile that GDAL reads.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { layerCounts } from './map-probe';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const artifacts = path.resolve(import.meta.dirname, '../artifacts');
const culvertCount = async (page: Page) => (await layerCounts(page)).culverts ?? 0;

test('import wizard: preview, mapping, rejected rows, then import the valid rows', async ({ page }) => {
  const fixtures = process.env.ROADGIS_E2E_FIXTURES!;
  await page.goto('/');
  await expect(page.locator('body[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  const before = await culvertCount(page);

  await page.click('#import');
  const dialog = page.locator('#import-dialog');
  // A browser cannot show the desktop's file dialog: the path is typed (Electron adds a Choose button).
  await expect(dialog.locator('.choose')).toHaveCount(0);
  await dialog.locator('#imp-path').fill(path.join(fixtures, 'cong-moi.geojson'));
  await dialog.locator('#imp-layer').selectOption('culverts');
  await dialog.locator('#imp-preview').click();
  await expect(dialog.locator('.status')).toContainText('Hệ tọa độ EPSG:4326 · 3 dòng, 2 hợp lệ');
  await expect(dialog.locator('select[data-source="ma_cong"]')).toHaveValue('code');
  await expect(dialog.locator('select[data-source="khau_do"]')).toHaveValue('aperture');
  await expect(dialog.locator('select[data-source="loai_cong"]')).toHaveValue('culvert_type');
  await expect(dialog.locator('td.samples').first()).toContainText('C-KT-901');
  await expect(dialog.locator('.rejected')).toContainText(
    'nằm ngoài Việt Nam: sai hệ tọa độ, hay nhầm X với Y?',
  );
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, 'import-wizard.png') });

  // Without skipping, nothing lands and the reason is shown.
  await dialog.locator('#imp-run').click();
  await expect(dialog.locator('.status')).toContainText(
    '1 dòng của cong-moi.geojson không nhập được; chưa nhập dòng nào',
  );
  expect(await culvertCount(page)).toBe(before);

  await dialog.locator('#imp-skip').check();
  await dialog.locator('#imp-run').click();
  await expect(page.locator('#status')).toHaveText('Đã nhập 2 đối tượng vào lớp Cống');
  await expect.poll(() => culvertCount(page)).toBe(before + 2);
});

test('import wizard reads a TCVN3 file as Vietnamese and speaks Vietnamese about the file', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('body[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await page.click('#import');
  const dialog = page.locator('#import-dialog');
  // A mistyped path is reported in Vietnamese, naming the file.
  await dialog.locator('#imp-path').fill(path.join(process.env.ROADGIS_E2E_FIXTURES!, 'cau-tcvn.csv'));
  await dialog.locator('#imp-preview').click();
  await expect(dialog.locator('.status')).toContainText('cau-tcvn.csv: không tìm thấy tệp tại');
  await dialog.locator('#imp-path').fill(path.join(process.env.ROADGIS_E2E_FIXTURES!, 'cau-tcvn3.csv'));
  await dialog.locator('#imp-layer').selectOption('bridges');
  await dialog.locator('#imp-preview').click();
  await expect(dialog.locator('td.samples').first()).toHaveText('Cầu Đắk Bla');
  await expect(dialog.locator('.warning').first()).toContainText(
    'đã đọc theo TCVN3 (ABC, .VnTime) và chuyển sang Unicode',
  );
  await page.screenshot({ path: path.join(artifacts, 'import-wizard-tcvn3.png') });
});

test('the import wizard speaks English on request', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('body[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog
    .getByLabel('File path (on this computer)')
    .fill(path.join(process.env.ROADGIS_E2E_FIXTURES!, 'cong-moi.geojson'));
  await dialog.getByLabel('Target layer').selectOption('culverts');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('status')).toHaveText('CRS EPSG:4326 · 3 rows, 2 valid');
  await expect(dialog.getByLabel('RoadGIS attribute: ma_cong')).toHaveValue('code');
  await expect(dialog.locator('.rejected')).toContainText('1 row(s) cannot be imported');
  await page.screenshot({ path: path.join(artifacts, 'import-wizard-en.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
});

test('export dialog writes a shapefile GDAL reads, in the working CRS', async ({ page }) => {
  const out = path.join(process.env.ROADGIS_E2E_FIXTURES!, 'cau-xuat.shp');
  await page.goto('/');
  await expect(page.locator('body[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await page.click('#export');
  const dialog = page.locator('#export-dialog');
  await dialog.locator('#exp-layer').selectOption('bridges');
  await expect(dialog.locator('#exp-crs')).toHaveValue('EPSG:9216');
  await dialog.locator('#exp-path').fill(out);
  await dialog.locator('#exp-run').click();
  await expect(page.locator('#status')).toContainText('Đã xuất');
  const info = execFileSync('ogrinfo', ['-ro', '-so', out, 'cau-xuat'], { encoding: 'utf8' });
  expect(info).toMatch(/Feature Count: \d+/u);
  expect(info).toMatch(/107\.5/u);

  // Again to the same file without "overwrite": refused, said in Vietnamese.
  await page.click('#export');
  await dialog.locator('#exp-layer').selectOption('bridges');
  await dialog.locator('#exp-path').fill(out);
  await dialog.locator('#exp-run').click();
  await expect(dialog.locator('.status')).toContainText(
    'cau-xuat.shp đã có (chọn "Ghi đè nếu đã có" để thay thế)',
  );
  await page.screenshot({ path: path.join(artifacts, 'export-dialog.png') });
});

test('a big shapefile imports through the wizard on a worker thread and lands on the map', async ({
  page,
}) => {
  // 5 000 roads in the sample's own zone (EPSG:9216), written by GDAL: over 1 MB, so the web host prepares
  // the rows on a worker thread while it writes them.
  const dir = fs.mkdtempSync(path.join(process.env.ROADGIS_E2E_FIXTURES!, 'big-'));
  const src = path.join(dir, 'src.geojson');
  const n = 5000;
  fs.writeFileSync(
    src,
    JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: n }, (_, i) => ({
        type: 'Feature',
        properties: { so_hieu: `ĐH.${900 + (i % 90)}`, ten_duong: `Đường thôn số ${i}, xã Đắk Rơ Wa` },
        geometry: {
          type: 'LineString',
          coordinates: Array.from({ length: 12 }, (_, k) => [
            535000 + (i % 100) * 400 + k * 30,
            1585000 + Math.floor(i / 100) * 400 + k * 20,
          ]),
        },
      })),
    }),
  );
  const shp = path.join(dir, 'duong-thon.shp');
  execFileSync('ogr2ogr', [
    '-f',
    'ESRI Shapefile',
    shp,
    src,
    '-a_srs',
    'EPSG:9216',
    '-lco',
    'ENCODING=UTF-8',
  ]);
  expect(fs.statSync(shp).size).toBeGreaterThan(1 << 20);

  await page.goto('/');
  await expect(page.locator('body[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  const before = (await layerCounts(page)).roads ?? 0;
  await page.click('#import');
  const dialog = page.locator('#import-dialog');
  await dialog.locator('#imp-path').fill(shp);
  await dialog.locator('#imp-layer').selectOption('roads');
  await dialog.locator('#imp-preview').click();
  // Reading 5 000 roads on a worker takes seconds on a busy 2-core machine: this checks what, not how fast.
  await expect(dialog.locator('.status')).toContainText(
    `Hệ tọa độ EPSG:9216 · bảng mã utf-8 · ${n} dòng, ${n} hợp lệ`,
    { timeout: 30_000 },
  );
  // Every text the wizard's status line shows while the import runs.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { statusSeen: string[] }).statusSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('#import-dialog .status')?.textContent;
      if (text) seen.push(text);
    }).observe(document.querySelector('#import-dialog')!, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  await dialog.locator('#imp-run').click();
  await expect(page.locator('#status')).toHaveText(`Đã nhập ${n} đối tượng vào lớp Đường`, {
    timeout: 30_000,
  });
  await expect.poll(() => layerCounts(page).then((c) => c.roads ?? 0)).toBe(before + n);
  const seen = await page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
  expect(seen).toContain(`Đang nhập: 2000/${n} dòng`);
  expect(seen).toContain('Đang lưu tệp dự án…');
  await page.screenshot({ path: path.join(artifacts, 'import-big-roads.png') });

  // Exporting them can be stopped from the dialog: its close button cancels the running export, no file left.
  const out = path.join(dir, 'duong-xuat.xlsx'); // a workbook of 5 000 rows takes long enough to stop
  await page.click('#export');
  const exporting = page.locator('#export-dialog');
  await exporting.locator('#exp-layer').selectOption('roads');
  await exporting.locator('#exp-format').selectOption('xlsx');
  await exporting.locator('#exp-path').fill(out);
  await exporting.locator('#exp-run').click();
  await exporting.locator('#exp-close').click();
  await expect(exporting.locator('.status')).toHaveText('Đã hủy xuất: không có tệp nào được ghi', {
    timeout: 30_000,
  });
  expect(fs.existsSync(out) || fs.existsSync(`${out}.tmp`)).toBe(false);
  await exporting.locator('#exp-close').click();

  // One click takes the whole import back (and leaves the shared sample as the other tests expect it).
  await expect(page.locator('#undo')).toHaveAttribute('title', `Hoàn tác: Nhập ${n} đường từ duong-thon.shp`);
  await page.click('#undo');
  await expect.poll(() => layerCounts(page).then((c) => c.roads ?? 0)).toBe(before);
});

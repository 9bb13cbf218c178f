// Old provincial data typed in TCVN3 (.VnTime) or VNI fonts: shapefiles written byte for byte by GDAL without a
// .cpg, CSV bytes and XLSX cells are detected, converted to Unicode and said so in a warning.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Services } from '../../src/main/services/create-services';
import { newProject } from '../support/project';
import { ogr2ogr } from '../support/gdal';
import { tempDir } from '../support/temp';

const UNICODE = ['Quốc lộ 14 đoạn Đắk Hà', 'Đường huyện Kon Rẫy', 'Cầu Đắk Bla'];
// The same names as typed with each font: every byte written as the Latin-1 character of the same code.
const TYPED = {
  tcvn3: ['Quèc lé 14 ®o¹n §¾k Hµ', '§\u00adêng huyÖn Kon RÉy', 'CÇu §¾k Bla'],
  vni: ['Quoác loä 14 ñoaïn Ñaék Haø', 'Ñöôøng huyeän Kon Raãy', 'Caàu Ñaék Bla'],
} as const;
const FONTS = ['tcvn3', 'vni'] as const;

/**
 * A point shapefile without .cpg (as old tools wrote them). ISO-8859-1 writes each character as the byte of the
 * same code: the font bytes as they are.
 */
function legacyShapefile(
  dir: string,
  names: readonly string[],
  encoding: 'ISO-8859-1' | 'CP1258' = 'ISO-8859-1',
): string {
  const src = path.join(dir, 'src.geojson');
  fs.writeFileSync(
    src,
    JSON.stringify({
      type: 'FeatureCollection',
      features: names.map((ten, i) => ({
        type: 'Feature',
        properties: { ten },
        geometry: { type: 'Point', coordinates: [108.0 + i * 0.01, 14.4] },
      })),
    }),
  );
  const out = path.join(dir, 'cau.shp');
  ogr2ogr('-f', 'ESRI Shapefile', out, src, '-lco', `ENCODING=${encoding}`);
  fs.rmSync(out.replace(/\.shp$/u, '.cpg'));
  return out;
}

let p: Services & { file: string };
beforeEach(async () => {
  p = await newProject();
});
afterEach(async () => p.store.close());

const importedNames = async () =>
  (await p.handlers['features.list']({ layer: 'bridges' })).features.map((f) => f.properties.name);

describe('legacy Vietnamese font encodings', () => {
  it.each(FONTS)(
    'a %s shapefile without .cpg is detected, previewed in Unicode and imported',
    async (font) => {
      const shp = legacyShapefile(tempDir(), TYPED[font]);
      const input = { path: shp, layer: 'bridges' as const, mapping: { ten: 'name' } };
      const preview = await p.handlers['interchange.preview'](input);
      expect(preview.encoding).toBe(font);
      expect(preview.warnings.join('\n')).toMatch(/converted to Unicode/u);
      expect(preview.fields.find((f) => f.name === 'ten')!.samples).toEqual(UNICODE);
      await p.handlers['interchange.import']({ ...input, skipInvalid: false });
      expect(await importedNames()).toEqual(UNICODE);
    },
  );

  it('a CP1258 shapefile without .cpg is still read as CP1258', async () => {
    // Unicode names written by GDAL in CP1258: the detector must not mistake them for a font encoding.
    const shp = legacyShapefile(tempDir(), UNICODE, 'CP1258');
    const preview = await p.handlers['interchange.preview']({ path: shp, layer: 'bridges' });
    expect(preview.encoding).toBe('windows-1258');
    expect(preview.fields.find((f) => f.name === 'ten')!.samples).toEqual(UNICODE);
  });

  it('CSV bytes in VNI and a named encoding are honoured', async () => {
    const csv = path.join(tempDir(), 'cau.csv');
    const body = `ten;lon;lat\n${TYPED.vni.map((n, i) => `${n};${108 + i * 0.01};14.4`).join('\n')}\n`;
    fs.writeFileSync(csv, Buffer.from(body, 'latin1')); // the font's bytes, one per character
    const preview = await p.handlers['interchange.preview']({
      path: csv,
      layer: 'bridges',
      crs: 'EPSG:4326',
    });
    expect(preview.encoding).toBe('vni');
    expect(preview.fields.find((f) => f.name === 'ten')!.samples).toEqual(UNICODE);
    // Told it is TCVN3, RoadGIS reads it as TCVN3: the person's choice wins over detection.
    const forced = await p.handlers['interchange.preview']({
      path: csv,
      layer: 'bridges',
      crs: 'EPSG:4326',
      encoding: 'tcvn3',
    });
    expect(forced.encoding).toBe('tcvn3');
    expect(forced.fields.find((f) => f.name === 'ten')!.samples).not.toEqual(UNICODE);
  });

  it('XLSX cells typed in TCVN3 are converted; Unicode cells beside them are left alone', async () => {
    const file = path.join(tempDir(), 'cau.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Cầu');
    ws.addRow(['ten', 'ghi_chu', 'lon', 'lat']);
    TYPED.tcvn3.forEach((n, i) => ws.addRow([n, 'Đã kiểm tra', 108 + i * 0.01, 14.4]));
    await wb.xlsx.writeFile(file);
    const input = {
      path: file,
      layer: 'bridges' as const,
      crs: 'EPSG:4326',
      mapping: { ten: 'name', ghi_chu: 'notes' },
    };
    const preview = await p.handlers['interchange.preview'](input);
    expect(preview.encoding).toBe('tcvn3');
    expect(preview.fields.find((f) => f.name === 'ten')!.samples).toEqual(UNICODE);
    await p.handlers['interchange.import']({ ...input, skipInvalid: false });
    const bridges = (await p.handlers['features.list']({ layer: 'bridges' })).features;
    expect(bridges.map((f) => f.properties.name)).toEqual(UNICODE);
    expect(bridges.map((f) => f.properties.notes)).toEqual(UNICODE.map(() => 'Đã kiểm tra'));
  });

  it('Unicode text with Latin-1 letters (Café, Hà Nội) is not mistaken for a font encoding', async () => {
    const csv = path.join(tempDir(), 'cau.csv');
    fs.writeFileSync(csv, 'ten;lon;lat\nCafé Hà Nội;108;14.4\nCầu Ông Bà;108.01;14.4\n');
    const preview = await p.handlers['interchange.preview']({
      path: csv,
      layer: 'bridges',
      crs: 'EPSG:4326',
    });
    expect(preview.encoding).toBe('utf-8');
    expect(preview.fields.find((f) => f.name === 'ten')!.samples).toEqual(['Café Hà Nội', 'Cầu Ông Bà']);
  });
});

// The project file is a GeoPackage that GDAL reads as it is and its validator accepts, before and after edits;
// a GeoPackage written by GDAL opens and edits in RoadGIS.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Services } from '../../src/main/services/create-services';
import { newProject, reopen, valueInFile } from '../support/project';
import { ogr2ogr, ogrGeoJson, ogrinfo, validateGpkg } from '../support/gdal';
import { tempDir } from '../support/temp';

const open: Services[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.store.close();
});

const ROAD_PROPS = {
  road_code: 'ql 14',
  name: 'Đường Hồ Chí Minh — đoạn qua thị trấn Đắk Hà (ngã ba Tân Cảnh)',
  management_level: 'quoc_lo',
  technical_grade: 'III',
  surface_type: 'btn',
  width_m: 11.5,
  lanes: 4,
  managing_unit: 'Khu Quản lý đường bộ III — Văn phòng QLĐB số 3',
  start_chainage_m: 1_452_350.25,
  year_built: 2004,
};

describe('project GeoPackage and GDAL', () => {
  it('a new project validates and lists the three layers', async () => {
    const p = await newProject();
    open.push(p);
    await p.store.checkpoint();
    expect(validateGpkg(p.file)).toEqual({ ok: true, output: expect.any(String) });
    const info = ogrinfo('-ro', '-so', p.file);
    expect(info).toMatch(/roads \(Line String\)/u);
    expect(info).toMatch(/bridges \(Point\)/u);
    expect(info).toMatch(/culverts \(Point\)/u);
  });

  it('round-trips every attribute type and Vietnamese text, as GDAL reads it', async () => {
    const p = await newProject();
    open.push(p);
    const coords: [number, number][] = [
      [107.935123456, 14.515987654],
      [107.94, 14.52],
      [107.951, 14.533],
    ];
    const road = await p.handlers['features.create']({
      layer: 'roads',
      geometry: { type: 'LineString', coordinates: coords },
      properties: ROAD_PROPS,
    });
    const bridge = await p.handlers['features.create']({
      layer: 'bridges',
      geometry: { type: 'Point', coordinates: [107.94, 14.52] },
      properties: {
        name: 'Cầu Đắk Psi — nhánh trái',
        route_code: 'QL14',
        spans: 3,
        design_load: 'HL-93',
        notes: 'Ổ gà, nứt mai rùa ở mố M1; ống thoát nước "hỏng"',
      },
    });
    await p.store.close();
    open.pop();

    expect(validateGpkg(p.file).ok).toBe(true);
    const roads = ogrGeoJson(p.file, 'roads').features;
    expect(roads).toHaveLength(1);
    const r = roads[0]!;
    expect(r.properties).toMatchObject({
      ...ROAD_PROPS,
      road_code: 'QL.14',
      road_code_raw: 'ql 14',
      uid: road.id,
      created_by: 'kỹ sư Nguyễn Văn A',
    });
    expect(r.geometry.coordinates).toEqual(coords);
    expect(typeof r.properties.length_m).toBe('number');
    const b = ogrGeoJson(p.file, 'bridges').features[0]!;
    expect(b.properties.notes).toBe('Ổ gà, nứt mai rùa ở mố M1; ống thoát nước "hỏng"');
    expect(b.properties.route_code).toBe('QL.14');
    expect(b.properties.uid).toBe(bridge.id);
    // Chainage computed along the route: start chainage + distance from the road's first vertex, which is
    // Δlon 0.00488° × 107.8 km/° and Δlat 0.00401° × 110.6 km/° ≈ 0.69 km away.
    expect(b.properties.chainage_m as number).toBeGreaterThan(1_452_350 + 660);
    expect(b.properties.chainage_m as number).toBeLessThan(1_452_350 + 720);

    // And RoadGIS reads back exactly what it wrote.
    const again = await reopen(p.file);
    open.push(again);
    const got = await again.handlers['features.get']({ layer: 'roads', uid: road.id });
    expect(got).toEqual(road);
  });

  it('stays valid through inserts, updates and deletes, with gpkg_contents extents kept current', async () => {
    const p = await newProject();
    open.push(p);
    const made = [];
    for (let i = 0; i < 20; i++) {
      made.push(
        await p.handlers['features.create']({
          layer: 'culverts',
          geometry: { type: 'Point', coordinates: [107.9 + i * 0.01, 14.4 + i * 0.005] },
          properties: { code: `C-${i}`, culvert_type: 'tron', aperture: 'D100' },
        }),
      );
    }
    for (const f of made.slice(0, 5))
      await p.handlers['features.update']({
        layer: 'culverts',
        uid: f.id,
        geometry: { type: 'Point', coordinates: [108.3, 14.9] },
      });
    for (const f of made.slice(15)) await p.handlers['features.delete']({ layer: 'culverts', uid: f.id });
    await p.store.checkpoint();
    const v = validateGpkg(p.file);
    expect(v.output).toBe('');
    expect(v.ok).toBe(true);
    const extent = ogrinfo('-ro', '-so', p.file, 'culverts')
      .match(/Extent: \(([\d.]+), ([\d.]+)\) - \(([\d.]+), ([\d.]+)\)/u)!
      .slice(1)
      .map(Number);
    // Extents come from the R*Tree, whose float32 boxes are rounded outward: they contain the data, within ~1 m.
    const data = [107.95, 14.425, 108.3, 14.9];
    expect(extent[0]).toBeLessThanOrEqual(data[0]!);
    expect(extent[1]).toBeLessThanOrEqual(data[1]!);
    expect(extent[2]).toBeGreaterThanOrEqual(data[2]!);
    expect(extent[3]).toBeGreaterThanOrEqual(data[3]!);
    extent.forEach((v, i) => expect(Math.abs(v - data[i]!)).toBeLessThan(1e-5));
    expect(ogrinfo('-ro', '-so', p.file, 'culverts')).toMatch(/Feature Count: 15/u);
    // The R*Tree agrees with the table (GDAL uses it for spatial filters).
    const inBox = ogrinfo(
      '-ro',
      '-q',
      '-spat',
      '108.29',
      '14.89',
      '108.31',
      '14.91',
      p.file,
      'culverts',
    ).match(/OGRFeature/gu);
    expect(inBox).toHaveLength(5);
  });

  it('opens and edits a GeoPackage made by GDAL (its own R*Tree triggers run in our engine)', async () => {
    const dir = tempDir();
    const src = path.join(dir, 'roads.geojson');
    fs.writeFileSync(
      src,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: 'Đường Phan Đình Phùng', road_code: 'QL.14' },
            geometry: {
              type: 'LineString',
              coordinates: [
                [108, 14.35],
                [108.01, 14.36],
              ],
            },
          },
          {
            type: 'Feature',
            properties: { name: 'Đường Trần Hưng Đạo', road_code: 'ĐT.671' },
            geometry: {
              type: 'LineString',
              coordinates: [
                [108.02, 14.34],
                [108.03, 14.33],
              ],
            },
          },
        ],
      }),
    );
    const file = path.join(dir, 'from-gdal.gpkg');
    ogr2ogr('-f', 'GPKG', file, src, '-nln', 'roads', '-lco', 'GEOMETRY_NAME=geom');
    expect(validateGpkg(file).ok).toBe(true);

    const p = await reopen(file);
    open.push(p);
    const list = await p.handlers['features.list']({ layer: 'roads' });
    expect(list.features.map((f) => f.properties.name)).toEqual([
      'Đường Phan Đình Phùng',
      'Đường Trần Hưng Đạo',
    ]);
    expect(list.features.every((f) => /^[0-9a-f-]{36}$/u.test(f.id))).toBe(true);
    const first = list.features[0]!;
    await p.handlers['features.update']({
      layer: 'roads',
      uid: first.id,
      properties: { name: 'Đường Phan Đình Phùng (đã sửa)' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [108.1, 14.5],
          [108.2, 14.6],
        ],
      },
    });
    await p.handlers['features.delete']({ layer: 'roads', uid: list.features[1]!.id });
    await p.handlers['features.create']({
      layer: 'bridges',
      geometry: { type: 'Point', coordinates: [108.005, 14.355] },
      properties: { name: 'Cầu Đắk Bla' },
    });
    await p.store.close();
    open.pop();

    const v = validateGpkg(file);
    expect(v.output).toBe('');
    const roads = ogrGeoJson(file, 'roads').features;
    expect(roads.map((f) => f.properties.name)).toEqual(['Đường Phan Đình Phùng (đã sửa)']);
    expect(ogrinfo('-ro', '-q', '-spat', '108.15', '14.55', '108.16', '14.56', file, 'roads')).toMatch(
      /OGRFeature/u,
    );
    expect(ogrGeoJson(file, 'bridges').features[0]!.properties.name).toBe('Cầu Đắk Bla');
  });
});

describe('bulk inserts (imports)', () => {
  it('keep the R*Tree exact and the trigger in place, in our file and in a GDAL-made one', async () => {
    const dir = tempDir();
    const src = path.join(dir, 'many.geojson');
    fs.writeFileSync(
      src,
      JSON.stringify({
        type: 'FeatureCollection',
        features: Array.from({ length: 450 }, (_, i) => ({
          type: 'Feature',
          properties: { name: `Đường số ${i}` },
          geometry: {
            type: 'LineString',
            coordinates: [
              [107.5 + i * 0.001, 14.2],
              [107.5 + i * 0.001, 14.25],
            ],
          },
        })),
      }),
    );
    const gdalMade = path.join(dir, 'gdal.gpkg');
    ogr2ogr('-f', 'GPKG', gdalMade, src, '-nln', 'roads', '-where', "name = 'x'", '-nlt', 'LINESTRING');
    const ours = await newProject();
    await ours.store.close();
    for (const file of [ours.file, gdalMade]) {
      const p = await reopen(file);
      const trigger = "SELECT sql FROM sqlite_master WHERE name = 'rtree_roads_geom_insert'";
      const triggerBefore = await valueInFile(file, trigger);
      const r = await p.handlers['interchange.import']({ path: src, layer: 'roads', skipInvalid: false });
      expect(r.imported).toBe(450);
      expect(triggerBefore).toMatch(/CREATE TRIGGER/u);
      expect(await valueInFile(file, trigger)).toBe(triggerBefore); // the import saved the file
      // A later single insert still goes through the trigger.
      await p.handlers['features.create']({
        layer: 'roads',
        geometry: {
          type: 'LineString',
          coordinates: [
            [108.4, 14.9],
            [108.41, 14.91],
          ],
        },
        properties: {},
      });
      await p.store.close();
      expect(validateGpkg(file)).toEqual({ ok: true, output: '' });
      const hits = (...box: string[]) =>
        (ogrinfo('-ro', '-q', '-spat', ...box, file, 'roads').match(/OGRFeature/gu) ?? []).length;
      expect(hits('107.5995', '14.21', '107.6105', '14.22'), file).toBe(11);
      expect(hits('108.399', '14.899', '108.411', '14.911'), file).toBe(1);
    }
  });
});

// Files RoadGIS writes open in GDAL with the same geometry (1 mm), attributes and Vietnamese text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSample } from '../../scripts/build-sample';
import { CRS_LIST } from '../../src/domain/location/crs';
import { transformPosition } from '../../src/domain/location/transform';
import { esriWkt } from '../../src/domain/location/wkt';
import type { Services } from '../../src/main/services/create-services';
import { exportLayer, exportOpenData } from '../../src/main/services/interchange-export';
import { reopen, testPorts } from '../support/project';
import { ogrGeoJson, ogrinfo, validateGpkg } from '../support/gdal';
import { tempDir } from '../support/temp';

let p: Services;
let out: string;
beforeAll(async () => {
  const dir = tempDir();
  const file = path.join(dir, 'kon-tum.gpkg');
  await buildSample(file, path.join(dir, 'basemap', 'kon-tum.geojson'));
  p = await reopen(file);
  out = tempDir();
});
afterAll(async () => p.store.close());

const mine = async (layer: 'roads' | 'bridges' | 'culverts') =>
  (await p.handlers['features.list']({ layer })).features;

describe('export read back by GDAL', () => {
  it('every registry CRS gets the ESRI .prj text GDAL itself writes', () => {
    for (const crs of CRS_LIST) {
      const gdal = execFileSync('gdalsrsinfo', ['-o', 'wkt_esri', crs.code], { encoding: 'utf8' }).replace(
        /\s+/gu,
        '',
      );
      expect(esriWkt(crs.code).replace(/\s+/gu, ''), crs.code).toBe(gdal);
    }
  });

  it('shapefile in VN-2000 TM-3: geometry within 1 mm, attributes and Vietnamese intact, CRS recognised', async () => {
    const target = path.join(out, 'roads.shp');
    const r = await exportLayer(p.store, testPorts(), { layer: 'roads', format: 'shp', path: target });
    expect(r.crs).toBe('EPSG:9216');
    expect(r.files.map((f) => path.extname(f))).toEqual(['.shp', '.shx', '.dbf', '.prj', '.cpg', '.csv']);
    const info = ogrinfo('-ro', '-so', target, 'roads');
    expect(info).toMatch(/Geometry: Line String/u);
    expect(info).toMatch(/Feature Count: 9/u);
    expect(info).toMatch(/VN-2000.*TM-3 107-30|Central_Meridian.*107\.5|central_meridian",107\.5/su);
    const gdal = ogrGeoJson(target, 'roads').features;
    const ours = await mine('roads');
    expect(gdal).toHaveLength(ours.length);
    gdal.forEach((g, i) => {
      const o = ours[i]!;
      expect(g.properties.NAME ?? g.properties.name).toBe(o.properties.name);
      expect(g.properties.MGMT_LEVEL).toBe(o.properties.management_level);
      expect(g.properties.RD_CODE_RW).toBe(o.properties.road_code_raw);
      expect(g.properties.lanes).toBe(o.properties.lanes);
      expect(g.properties.width_m).toBeCloseTo(o.properties.width_m as number, 6);
      const coords = g.geometry.coordinates as [number, number][];
      const expected = (o.geometry as { coordinates: [number, number][] }).coordinates.map((c) =>
        transformPosition(c, 'EPSG:4326', 'EPSG:9216'),
      );
      expect(coords).toHaveLength(expected.length);
      coords.forEach((c, k) => {
        expect(Math.abs(c[0] - expected[k]![0])).toBeLessThan(0.001);
        expect(Math.abs(c[1] - expected[k]![1])).toBeLessThan(0.001);
      });
    });
    const mapping = fs.readFileSync(path.join(out, 'roads.fields.csv'), 'utf8');
    expect(mapping).toContain('MGMT_LEVEL,management_level,Cấp quản lý,Management level');
  });

  it('a shapefile reprojected in a worker thread is byte for byte the one reprojected inline', async () => {
    for (const layer of ['roads', 'bridges'] as const) {
      const written: Buffer[][] = [];
      for (const workerJobs of ['always', 'never'] as const) {
        const target = path.join(tempDir(), `${layer}.shp`);
        const r = await exportLayer(p.store, testPorts(undefined, { workerJobs }), {
          layer,
          format: 'shp',
          path: target,
        });
        written.push(r.files.slice(0, 3).map((f) => fs.readFileSync(f)));
      }
      expect(written[0]!.map((b) => b.length)).toEqual(written[1]!.map((b) => b.length));
      written[0]!.forEach((b, k) => expect(b.equals(written[1]![k]!), `${layer} part ${k}`).toBe(true));
    }
  });

  it('point shapefile keeps Vietnamese bridge names and numbers', async () => {
    const target = path.join(out, 'bridges.shp');
    await exportLayer(p.store, testPorts(), {
      layer: 'bridges',
      format: 'shp',
      path: target,
      crs: 'EPSG:3405',
    });
    const gdal = ogrGeoJson(target, 'bridges').features;
    const ours = await mine('bridges');
    expect(gdal.map((g) => g.properties.name)).toEqual(ours.map((o) => o.properties.name));
    expect(gdal.map((g) => g.properties.CHAINAGE_M)).toEqual(ours.map((o) => o.properties.chainage_m));
    const [x, y] = transformPosition(
      (ours[0]!.geometry as { coordinates: [number, number] }).coordinates,
      'EPSG:4326',
      'EPSG:3405',
    );
    const g0 = gdal[0]!.geometry.coordinates as [number, number];
    expect(Math.abs(g0[0] - x)).toBeLessThan(0.001);
    expect(Math.abs(g0[1] - y)).toBeLessThan(0.001);
  });

  it('GeoPackage export validates, keeps the CRS and every value', async () => {
    const target = path.join(out, 'culverts.gpkg');
    await exportLayer(p.store, testPorts(), { layer: 'culverts', format: 'gpkg', path: target });
    expect(validateGpkg(target)).toEqual({ ok: true, output: '' });
    expect(ogrinfo('-ro', '-so', target, 'culverts')).toMatch(/ID\["EPSG",9216\]|EPSG","9216"/u);
    const gdal = ogrGeoJson(target, 'culverts').features;
    const ours = await mine('culverts');
    expect(gdal.map((g) => g.properties.uid)).toEqual(ours.map((o) => o.id));
    expect(gdal[3]!.properties).toMatchObject({
      code: ours[3]!.properties.code,
      aperture: ours[3]!.properties.aperture,
    });
  });

  it('GeoJSON is RFC 7946 WGS 84 and refuses other CRSs', async () => {
    const target = path.join(out, 'bridges.geojson');
    await exportLayer(p.store, testPorts(), { layer: 'bridges', format: 'geojson', path: target });
    const gdal = ogrGeoJson(target, 'bridges').features;
    const ours = await mine('bridges');
    expect(gdal[0]!.geometry.coordinates).toEqual(ours[0]!.geometry!.coordinates);
    // Every feature with every stored value, Vietnamese text included. GDAL reads the timestamps as
    // date-times and prints "…:42Z" for "…:42.000Z": compare those as instants.
    const instants = (p: Record<string, unknown>) => ({
      ...p,
      created_at: Date.parse(String(p.created_at)),
      updated_at: Date.parse(String(p.updated_at)),
    });
    expect(gdal.map((g) => instants(g.properties))).toEqual(ours.map((o) => instants(o.properties)));
    await expect(
      exportLayer(p.store, testPorts(), {
        layer: 'bridges',
        format: 'geojson',
        path: path.join(out, 'x.geojson'),
        crs: 'EPSG:9216',
      }),
    ).rejects.toThrow(/always WGS 84/u);
  });

  it('KML has styled placemarks GDAL reads with names', async () => {
    const target = path.join(out, 'roads.kml');
    await exportLayer(p.store, testPorts(), { layer: 'roads', format: 'kml', path: target });
    const gdal = ogrGeoJson(target, 'Đường').features;
    expect(gdal.map((g) => g.properties.Name)).toEqual((await mine('roads')).map((o) => o.properties.name));
    expect(fs.readFileSync(target, 'utf8')).toContain('<styleUrl>#quoc_lo</styleUrl>');
  });

  it('CSV and XLSX carry Vietnamese headings, X = northing, Y = easting', async () => {
    const csv = path.join(out, 'bridges.csv');
    await exportLayer(p.store, testPorts(), { layer: 'bridges', format: 'csv', path: csv });
    const text = fs.readFileSync(csv, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [head, first] = text.slice(1).split('\r\n');
    expect(head).toMatch(
      /^"X \(m, hướng Bắc\)","Y \(m, hướng Đông\)",Mã định danh,Tên cầu,Tuyến đường,Lý trình/u,
    );
    const ours = (await mine('bridges'))[0]!;
    const [e, n] = transformPosition(
      (ours.geometry as { coordinates: [number, number] }).coordinates,
      'EPSG:4326',
      'EPSG:9216',
    );
    const [x, y] = first!.split(',').map(Number);
    expect(Math.abs(x! - n)).toBeLessThan(0.001);
    expect(Math.abs(y! - e)).toBeLessThan(0.001);

    const xlsx = path.join(out, 'bridges.xlsx');
    await exportLayer(p.store, testPorts(), { layer: 'bridges', format: 'xlsx', path: xlsx });
    const gdal = ogrGeoJson(xlsx, 'Cầu').features;
    expect(gdal).toHaveLength((await mine('bridges')).length);
    expect(gdal[0]!.properties['Tên cầu']).toBe(ours.properties.name);
    expect(gdal[0]!.properties['Số nhịp']).toBe(ours.properties.spans);
  });

  it('refuses to overwrite unless asked, and relative paths', async () => {
    const target = path.join(out, 'again.geojson');
    await exportLayer(p.store, testPorts(), { layer: 'roads', format: 'geojson', path: target });
    await expect(
      exportLayer(p.store, testPorts(), { layer: 'roads', format: 'geojson', path: target }),
    ).rejects.toThrow(/already exists/u);
    // …with its code and values for the dialog's Vietnamese.
    await expect(
      exportLayer(p.store, testPorts(), { layer: 'roads', format: 'geojson', path: target }),
    ).rejects.toMatchObject({ kind: 'conflict', code: 'file_exists', params: { path: target } });
    await expect(
      exportLayer(p.store, testPorts(), { layer: 'roads', format: 'geojson', path: 'rel.geojson' }),
    ).rejects.toThrow(/absolute/u);
  });

  it('open data package: GeoPackage + GeoJSON + metadata, without personal names', async () => {
    const dir = tempDir();
    const r = await exportOpenData(p.store, dir);
    expect(r.files.map((f) => path.basename(f)).sort()).toEqual([
      'bridges.geojson',
      'culverts.geojson',
      'metadata.json',
      'roadgis-open-data.gpkg',
      'roads.geojson',
    ]);
    expect(validateGpkg(path.join(dir, 'roadgis-open-data.gpkg')).ok).toBe(true);
    expect(ogrinfo('-ro', '-so', path.join(dir, 'roadgis-open-data.gpkg'))).toMatch(
      /roads.*bridges.*culverts/su,
    );
    const roads = JSON.parse(fs.readFileSync(path.join(dir, 'roads.geojson'), 'utf8'));
    expect(roads.features[0].properties.created_by).toBeUndefined();
    const meta = JSON.parse(fs.readFileSync(path.join(dir, 'metadata.json'), 'utf8'));
    expect(meta.layers.map((l: { features: number }) => l.features)).toEqual([9, 57, 106]);
  });
});

// Files written by GDAL (ogr2ogr) import exactly; bad files get a clear error naming the file/row/field and
// change nothing in the project.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Position } from '../../src/domain/geometry/geojson';
import { transformPosition } from '../../src/domain/location/transform';
import { ApiError } from '../../src/api/errors';
import { readShapefile } from '../../src/main/io/shapefile/read-shapefile';
import type { Services } from '../../src/main/services/create-services';
import { newProject } from '../support/project';
import { ogr2ogr } from '../support/gdal';
import { tempDir } from '../support/temp';

const ROADS_4326: Array<{ name: string; code: string; built: string | null; parts: Position[][] }> = [
  {
    name: 'Quốc lộ 14 — đoạn Đắk Hà',
    code: 'QL14',
    built: '2004-05-17',
    parts: [
      [
        [107.93, 14.51],
        [107.94, 14.52],
        [107.951, 14.533],
      ],
    ],
  },
  {
    name: 'Đường tỉnh 671 (đường Trần Hưng Đạo)',
    code: 'DT671',
    built: null,
    parts: [
      [
        [108.0, 14.35],
        [108.01, 14.34],
      ],
      [
        [108.01, 14.34],
        [108.02, 14.33],
      ],
    ],
  },
  {
    name: 'Đường huyện Kon Rẫy – Đắk Ruồng',
    code: 'HL92',
    built: '',
    parts: [
      [
        [108.13, 14.5],
        [108.14, 14.52],
      ],
      [
        [108.2, 14.55],
        [108.21, 14.56],
      ],
    ],
  },
];

/** A shapefile written by ogr2ogr from GeoJSON whose coordinates are already in `crs` (GDAL only assigns it). */
function gdalShapefile(dir: string, crs: string, encoding: 'UTF-8' | 'CP1258', keepCpg = true): string {
  const src = path.join(dir, 'src.geojson');
  fs.writeFileSync(
    src,
    JSON.stringify({
      type: 'FeatureCollection',
      features: ROADS_4326.map((r) => ({
        type: 'Feature',
        properties: { ten_duong: r.name, so_hieu: r.code, ngay_xd: r.built, be_rong: 7.5, so_lan: 2 },
        geometry: {
          type: 'MultiLineString',
          coordinates: r.parts.map((p) => p.map((c) => transformPosition(c, 'EPSG:4326', crs))),
        },
      })),
    }),
  );
  const out = path.join(dir, `roads_${encoding}.shp`);
  ogr2ogr(
    '-f',
    'ESRI Shapefile',
    out,
    src,
    '-a_srs',
    crs,
    '-lco',
    `ENCODING=${encoding}`,
    '-nlt',
    'MULTILINESTRING',
    '-sql',
    'SELECT ten_duong, so_hieu, CAST(ngay_xd AS date) AS ngay_xd, be_rong, so_lan FROM src',
  );
  if (!keepCpg) fs.rmSync(out.replace(/\.shp$/u, '.cpg'));
  return out;
}

let p: Services & { file: string };
beforeEach(async () => {
  p = await newProject();
});
afterEach(async () => p.store.close());

const state = async () => ({
  info: await p.handlers['project.info']({}),
  journal: fs.statSync(`${p.file}.journal`).size,
});

async function importFails(input: Record<string, unknown>): Promise<ApiError> {
  const before = await state();
  try {
    await p.handlers['interchange.import']({ layer: 'roads', skipInvalid: false, ...input } as never);
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    expect(await state()).toEqual(before);
    return e as ApiError;
  }
  throw new Error('import should have failed');
}

describe('import of files written by GDAL', () => {
  it.each([
    ['EPSG:9216', 'UTF-8', true],
    ['EPSG:3405', 'UTF-8', true],
    ['EPSG:9216', 'CP1258', true],
    ['EPSG:9216', 'CP1258', false],
  ] as const)('%s shapefile in %s (.cpg kept: %s) imports exactly', async (crs, encoding, keepCpg) => {
    const shp = gdalShapefile(tempDir(), crs, encoding, keepCpg);
    const preview = await p.handlers['interchange.preview']({
      path: shp,
      layer: 'roads',
      mapping: { ten_duong: 'name', so_hieu: 'road_code', be_rong: 'width_m', so_lan: 'lanes' },
    });
    expect(preview.crs).toBe(crs);
    expect(preview.encoding).toBe(encoding === 'UTF-8' ? 'utf-8' : 'windows-1258');
    if (!keepCpg) {
      expect(preview.warnings.join()).toMatch(/read as Windows-1258/u);
      // The same notice as code and values, in the same place, for the wizard's Vietnamese.
      const i = preview.warnings.findIndex((w) => /read as Windows-1258/u.test(w));
      expect(preview.notices[i]).toEqual({
        code: 'encoding_guessed',
        params: { encoding: 'Windows-1258 (CP1258)', converted: 0, cpg: 1 },
      });
    }
    expect(preview.fields.find((f) => f.name === 'ten_duong')!.samples[0]).toBe(ROADS_4326[0]!.name);

    const r = await p.handlers['interchange.import']({
      path: shp,
      layer: 'roads',
      skipInvalid: false,
      mapping: { ten_duong: 'name', so_hieu: 'road_code', be_rong: 'width_m', so_lan: 'lanes' },
    });
    // Row 3's two parts do not touch: two roads. Row 2's parts join: one road.
    expect(r.imported).toBe(4);
    expect(r.warnings.join('\n')).toMatch(/row 3: 2 separate parts became 2 roads/u);
    expect(r.notices).toContainEqual({
      code: 'parts_split',
      params: { file: path.basename(shp), row: 3, parts: 2, lines: 2 },
    });
    const roads = (await p.handlers['features.list']({ layer: 'roads' })).features;
    expect(roads.map((f) => f.properties.name)).toEqual([
      ROADS_4326[0]!.name,
      ROADS_4326[1]!.name,
      ROADS_4326[2]!.name,
      ROADS_4326[2]!.name,
    ]);
    expect(roads.map((f) => f.properties.road_code)).toEqual(['QL.14', 'ĐT.671', 'ĐH.92', 'ĐH.92']);
    expect(roads[0]!.properties).toMatchObject({ width_m: 7.5, lanes: 2 });
    const expected = [
      ROADS_4326[0]!.parts[0]!,
      [...ROADS_4326[1]!.parts[0]!, ROADS_4326[1]!.parts[1]![1]!],
      ...ROADS_4326[2]!.parts,
    ];
    roads.forEach((f, i) => {
      const got = (f.geometry as { coordinates: Position[] }).coordinates;
      expect(got).toHaveLength(expected[i]!.length);
      got.forEach((c, k) => {
        // 1e-8° is about 1 mm.
        expect(Math.abs(c[0] - expected[i]![k]![0])).toBeLessThan(1e-8);
        expect(Math.abs(c[1] - expected[i]![k]![1])).toBeLessThan(1e-8);
      });
    });
    // One import = one undoable change.
    await p.handlers['history.undo']({});
    expect((await p.handlers['features.list']({ layer: 'roads' })).features).toHaveLength(0);
  });

  it('reads null and blank DBF dates as null, and real dates as dates', async () => {
    const source = await readShapefile(gdalShapefile(tempDir(), 'EPSG:9216', 'UTF-8'));
    expect(source.fields.find((f) => f.name === 'ngay_xd')?.type).toBe('date');
    expect(source.records.map((r) => r.attributes.ngay_xd)).toEqual(['2004-05-17', null, null]);
  });

  it('imports a zipped shapefile, GeoJSON, KML and a GeoPackage layer made by GDAL', async () => {
    const dir = tempDir();
    const shp = gdalShapefile(dir, 'EPSG:9216', 'UTF-8');
    const zip = path.join(dir, 'roads.zip');
    const { zipSync } = await import('fflate');
    const base = shp.replace(/\.shp$/u, '');
    fs.writeFileSync(
      zip,
      zipSync(
        Object.fromEntries(
          ['.shp', '.shx', '.dbf', '.prj', '.cpg'].map((e) => [
            `roads${e}`,
            new Uint8Array(fs.readFileSync(base + e)),
          ]),
        ),
      ),
    );
    const gpkg = path.join(dir, 'roads.gpkg');
    ogr2ogr('-f', 'GPKG', gpkg, shp, '-nln', 'duong_bo');
    const kml = path.join(dir, 'roads.kml');
    ogr2ogr('-f', 'KML', kml, shp, '-t_srs', 'EPSG:4326');
    const geojson = path.join(dir, 'roads.geojson');
    ogr2ogr('-f', 'GeoJSON', geojson, shp, '-t_srs', 'EPSG:4326');
    for (const file of [zip, gpkg, kml, geojson]) {
      const r = await p.handlers['interchange.import']({
        path: file,
        layer: 'roads',
        skipInvalid: false,
        mapping: /\.kml$/u.test(file) ? {} : { ten_duong: 'name' },
      });
      expect(r.imported, file).toBe(4);
    }
    const names = (await p.handlers['features.list']({ layer: 'roads' })).features.map(
      (f) => f.properties.name,
    );
    expect(names.filter((n) => n === ROADS_4326[0]!.name)).toHaveLength(4);
  });

  it('imports CSV and XLSX point tables in Vietnamese survey order (X = northing)', async () => {
    const dir = tempDir();
    const [e, n] = transformPosition([108.0005, 14.3545], 'EPSG:4326', 'EPSG:9216');
    const csv = path.join(dir, 'cau.csv');
    fs.writeFileSync(
      csv,
      `Tên cầu;Lý trình;X;Y;Số nhịp\n"Cầu Đắk Bla";Km 1432+350;${String(n).replace('.', ',')};${String(e).replace('.', ',')};3\n`,
    );
    const r = await p.handlers['interchange.import']({
      path: csv,
      layer: 'bridges',
      crs: 'EPSG:9216',
      skipInvalid: false,
    });
    expect(r.imported).toBe(1);
    expect(r.warnings.join()).toMatch(/X is the northing/u);
    const b = (await p.handlers['features.list']({ layer: 'bridges' })).features[0]!;
    expect(b.properties).toMatchObject({ name: 'Cầu Đắk Bla', chainage_m: 1432350, spans: 3 });
    const [lon, lat] = (b.geometry as { coordinates: Position }).coordinates;
    expect(Math.abs(lon - 108.0005)).toBeLessThan(1e-8);
    expect(Math.abs(lat - 14.3545)).toBeLessThan(1e-8);
  });
});

describe('bad input gets a clear error and changes nothing', () => {
  let dir: string;
  let shp: string;
  beforeEach(() => {
    dir = tempDir();
    shp = gdalShapefile(dir, 'EPSG:9216', 'UTF-8');
  });

  it('truncated .shp', async () => {
    const bytes = fs.readFileSync(shp);
    fs.writeFileSync(shp, bytes.subarray(0, bytes.length - 40));
    const err = await importFails({ path: shp });
    expect(err.message).toMatch(/roads_UTF-8\.shp, row 3: the \.shp is truncated/u);
    // The same as code and values, for the wizard's Vietnamese.
    expect(err.detail).toEqual({
      code: 'shp_truncated',
      params: {
        record: 3,
        count: 3,
        end: expect.any(Number),
        size: bytes.length - 40,
        file: 'roads_UTF-8.shp',
        row: 3,
      },
    });
  });

  it('a damaged shape record (its type overwritten), found while the rows are read', async () => {
    const bytes = fs.readFileSync(shp);
    const shx = fs.readFileSync(shp.replace(/\.shp$/u, '.shx'));
    const second = shx.readInt32BE(108) * 2; // record 2's offset, from the index
    bytes.writeInt32LE(77, second + 8);
    fs.writeFileSync(shp, bytes);
    const err = await importFails({ path: shp, mapping: { so_hieu: 'road_code' } });
    expect(err.message).toMatch(/roads_UTF-8\.shp, row 2: .*shape type 77 is not supported/u);
    expect(err.detail).toMatchObject({
      code: 'shape_unreadable',
      params: { file: 'roads_UTF-8.shp', row: 2 },
    });
  });

  it('.dbf with fewer records than the .shp', async () => {
    const other = gdalShapefile(tempDir(), 'EPSG:9216', 'UTF-8');
    ogr2ogr('-f', 'ESRI Shapefile', path.join(dir, 'two.shp'), other, '-where', "so_hieu <> 'HL92'");
    fs.copyFileSync(path.join(dir, 'two.dbf'), shp.replace(/\.shp$/u, '.dbf'));
    expect((await importFails({ path: shp })).message).toMatch(
      /the \.dbf has 2 records but the \.shp has 3 shapes/u,
    );
  });

  it('missing .shx', async () => {
    fs.rmSync(shp.replace(/\.shp$/u, '.shx'));
    expect((await importFails({ path: shp })).message).toMatch(/\.shx index file is missing/u);
  });

  it('a .prj that does not fit the coordinates (UTM said, TM-3 written): rows rejected as outside Vietnam', async () => {
    fs.writeFileSync(
      shp.replace(/\.shp$/u, '.prj'),
      'PROJCS["WGS_1984_UTM_Zone_50N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
    );
    const err = await importFails({ path: shp });
    expect(err.message).toMatch(/coordinate system is unknown/u);
    const wrong = await importFails({ path: shp, crs: 'EPSG:3406' });
    expect(wrong.message).toMatch(/3 row\(s\) of roads_UTF-8\.shp cannot be imported; nothing was imported/u);
    expect(wrong.issues![0]!.message).toMatch(
      /from the project's central meridian 107\.5°: wrong CRS, or X and Y swapped/u,
    );
  });

  it('huge field values and invalid geometry are rejected by row and field; --skip-invalid lands the rest', async () => {
    const src = path.join(dir, 'bad.geojson');
    fs.writeFileSync(
      src,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: 'Đường tốt' },
            geometry: {
              type: 'LineString',
              coordinates: [
                [108, 14.3],
                [108.1, 14.4],
              ],
            },
          },
          {
            type: 'Feature',
            properties: { name: 'Đ'.repeat(5000) },
            geometry: {
              type: 'LineString',
              coordinates: [
                [108, 14.3],
                [108.1, 14.4],
              ],
            },
          },
          {
            type: 'Feature',
            properties: { name: 'Một điểm' },
            geometry: {
              type: 'LineString',
              coordinates: [
                [108, 14.3],
                [108, 14.3],
              ],
            },
          },
          {
            type: 'Feature',
            properties: { name: 'Cầu?' },
            geometry: { type: 'Point', coordinates: [108, 14.3] },
          },
          {
            type: 'Feature',
            properties: { name: 'x', lanes: 'hai' },
            geometry: {
              type: 'LineString',
              coordinates: [
                [108, 14.3],
                [108.1, 14.4],
              ],
            },
          },
        ],
      }),
    );
    const err = await importFails({ path: src });
    // The message a UI can say in its own language: code and values.
    expect(err.toBody().detail).toEqual({ code: 'rows_rejected', params: { count: 4, file: 'bad.geojson' } });
    expect(err.issues!.map((i) => `${i.path} ${i.message}`)).toEqual([
      'bad.geojson:2:name 5000 characters; name holds at most 200',
      'bad.geojson:3:(geometry) the line has fewer than two distinct vertices',
      'bad.geojson:4:(geometry) roads are lines; this is a Point',
      'bad.geojson:5:lanes "hai" is not a number',
    ]);
    const report = path.join(dir, 'rejected.csv');
    const r = await p.handlers['interchange.import']({
      path: src,
      layer: 'roads',
      skipInvalid: true,
      reportPath: report,
    });
    expect(r.imported).toBe(1);
    expect(fs.readFileSync(report, 'utf8')).toContain('bad.geojson,5,lanes,"""hai"" is not a number"');
  });

  it.each([
    ['empty file', 'empty.geojson', '', /the file is empty/u],
    ['not JSON', 'broken.geojson', '{"type": "FeatureCollection", "features": [', /not valid JSON/u],
    ['unknown kind of file', 'roads.dwg', 'AC1027', /cannot import this kind of file/u],
    ['CSV with ragged rows', 'ragged.csv', 'lon,lat,name\n108,14,a\n108,14\n', /row 3|line 3/u],
  ])('%s', async (_label, name, content, message) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    expect((await importFails({ path: file })).message).toMatch(message);
  });
});

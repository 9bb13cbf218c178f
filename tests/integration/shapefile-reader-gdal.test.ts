// Our shapefile readers (shp-reader.ts, dbf-reader.ts) against GDAL on shapefiles GDAL itself wrote: every
// shape type RoadGIS may meet (points, 3D points, multipoints, lines, multilines, polygons with holes and
// multipolygons), every dBASE type (text, integer, real, date, logical), blank values and deleted records.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { readShapefile } from '../../src/main/io/shapefile/read-shapefile';
import { flat2d, ogr2ogr, ogrGeoJson, ogrinfo, roundedTo } from '../support/gdal';
import { tempDir } from '../support/temp';

type Feature = { properties: Record<string, unknown>; geometry: unknown };

function shapefileFrom(features: Feature[], ...options: string[]): string {
  const dir = tempDir();
  const src = path.join(dir, 'src.geojson');
  fs.writeFileSync(
    src,
    JSON.stringify({ type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', ...f })) }),
  );
  const shp = path.join(dir, 'out.shp');
  ogr2ogr('-f', 'ESRI Shapefile', shp, src, '-lco', 'ENCODING=UTF-8', ...options);
  return shp;
}

/** GDAL's reading of the same file, with the geometry reduced to 2D. */
function gdalFeatures(shp: string) {
  return ogrGeoJson(shp, 'out').features.map((f) => ({
    geometry: f.geometry && { type: f.geometry.type, coordinates: flat2d(f.geometry.coordinates) },
    properties: f.properties,
  }));
}

const rounded = roundedTo(9);

const square = (x: number, y: number, s: number) => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

describe('shapefile readers agree with GDAL', () => {
  it.each([
    ['points', [{ type: 'Point', coordinates: [107.5, 14.3] }]],
    ['3D points', [{ type: 'Point', coordinates: [107.5, 14.3, 612.5] }]],
    [
      'multipoints',
      [
        {
          type: 'MultiPoint',
          coordinates: [
            [107.5, 14.3],
            [107.6, 14.4],
          ],
        },
      ],
    ],
    [
      'lines and multilines',
      [
        {
          type: 'LineString',
          coordinates: [
            [107.5, 14.3],
            [107.6, 14.4],
            [107.7, 14.35],
          ],
        },
        {
          type: 'MultiLineString',
          coordinates: [
            [
              [107.5, 14.3],
              [107.6, 14.4],
            ],
            [
              [107.8, 14.5],
              [107.9, 14.6],
            ],
          ],
        },
      ],
    ],
    [
      'polygons with holes and multipolygons',
      [
        { type: 'Polygon', coordinates: [square(107, 14, 1), square(107.2, 14.2, 0.2).reverse()] },
        {
          type: 'MultiPolygon',
          coordinates: [[square(107, 14, 1)], [square(108, 14, 1), square(108.1, 14.1, 0.1).reverse()]],
        },
      ],
    ],
  ])('%s', (_name, geometries) => {
    const shp = shapefileFrom(geometries.map((geometry, i) => ({ properties: { n: i }, geometry })));
    const ours = readShapefile(shp).records.map((r) => ({ geometry: r.geometry, properties: r.attributes }));
    const gdal = gdalFeatures(shp);
    expect(ours.map((f) => f.geometry!.type)).toEqual(gdal.map((f) => f.geometry!.type));
    // GDAL's GeoJSON prints 15 significant digits: compare to 1e-9 degrees.
    expect(rounded(ours.map((f) => f.geometry))).toEqual(rounded(gdal.map((f) => f.geometry)));
  });

  it('every dBASE type, blank values and Vietnamese text', () => {
    const shp = shapefileFrom([
      {
        properties: { ten: 'Cầu Đắk Bla', so: 12, rong: 7.25, ngay: '2021-03-04', tot: true },
        geometry: { type: 'Point', coordinates: [1, 2] },
      },
      {
        properties: { ten: null, so: null, rong: null, ngay: null, tot: false },
        geometry: { type: 'Point', coordinates: [3, 4] },
      },
      {
        properties: { ten: '  có khoảng trắng ', so: -3, rong: 0, ngay: '1999-12-31', tot: null },
        geometry: null,
      },
    ]);
    makeLogical(shp.replace('.shp', '.dbf'), 'tot', ['T', 'F', '?']);
    const data = readShapefile(shp);
    // GDAL 3.6 reads a dBASE logical as a one-letter string; RoadGIS reads it as 1/0/null (GeoPackage booleans).
    expect(data.fields.find((f) => f.name === 'tot')!.type).toBe('boolean');
    expect(data.records.map((r) => r.attributes.tot)).toEqual([1, 0, null]);
    const others = (r: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'tot'));
    expect(data.fields.filter((f) => f.name !== 'tot').map((f) => [f.name, f.type])).toEqual(
      gdalFieldTypes(shp).filter(([n]) => n !== 'tot'),
    );
    expect(data.records.map((r) => others(r.attributes))).toEqual(
      gdalFeatures(shp).map((f) =>
        others(
          Object.fromEntries(
            Object.entries(f.properties).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
          ),
        ),
      ),
    );
    expect(data.records[2]!.geometry).toBeNull();
  });

  it('leaves out records the .dbf marks deleted, as GDAL does', () => {
    const shp = shapefileFrom(
      [0, 1, 2, 3].map((i) => ({ properties: { n: i }, geometry: { type: 'Point', coordinates: [i, i] } })),
    );
    // Flag record 2 deleted ('*' in its first byte), as dBASE tools and GDAL without repacking leave it.
    const dbfFile = shp.replace('.shp', '.dbf');
    const dbf = fs.readFileSync(dbfFile);
    dbf[dbf.readUInt16LE(8) + dbf.readUInt16LE(10)] = 0x2a;
    fs.writeFileSync(dbfFile, dbf);
    const data = readShapefile(shp);
    expect(data.records.map((r) => [r.row, r.attributes.n])).toEqual([
      [1, 0],
      [3, 2],
      [4, 3],
    ]);
    expect(gdalFeatures(shp).map((f) => f.properties.n)).toEqual([0, 2, 3]);
    expect(data.warnings).toContainEqual(
      expect.objectContaining({ code: 'deleted_records', params: { count: 1 } }),
    );
  });
});

/** Turns a GDAL-written field into a dBASE logical (L) one with the given values (GDAL writes booleans as N). */
function makeLogical(dbfFile: string, name: string, values: string[]): void {
  const dbf = fs.readFileSync(dbfFile);
  const headerLength = dbf.readUInt16LE(8);
  const recordLength = dbf.readUInt16LE(10);
  let offset = 1;
  for (let at = 32; dbf[at] !== 0x0d; at += 32) {
    const width = dbf[at + 16]!;
    if (dbf.toString('latin1', at, at + 11).replace(/\0+$/u, '') === name) {
      dbf[at + 11] = 'L'.charCodeAt(0);
      values.forEach((v, r) => {
        const start = headerLength + r * recordLength + offset;
        dbf.fill(0x20, start, start + width);
        dbf.write(v, start, 'latin1');
      });
    }
    offset += width;
  }
  fs.writeFileSync(dbfFile, dbf);
}

/** Field names and our type names as GDAL reports them (ogrinfo -so). */
function gdalFieldTypes(shp: string): Array<[string, string]> {
  const kinds: Record<string, string> = {
    String: 'text',
    Integer: 'integer',
    Integer64: 'integer',
    Real: 'real',
    Date: 'date',
  };
  return [...ogrinfo('-so', shp, 'out').matchAll(/^(\w+): (\w+) \(/gmu)].map(
    (m) => [m[1]!, kinds[m[2]!] ?? m[2]!] as [string, string],
  );
}

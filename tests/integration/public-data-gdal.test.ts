// Our readers against GDAL on public files other tools wrote (scripts/public-test-data.sh fetches them from the
// Debian archive: R's `sf` package data): county multipolygons with many numeric fields, census tracts, storm
// tracks with Z and with Z+M values, GeoPackages with several layers, a non-spatial table and other SRSes.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { readGeoPackage } from '../../src/main/io/geopackage/read-geopackage';
import { readShapefile } from '../../src/main/io/shapefile/read-shapefile';
import { flat2d, ogrGeoJson, ogrinfo, roundedTo } from '../support/gdal';

const DATA = path.resolve(import.meta.dirname, '../artifacts/public-data');
if (!fs.existsSync(path.join(DATA, '.complete')))
  throw new Error(`${DATA} is missing: run bash scripts/public-test-data.sh (scripts/setup.sh does)`);

const files = (dir: string, ext: string) =>
  fs
    .readdirSync(path.join(DATA, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(DATA, dir, f));

/** Coordinates to 1e-7 of a unit. */
const rounded = roundedTo(7);

function gdal(file: string, layer: string) {
  return ogrGeoJson(file, layer).features.map((f) => ({
    geometry: f.geometry && { type: f.geometry.type, coordinates: flat2d(f.geometry.coordinates) },
    properties: f.properties,
  }));
}

describe('public shapefiles read as GDAL reads them', () => {
  it.each(files('shape', '.shp'))('%s', (shp) => {
    const ours = readShapefile(shp).records.map((r) => ({ geometry: r.geometry, properties: r.attributes }));
    const theirs = gdal(shp, path.basename(shp, '.shp'));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toHaveLength(theirs.length);
    expect(ours.map((f) => f.geometry?.type ?? null)).toEqual(theirs.map((f) => f.geometry?.type ?? null));
    expect(rounded(ours.map((f) => f.geometry))).toEqual(rounded(theirs.map((f) => f.geometry)));
    expect(rounded(ours.map((f) => f.properties))).toEqual(rounded(theirs.map((f) => f.properties)));
  });
});

describe('public GeoPackages read as GDAL reads them', () => {
  const layers = files('gpkg', '.gpkg').flatMap((gpkg) =>
    [...ogrinfo('-ro', '-q', gpkg).matchAll(/^\d+: (\S+)(?: \((.+)\))?$/gmu)]
      .filter((m) => m[2] !== 'None') // a table without geometry is not a map layer
      .map((m) => [path.basename(gpkg), m[1]!] as const),
  );

  it('finds spatial layers to compare', () => {
    expect(layers.length).toBeGreaterThanOrEqual(4);
  });

  it.each(layers)('%s, layer %s', async (name, layer) => {
    const file = path.join(DATA, 'gpkg', name);
    const ours = (await readGeoPackage(file, { layer })).records.map((r) => ({
      geometry: r.geometry,
      properties: r.attributes,
    }));
    const theirs = gdal(file, layer);
    expect(ours).toHaveLength(theirs.length);
    expect(rounded(ours.map((f) => f.geometry))).toEqual(rounded(theirs.map((f) => f.geometry)));
    expect(rounded(ours.map((f) => f.properties))).toEqual(rounded(theirs.map((f) => f.properties)));
  });
});

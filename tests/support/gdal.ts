// GDAL is the reference reader: these helpers run ogrinfo and the GeoPackage validator on files we write.
import { execFileSync, spawnSync } from 'node:child_process';

export const VALIDATOR = '/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py';

export function validateGpkg(file: string): { ok: boolean; output: string } {
  const r = spawnSync('/usr/bin/python3', [VALIDATOR, '--extra', '--warning-as-error', file], {
    encoding: 'utf8',
  });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
}

export function ogrinfo(...args: string[]): string {
  return execFileSync('ogrinfo', args, { encoding: 'utf8' });
}

export function ogr2ogr(...args: string[]): void {
  execFileSync('ogr2ogr', args, { encoding: 'utf8' });
}

/** GeoJSON of a layer as GDAL reads it. */
export function ogrGeoJson(
  file: string,
  layer: string,
): {
  features: Array<{ properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }>;
} {
  const out = execFileSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', file, layer], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return JSON.parse(out);
}

/** Coordinates cut to x, y (GDAL's GeoJSON keeps Z and M). */
export const flat2d = (c: unknown): unknown =>
  Array.isArray(c) && typeof c[0] === 'number' ? c.slice(0, 2) : Array.isArray(c) ? c.map(flat2d) : c;

/** Every number rounded to `digits` decimals, deep: GDAL's GeoJSON prints 15 significant digits. */
export const roundedTo =
  (digits: number) =>
  (v: unknown): unknown => {
    const f = 10 ** digits;
    const r = (x: unknown): unknown =>
      typeof x === 'number'
        ? Math.round(x * f) / f
        : Array.isArray(x)
          ? x.map(r)
          : x && typeof x === 'object'
            ? Object.fromEntries(Object.entries(x).map(([k, y]) => [k, r(y)]))
            : x;
    return r(v);
  };

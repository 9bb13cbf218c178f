// Tables (CSV, XLSX) → records. Finds the geometry: a WKT column, lon/lat columns, or X/Y columns. Vietnamese
// survey tables write X = northing, Y = easting; GIS tables the reverse. The magnitudes decide (northings in
// Vietnam are 0.9–2.6 million m, eastings below 1 million), so a mislabelled table still lands in place.
import type { Notice } from '../../domain/assets/interchange-notices';
import { notice } from '../../domain/assets/interchange-notices';
import { toNumber } from '../../domain/assets/value-conversion';
import type { Geometry, Position } from '../../domain/geometry/geojson';
import type { FieldValue, SourceData, SourceField } from './records';
import { readError } from '../../domain/assets/read-errors';
import { InputError } from './records';

export interface TableInput {
  file: string;
  layer: string;
  headers: string[];
  rows: FieldValue[][];
  /** Row number in the file of each row, as a person counts them (the heading is row 1). */
  rowNumbers: number[];
  warnings: Notice[];
  encoding?: string;
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase().trim();

const LON = /^(lon|long|lng|longitude|kinh do|x ?\(?wgs ?84\)?)\b/u;
const LAT = /^(lat|latitude|vi do|y ?\(?wgs ?84\)?)\b/u;
const X = /^(x|toa do x|x \(m|x_vn2000|x vn2000)\b/u;
const Y = /^(y|toa do y|y \(m|y_vn2000|y vn2000)\b/u;
const WKT = /^(wkt|geometry|geom|the_geom|hinh hoc)$/u;

/** Numbers as Vietnamese spreadsheets write them too: "553 787,123", "1.587.580,444". */
export function parseNumber(v: FieldValue): number | null {
  return toNumber(v) ?? null;
}

function parseWkt(text: string): Geometry | null {
  const t = text.trim().toUpperCase();
  const nums = (s: string): Position[] =>
    s.split(',').map((pair) => {
      const [x, y] = pair.trim().split(/\s+/u).map(Number);
      if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`bad coordinate "${pair.trim()}"`);
      return [x!, y!];
    });
  let m = /^POINT\s*\(([^)]*)\)$/u.exec(t);
  if (m) return { type: 'Point', coordinates: nums(m[1]!)[0]! };
  m = /^LINESTRING\s*\(([^)]*)\)$/u.exec(t);
  if (m) return { type: 'LineString', coordinates: nums(m[1]!) };
  m = /^MULTILINESTRING\s*\((.*)\)$/u.exec(t);
  if (m)
    return {
      type: 'MultiLineString',
      coordinates: [...m[1]!.matchAll(/\(([^)]*)\)/gu)].map((p) => nums(p[1]!)),
    };
  if (/^(POINT|LINESTRING|MULTILINESTRING)\s+EMPTY$/u.test(t)) return null;
  throw new Error(`not a WKT point or line: "${text.slice(0, 40)}"`);
}

export function tableToSource(t: TableInput, options: { crs?: string } = {}): SourceData {
  const folded = t.headers.map(fold);
  const find = (re: RegExp) => folded.findIndex((h) => re.test(h));
  const wkt = find(WKT);
  let lon = find(LON);
  let lat = find(LAT);
  const x = find(X);
  const y = find(Y);
  const warnings = [...t.warnings];
  const geomColumns = new Set<number>();
  let crs: string | null = options.crs ?? null;
  let position: ((row: FieldValue[]) => Position | null) | null = null;

  if (wkt >= 0) {
    geomColumns.add(wkt);
  } else if (lon >= 0 && lat >= 0) {
    crs = options.crs ?? 'EPSG:4326';
    geomColumns.add(lon).add(lat);
    position = (r) => {
      const a = parseNumber(r[lon] ?? null);
      const b = parseNumber(r[lat] ?? null);
      return a === null || b === null ? null : [a, b];
    };
  } else if (x >= 0 && y >= 0) {
    geomColumns.add(x).add(y);
    const xs = t.rows.map((r) => parseNumber(r[x] ?? null)).filter((n): n is number => n !== null);
    const ys = t.rows.map((r) => parseNumber(r[y] ?? null)).filter((n): n is number => n !== null);
    const mean = (a: number[]) => a.reduce((s, n) => s + n, 0) / Math.max(1, a.length);
    const [mx, my] = [mean(xs), mean(ys)];
    const degrees = Math.abs(mx) <= 180 && Math.abs(my) <= 180;
    if (degrees) {
      // Degrees: Vietnam's longitudes (102–110) are larger than its latitudes (8–24).
      [lon, lat] = mx > my ? [x, y] : [y, x];
      crs = options.crs ?? 'EPSG:4326';
      if (lon === y) warnings.push(notice('lat_lon_swapped'));
    } else {
      [lon, lat] = mx > my ? [y, x] : [x, y];
      if (lon === y) warnings.push(notice('survey_order'));
      if (!crs) warnings.push(notice('projected_without_crs'));
    }
    position = (r) => {
      const a = parseNumber(r[lon] ?? null);
      const b = parseNumber(r[lat] ?? null);
      return a === null || b === null ? null : [a, b];
    };
  } else {
    warnings.push(notice('no_coordinates'));
  }

  const records = t.rows.map((r, i) => {
    const row = t.rowNumbers[i] ?? i + 2;
    let geometry: Geometry | null = null;
    if (wkt >= 0 && r[wkt] !== null && r[wkt] !== '') {
      try {
        geometry = parseWkt(String(r[wkt]));
      } catch (e) {
        throw new InputError(
          t.file,
          readError('wkt_invalid', { detail: (e as Error).message }),
          row,
          t.headers[wkt],
        );
      }
    } else if (position) {
      const p = position(r);
      geometry = p ? { type: 'Point', coordinates: p } : null;
    }
    const attributes: Record<string, FieldValue> = {};
    t.headers.forEach((h, c) => {
      if (!geomColumns.has(c)) attributes[h] = r[c] ?? null;
    });
    return { row, geometry, attributes };
  });
  const fields: SourceField[] = t.headers
    .filter((_h, c) => !geomColumns.has(c))
    .map((h) => ({ name: h, type: 'text' }));
  return {
    file: t.file,
    layer: t.layer,
    crs,
    fields,
    records,
    warnings,
    ...(t.encoding ? { encoding: t.encoding } : {}),
  };
}

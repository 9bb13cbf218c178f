// Lengths and areas of drawn lines and polygons, measured in the project's working CRS (a VN-2000 TM-3 or UTM
// grid, metres): the grid values a Vietnamese surveyor would compute from the same coordinates. Geometry comes
// in as GeoJSON lon/lat (EPSG:4326). The formatters write "1,25 km" for Vietnamese and "1.25 km" for English.
import type { Geometry, Position } from '../geometry/geojson';
import { getCrs } from './crs';
import { lineLength } from './linear-referencing';
import { measuringProjection } from './transform';

export type Lang = 'vi' | 'en';

/**
 * lon/lat → working-CRS metres (without the datum shift: see `measuringProjection`). Refuses a geographic
 * CRS, whose "metres" would be degrees.
 */
export function planarProjection(workingCrs: string): (p: Position) => Position {
  const crs = getCrs(workingCrs);
  if (crs.kind === 'geographic') {
    throw new RangeError(
      `${crs.code} (${crs.name}) is geographic: measuring needs a projected working CRS (VN-2000 TM-3 or UTM)`,
    );
  }
  return measuringProjection(crs.code);
}

/** Planar area of a closed ring by the shoelace formula (positive whatever the winding). */
export function ringArea(ring: readonly Position[]): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    twice += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return Math.abs(twice) / 2;
}

/** Outer ring minus holes, already in a plane. */
export function planarPolygonArea(rings: readonly (readonly Position[])[]): number {
  let area = 0;
  rings.forEach((ring, i) => (area += i === 0 ? ringArea(ring) : -ringArea(ring)));
  return Math.max(0, area);
}

export interface Measurement {
  /** Metres: the line's length, or a polygon's perimeter (every ring). */
  length: number;
  /** Square metres, polygons only. */
  area: number | null;
}

/** Length (and area for polygons) of a lon/lat geometry in the working CRS. Points measure 0. */
export function measureGeometry(geometry: Geometry, workingCrs: string): Measurement {
  const project = planarProjection(workingCrs);
  const line = (coords: readonly Position[]) => lineLength(coords.map(project));
  const closed = (ring: readonly Position[]) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return first && last && (first[0] !== last[0] || first[1] !== last[1]) ? [...ring, first] : ring;
  };
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      return { length: 0, area: null };
    case 'LineString':
      return { length: line(geometry.coordinates), area: null };
    case 'MultiLineString':
      return { length: sum(geometry.coordinates.map(line)), area: null };
    case 'Polygon':
    case 'MultiPolygon': {
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      let length = 0;
      let area = 0;
      for (const rings of polygons) {
        const projected = rings.map((r) => closed(r).map(project));
        length += sum(projected.map(lineLength));
        area += planarPolygonArea(projected);
      }
      return { length, area };
    }
    case 'GeometryCollection': {
      const parts = geometry.geometries.map((g) => measureGeometry(g, workingCrs));
      const areas = parts.map((p) => p.area).filter((a): a is number => a !== null);
      return { length: sum(parts.map((p) => p.length)), area: areas.length ? sum(areas) : null };
    }
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/**
 * A number with a fixed count of decimals and grouped thousands: vi "12.345,6", en "12,345.6" (what the
 * vi-VN and en-GB locales write, done by hand so every host prints the same).
 */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  if (!Number.isFinite(value)) return String(value);
  const [int = '0', frac] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/gu, lang === 'vi' ? '.' : ',');
  const sign = value < 0 && /[1-9]/u.test(int + (frac ?? '')) ? '-' : '';
  return sign + grouped + (frac ? (lang === 'vi' ? ',' : '.') + frac : '');
}

/** "850 m", "12,4 m" under 100 m, "1,25 km" from 1 km (vi); the same with a decimal point in English.
 * The unit is chosen after rounding, so 999.7 m reads "1,00 km", never "1.000 m". */
export function formatLength(metres: number, lang: Lang): string {
  const m = Math.abs(metres);
  if (m >= 999.5) return `${formatNumber(metres / 1000, 2, lang)} km`;
  return `${formatNumber(metres, m < 99.95 ? 1 : 0, lang)} m`;
}

/** "850 m²" below one hectare, "1,25 ha" from 1 ha (10 000 m²) up. */
export function formatArea(squareMetres: number, lang: Lang): string {
  const a = Math.abs(squareMetres);
  if (a >= 9999.5) return `${formatNumber(squareMetres / 10_000, 2, lang)} ha`;
  return `${formatNumber(squareMetres, a < 99.95 ? 1 : 0, lang)} m²`;
}

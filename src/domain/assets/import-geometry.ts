// What an imported geometry must be to become an asset: the layer's type, inside Vietnam, not degenerate.
// Multipart lines whose parts join end to start become one road; parts that do not join become one road each.
import type { Geometry, LineString, Position } from '../geometry/geojson';
import type { ImportProblem } from './import-problems';
import { problem } from './import-problems';
import type { LayerName } from './layers';
import { LAYERS } from './layers';

/** Multipart lines that were joined or split: worth a notice (interchange-notices.ts). */
export interface PartsNote {
  code: 'parts_split' | 'parts_joined';
  parts: number;
  lines: number;
}

export type PreparedGeometry =
  { ok: true; geometries: Geometry[]; note?: PartsNote } | ({ ok: false } & ImportProblem);

// Vietnam with its islands, generously: outside this, the CRS or the X/Y order is almost surely wrong.
export const VN_BOUNDS = { minLon: 101.0, maxLon: 118.0, minLat: 6.0, maxLat: 24.0 };

const same = (a: Position, b: Position) => Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;

function cleanLine(coords: Position[]): Position[] {
  return coords.filter((p, i) => i === 0 || !same(p, coords[i - 1]!));
}

function inVietnam([lon, lat]: Position): boolean {
  return (
    lon >= VN_BOUNDS.minLon && lon <= VN_BOUNDS.maxLon && lat >= VN_BOUNDS.minLat && lat <= VN_BOUNDS.maxLat
  );
}

function joinParts(parts: Position[][]): Position[][] {
  const out: Position[][] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && same(last[last.length - 1]!, part[0]!)) last.push(...part.slice(1));
    else out.push([...part]);
  }
  return out;
}

/** Longitudes a project can hold: a provincial TM-3 or UTM zone's data lies within 3° of its meridian. */
export interface ProjectArea {
  centralMeridian: number;
  maxDegrees: number;
}

/** KML MultiGeometry arrives as a collection: of lines it is a multiline, of one point a point. */
function fromCollection(g: Geometry): Geometry {
  if (g.type !== 'GeometryCollection') return g;
  if (g.geometries.every((c) => c.type === 'LineString')) {
    return { type: 'MultiLineString', coordinates: g.geometries.map((c) => (c as LineString).coordinates) };
  }
  return g.geometries.length === 1 ? g.geometries[0]! : g;
}

export function prepareGeometry(
  layer: LayerName,
  input: Geometry | null,
  area?: ProjectArea,
): PreparedGeometry {
  if (!input) return { ok: false, ...problem('no_geometry') };
  const g = fromCollection(input);
  const positions: Position[] = [];
  const collect = (x: Geometry) => {
    if (x.type === 'Point') positions.push(x.coordinates);
    else if (x.type === 'LineString' || x.type === 'MultiPoint') positions.push(...x.coordinates);
    else if (x.type === 'MultiLineString' || x.type === 'Polygon')
      x.coordinates.forEach((c) => positions.push(...c));
  };
  collect(g);
  if (positions.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1])))
    return { ok: false, ...problem('not_numbers') };
  if (positions.length && !positions.every(inVietnam)) {
    const p = positions.find((q) => !inVietnam(q))!;
    return { ok: false, ...problem('outside_vietnam', { lon: p[0].toFixed(5), lat: p[1].toFixed(5) }) };
  }
  const far = area && positions.find((q) => Math.abs(q[0] - area.centralMeridian) > area.maxDegrees);
  if (far && area) {
    return {
      ok: false,
      ...problem('far_from_zone', {
        lon: far[0].toFixed(5),
        lat: far[1].toFixed(5),
        degrees: Math.abs(far[0] - area.centralMeridian).toFixed(1),
        meridian: area.centralMeridian,
      }),
    };
  }
  if (LAYERS[layer].geometryType === 'POINT') {
    if (g.type === 'Point') return { ok: true, geometries: [g] };
    if (g.type === 'MultiPoint' && g.coordinates.length === 1)
      return { ok: true, geometries: [{ type: 'Point', coordinates: g.coordinates[0]! }] };
    return { ok: false, ...problem('points_only', { layer: LAYERS[layer].en.toLowerCase(), type: g.type }) };
  }
  let parts: Position[][];
  if (g.type === 'LineString') parts = [g.coordinates];
  else if (g.type === 'MultiLineString') parts = g.coordinates;
  else return { ok: false, ...problem('lines_only', { type: g.type }) };
  const joined = joinParts(parts.map(cleanLine).filter((p) => p.length > 0));
  const lines: LineString[] = joined
    .filter((p) => p.length >= 2)
    .map((coordinates) => ({ type: 'LineString', coordinates }));
  if (lines.length === 0) return { ok: false, ...problem('degenerate_line') };
  if (lines.length < joined.length) return { ok: false, ...problem('degenerate_part') };
  return lines.length === 1 && parts.length === 1
    ? { ok: true, geometries: lines }
    : {
        ok: true,
        geometries: lines,
        note: {
          code: lines.length > 1 ? 'parts_split' : 'parts_joined',
          parts: parts.length,
          lines: lines.length,
        },
      };
}

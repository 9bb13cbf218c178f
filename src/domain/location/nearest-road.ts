// The nearest road to a point (a bridge being placed, the pointer, the laptop's position) with its route,
// chainage (Km+m) and signed offset, measured in the working CRS. Beyond the tolerance there is NO chainage,
// only a coded warning with the distance: a bridge 68 km from every road must never read "Km 12+350".
// Candidates are whatever the caller pre-filtered (the store's R*Tree with `toleranceBBox`); this module
// measures them exactly.
import type { Attributes } from '../assets/attributes';
import type { CodedText, TextCatalog } from '../assets/coded-text';
import { codedText, param } from '../assets/coded-text';
import { interpolate } from '../editing/planar';
import type { BBox, Geometry, Position } from '../geometry/geojson';
import { formatChainage } from './chainage';
import { locatePointOnLine } from './linear-referencing';
import { planarProjection } from './measure';

export interface RoadCandidate {
  uid: string;
  geometry: Geometry | null;
  properties: Attributes;
}

export interface NearestRoadOptions {
  workingCrs: string;
  /** Metres: farther than this from every candidate, the point gets no chainage. */
  tolerance: number;
  /** Only roads of this route (an asset whose route is already known). */
  routeCode?: string;
  /** Metres either side of the centreline that count as "giữa" (centre). Default 0.5 m. */
  centreBand?: number;
}

/** Side codes of the SIDES vocabulary: left/right of increasing chainage, or on the centreline. */
export type RoadSide = 'trai' | 'phai' | 'giua';

export type NearestRoadWarningCode = 'road_too_far' | 'no_road';

export const NEAREST_ROAD_TEXT_EN: TextCatalog<NearestRoadWarningCode> = {
  road_too_far: (p) =>
    `the nearest road (${param(p, 'routeCode') || 'no code'}) is ${param(p, 'distance')} m away, more than the ${param(p, 'tolerance')} m tolerance: no chainage given`,
  no_road: (p) => `no road within ${param(p, 'tolerance')} m: no chainage given`,
};

interface NearestBase {
  uid: string;
  routeCode: string | null;
  /** Metres from the point to the road's centreline. */
  distance: number;
  /** The nearest position on the road, lon/lat. */
  nearest: Position;
}

export type NearestRoad =
  | (NearestBase & {
      status: 'located';
      /** Metres from the route origin (start chainage + distance along the road), to 0.1 m. */
      chainage: number;
      chainageText: string;
      /** Metres; > 0 right of the direction of increasing chainage, < 0 left. */
      offset: number;
      side: RoadSide;
    })
  | (NearestBase & { status: 'too_far'; warning: CodedText<NearestRoadWarningCode> })
  | { status: 'none'; warning: CodedText<NearestRoadWarningCode> };

const METRES_PER_DEGREE_LAT_MIN = 110_574; // at the equator; more everywhere else

/**
 * A lon/lat box holding every point within `metres` of `point` (with a margin for the TM scale factor), for
 * the R*Tree query that gathers candidate roads.
 */
export function toleranceBBox(point: Position, metres: number): BBox {
  const margin = 1.01;
  const dLat = (metres * margin) / METRES_PER_DEGREE_LAT_MIN;
  const cosLat = Math.max(Math.cos(((Math.abs(point[1]) + dLat) * Math.PI) / 180), 1e-6);
  const dLon = (metres * margin) / (111_320 * cosLat);
  return [point[0] - dLon, point[1] - dLat, point[0] + dLon, point[1] + dLat];
}

function routeCodeOf(properties: Attributes): string | null {
  const code = properties.road_code;
  return typeof code === 'string' && code.trim() !== '' ? code : null;
}

/** Finds the nearest road line to `point` (lon/lat) and, within the tolerance, its chainage and offset. */
export function nearestRoad(
  point: Position,
  candidates: readonly RoadCandidate[],
  options: NearestRoadOptions,
): NearestRoad {
  const { tolerance } = options;
  if (!(tolerance >= 0)) throw new RangeError(`tolerance must be ≥ 0 m, got ${tolerance}`);
  const project = planarProjection(options.workingCrs);
  const p = project(point);
  let best: {
    road: RoadCandidate;
    distance: number;
    along: number;
    offset: number;
    nearest: Position;
  } | null = null;
  for (const road of candidates) {
    const g = road.geometry;
    if (g?.type !== 'LineString' || g.coordinates.length < 2) continue;
    if (options.routeCode !== undefined && routeCodeOf(road.properties) !== options.routeCode) continue;
    const hit = locatePointOnLine(g.coordinates.map(project), p);
    const distance = Math.abs(hit.offset);
    if (best && distance >= best.distance) continue;
    // lon/lat of the nearest point by the same fraction: exact at the vertices, sub-millimetre between them.
    const nearest = interpolate(
      g.coordinates[hit.segmentIndex]!,
      g.coordinates[hit.segmentIndex + 1]!,
      hit.fraction,
    );
    best = { road, distance, along: hit.along, offset: hit.offset, nearest };
  }
  if (!best) {
    return { status: 'none', warning: codedText(NEAREST_ROAD_TEXT_EN, 'no_road', { tolerance }) };
  }
  const base: NearestBase = {
    uid: best.road.uid,
    routeCode: routeCodeOf(best.road.properties),
    distance: best.distance,
    nearest: best.nearest,
  };
  if (best.distance > tolerance) {
    const params = { distance: Math.round(best.distance), tolerance, routeCode: base.routeCode ?? '' };
    return { ...base, status: 'too_far', warning: codedText(NEAREST_ROAD_TEXT_EN, 'road_too_far', params) };
  }
  const start = best.road.properties.start_chainage_m;
  const chainage = Math.round(((typeof start === 'number' ? start : 0) + best.along) * 10) / 10;
  const band = options.centreBand ?? 0.5;
  const side: RoadSide = Math.abs(best.offset) <= band ? 'giua' : best.offset > 0 ? 'phai' : 'trai';
  return {
    ...base,
    status: 'located',
    chainage,
    chainageText: formatChainage(Math.max(0, chainage)),
    offset: best.offset,
    side,
  };
}

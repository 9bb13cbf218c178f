// Routes from stored features: road lines and km-post points in WGS 84 (GeoJSON), measured in the project's
// working CRS. Results go back to WGS 84 through the same projection's inverse.
import type { Geometry, Position } from '../../geometry/geojson';
import { measuringConverter } from '../transform';
import type { KmEquation } from './calibration';
import type { RouteLocation } from './locate';
import type { BuiltRoute, RouteInput } from './route';
import { buildRoute } from './route';
import type { RouteSegment } from './route-path';

export interface RoadFeatureInput {
  id: string;
  geometry: Geometry | null;
}

export interface KmPostFeatureInput {
  id: string;
  km: number;
  geometry: Geometry | null;
}

export interface GeoRouteInput {
  code: string;
  roads: readonly RoadFeatureInput[];
  posts?: readonly KmPostFeatureInput[];
  /** Equations with `at` in WGS 84 lon/lat. */
  equations?: readonly KmEquation[];
  /** Route origin in WGS 84 lon/lat. */
  origin?: Position;
  startChainage?: number;
  workingCrs: string;
  options?: Pick<RouteInput, 'snapTolerance' | 'postTolerance' | 'spacingTolerance'>;
}

/** A built route plus the projection between WGS 84 and its working CRS. */
export interface GeoRoute {
  built: BuiltRoute;
  toPlane: (p: Position) => Position;
  toWgs84: (p: Position) => Position;
}

/** Road segments of one feature: a LineString, or each part of a MultiLineString. */
function segmentsOf(road: RoadFeatureInput, project: (p: Position) => Position): RouteSegment[] {
  const g = road.geometry;
  if (g?.type === 'LineString') return [{ id: road.id, line: g.coordinates.map(project) }];
  if (g?.type === 'MultiLineString')
    return g.coordinates.map((part, i) => ({ id: `${road.id}#${i + 1}`, line: part.map(project) }));
  return [];
}

export function buildGeoRoute(input: GeoRouteInput): GeoRoute {
  const { forward, inverse } = measuringConverter(input.workingCrs);
  const posts = (input.posts ?? []).flatMap((post) =>
    post.geometry?.type === 'Point'
      ? [{ id: post.id, km: post.km, position: forward(post.geometry.coordinates) }]
      : [],
  );
  const built = buildRoute({
    code: input.code,
    segments: input.roads.flatMap((r) => segmentsOf(r, forward)),
    posts,
    equations: (input.equations ?? []).map((e) => (e.at ? { ...e, at: forward(e.at) } : e)),
    ...(input.origin ? { origin: forward(input.origin) } : {}),
    ...(input.startChainage !== undefined ? { startChainage: input.startChainage } : {}),
    ...input.options,
  });
  return { built, toPlane: forward, toWgs84: inverse };
}

/** Rounds a location for storage: chainage and offset to the centimetre. */
export function roundLocation(loc: RouteLocation): RouteLocation {
  const cm = (m: number) => Math.round(m * 100) / 100;
  return { ...loc, chainage: cm(loc.chainage), offset: cm(loc.offset), along: cm(loc.along) };
}

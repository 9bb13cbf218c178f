// Chainage of point assets: project the point and its route into the working CRS (metres) and measure
// along the road from its start, offset by the road's start chainage (domain-vn §2.4).
import type { Attributes } from '../../domain/assets/attributes';
import type { Geometry, Position } from '../../domain/geometry/geojson';
import { lineLength, locatePointOnLine } from '../../domain/location/linear-referencing';
import { measuringProjection } from '../../domain/location/transform';
import type { StoredFeature } from '../store/queries';

export function projectedLength(geometry: Geometry | null, workingCrs: string): number | null {
  if (!geometry || geometry.type !== 'LineString') return null;
  const project = measuringProjection(workingCrs);
  return Math.round(lineLength(geometry.coordinates.map(project)) * 100) / 100;
}

export interface RouteLocation {
  chainage: number;
  offset: number;
  road: StoredFeature;
}

/** Locates a point on the nearest road carrying `routeCode`; null when the route has no geometry here. */
export function locateOnRoute(
  point: Position,
  routeCode: string,
  roads: readonly StoredFeature[],
  workingCrs: string,
): RouteLocation | null {
  const project = measuringProjection(workingCrs);
  const p = project(point);
  let best: RouteLocation | null = null;
  for (const road of roads) {
    if (road.properties.road_code !== routeCode || road.geometry?.type !== 'LineString') continue;
    const line = road.geometry.coordinates.map(project);
    const hit = locatePointOnLine(line, p);
    if (!best || Math.abs(hit.offset) < Math.abs(best.offset)) {
      const start =
        typeof road.properties.start_chainage_m === 'number' ? road.properties.start_chainage_m : 0;
      best = { chainage: Math.round((start + hit.along) * 10) / 10, offset: hit.offset, road };
    }
  }
  return best;
}

export function withComputedChainage(
  attrs: Attributes,
  geometry: Geometry | null,
  roads: () => StoredFeature[],
  workingCrs: string,
  explicitChainage: boolean,
): Attributes {
  if (explicitChainage || geometry?.type !== 'Point' || typeof attrs.route_code !== 'string') return attrs;
  const hit = locateOnRoute(geometry.coordinates, attrs.route_code, roads(), workingCrs);
  return hit ? { ...attrs, chainage_m: hit.chainage } : attrs;
}

// Chainage of point assets: project the point and its route into the working CRS (metres) and measure
// along the road from its start, offset by the road's start chainage (domain-vn §2.4).
import type { Attributes } from '../assets/attributes';
import type { Geometry, Position } from '../geometry/geojson';
import { lineLength, locatePointOnLine } from './linear-referencing';
import { measuringProjection } from './transform';

/** What measuring needs of a road: its line and its attributes (a stored feature or one being imported). */
export interface RouteFeature {
  geometry: Geometry | null;
  properties: Attributes;
}

/** A road's length in metres to the centimetre, measured in the working CRS (geometry in WGS 84). */
export function projectedLength(geometry: Geometry | null, workingCrs: string): number | null {
  if (!geometry || geometry.type !== 'LineString') return null;
  const project = measuringProjection(workingCrs, geometry.coordinates[0]);
  return planarLength(geometry.coordinates.map(project));
}

/** The same for a line already in the working CRS (an import in the project's own zone): no reprojection. */
export function planarLength(line: readonly Position[]): number {
  return Math.round(lineLength(line) * 100) / 100;
}

export interface RouteLocation {
  chainage: number;
  offset: number;
  road: RouteFeature;
}

/** Locates a point on the nearest road carrying `routeCode`; null when the route has no geometry here. */
export function locateOnRoute(
  point: Position,
  routeCode: string,
  roads: readonly RouteFeature[],
  workingCrs: string,
): RouteLocation | null {
  const project = measuringProjection(workingCrs, point);
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

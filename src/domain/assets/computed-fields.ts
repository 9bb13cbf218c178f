// The fields RoadGIS computes rather than a person types: a road's length, and a bridge's or culvert's chainage
// on its route (domain-vn §2.4). One function for every way a feature enters the project — an edit, an import,
// later a sync pull — with the roads it needs passed in as data, so the callers cannot drift apart.
import type { Geometry, Position } from '../geometry/geojson';
import type { RouteFeature } from '../location/route-measure';
import { locateOnRoute, planarLength, projectedLength } from '../location/route-measure';
import type { Attributes } from './attributes';
import type { LayerName } from './layers';

/** Beyond this distance from every road of its route, a point asset gets no chainage (configurable later). */
export const DEFAULT_CHAINAGE_TOLERANCE_M = 500;

export interface ComputeContext {
  workingCrs: string;
  /** Roads carrying `routeCode` that may lie within `toleranceM` of `point` (more is fine, fewer is not). */
  routeCandidates: (routeCode: string, point: Position, toleranceM: number) => readonly RouteFeature[];
  toleranceM?: number;
}

export interface ComputeRequest {
  layer: LayerName;
  /** The feature's attributes as they will be stored (computed ones may be stale). */
  attributes: Attributes;
  geometry: Geometry | null;
  /** Chainage typed by a person or carried by the file: kept, not computed. */
  explicitChainage: boolean;
  /** The road's line already in the working CRS (an import in the project's own zone): measured as is. */
  workingLine?: readonly Position[] | null;
}

/** The computed fields of one feature: `length_m` for roads; `chainage_m` for points on a route. */
export function computedFields(req: ComputeRequest, ctx: ComputeContext): Attributes {
  const { layer, attributes, geometry } = req;
  if (layer === 'roads') {
    return {
      length_m: req.workingLine ? planarLength(req.workingLine) : projectedLength(geometry, ctx.workingCrs),
    };
  }
  if (req.explicitChainage) return {};
  const route = attributes.route_code;
  if (geometry?.type !== 'Point' || typeof route !== 'string' || route === '') return { chainage_m: null };
  const tolerance = ctx.toleranceM ?? DEFAULT_CHAINAGE_TOLERANCE_M;
  const candidates = ctx.routeCandidates(route, geometry.coordinates, tolerance);
  const hit = locateOnRoute(geometry.coordinates, route, candidates, ctx.workingCrs);
  return { chainage_m: hit && Math.abs(hit.offset) <= tolerance ? hit.chainage : null };
}

/** A box around a WGS 84 point that holds every position within `metres` of it (R*Tree candidate search). */
export function boxAround([lon, lat]: Position, metres: number): [number, number, number, number] {
  const dLat = metres / 110_574 + 1e-9;
  const dLon = metres / (111_320 * Math.max(0.01, Math.cos((lat * Math.PI) / 180))) + 1e-9;
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

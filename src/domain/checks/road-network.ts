// The roads of a check run, projected once into flat arrays and indexed for "what is near here" queries.
// The index holds runs of up to CHUNK segments rather than single segments: a tenth of the entries (so building
// and querying stay fast at 100k roads × 20 vertices) at the cost of a few extra segment tests per query.
import Flatbush from 'flatbush';
import type { Position } from '../geometry/geojson';
import { interpolate, segmentDistanceSq, segmentFraction } from '../editing/planar';
import type { PlainFeature as CheckFeature } from '../editing/line-edit-plan';
import type { PlaneProjector } from './plane-projection';

const CHUNK = 8;

export type RoadRejection = 'no_geometry' | 'not_a_line' | 'too_few_vertices' | 'not_finite' | 'zero_length';

export interface RoadNetwork {
  /** Usable roads, in input order: uid, code, source coordinates. */
  uid: string[];
  code: Array<string | null>;
  source: Position[][];
  /** Projected vertices, flat x, y; road r owns vertices first[r] … first[r + 1] − 1. */
  xy: Float64Array;
  first: Uint32Array;
  /** Index entries: chunk c covers segments starting at vertices chunkFrom[c] … chunkTo[c] − 1 of chunkRoad[c]. */
  chunkRoad: Uint32Array;
  chunkFrom: Uint32Array;
  chunkTo: Uint32Array;
  index: Flatbush | null;
}

export interface BuiltNetwork {
  network: RoadNetwork;
  rejected: Array<{ feature: CheckFeature; reason: RoadRejection; length?: number }>;
}

function rejection(feature: CheckFeature): RoadRejection | null {
  const g = feature.geometry;
  if (!g) return 'no_geometry';
  if (g.type !== 'LineString') return 'not_a_line';
  if (g.coordinates.length < 2) return 'too_few_vertices';
  for (const p of g.coordinates) if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) return 'not_finite';
  return null;
}

function roadCode(feature: CheckFeature): string | null {
  const code = feature.properties.road_code;
  return typeof code === 'string' && code.trim() !== '' ? code.trim() : null;
}

/** Projects and indexes the usable roads; the others come back with the reason. */
export function buildRoadNetwork(
  roads: readonly CheckFeature[],
  projector: PlaneProjector,
  minLength: number,
): BuiltNetwork {
  const rejected: BuiltNetwork['rejected'] = [];
  const usable: Array<{ feature: CheckFeature; coords: Position[] }> = [];
  let vertexCount = 0;
  for (const feature of roads) {
    const reason = rejection(feature);
    if (reason) {
      rejected.push({ feature, reason });
      continue;
    }
    const coords = (feature.geometry as { coordinates: Position[] }).coordinates;
    usable.push({ feature, coords });
    vertexCount += coords.length;
  }

  // Project straight into one flat array, then drop the lines with no length.
  const all = new Float64Array(vertexCount * 2);
  const kept: typeof usable = [];
  const starts: number[] = [];
  let v = 0; // next free vertex slot: a kept line stays where it was projected, a dropped one is overwritten
  let chunks = 0;
  for (const u of usable) {
    projector.line(u.coords, all, 2 * v);
    let length = 0;
    for (let k = v + 1; k < v + u.coords.length; k++) {
      const dx = all[2 * k]! - all[2 * k - 2]!;
      const dy = all[2 * k + 1]! - all[2 * k - 1]!;
      length += Math.sqrt(dx * dx + dy * dy); // not Math.hypot: several times slower in V8
    }
    if (length >= minLength) {
      kept.push(u);
      starts.push(v);
      v += u.coords.length;
      chunks += Math.ceil((u.coords.length - 1) / CHUNK);
    } else {
      rejected.push({ feature: u.feature, reason: 'zero_length', length });
    }
  }
  const xy = all.subarray(0, v * 2);
  const first = Uint32Array.from([...starts, v]);

  const chunkRoad = new Uint32Array(chunks);
  const chunkFrom = new Uint32Array(chunks);
  const chunkTo = new Uint32Array(chunks);
  const index = chunks > 0 ? new Flatbush(chunks) : null;
  let c = 0;
  for (let r = 0; r < kept.length; r++) {
    const last = first[r + 1]! - 1;
    for (let from = first[r]!; from < last; from += CHUNK) {
      const to = Math.min(from + CHUNK, last);
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (let k = from; k <= to; k++) {
        const x = xy[2 * k]!;
        const y = xy[2 * k + 1]!;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      chunkRoad[c] = r;
      chunkFrom[c] = from;
      chunkTo[c] = to;
      index!.add(minX, minY, maxX, maxY);
      c++;
    }
  }
  index?.finish();

  return {
    network: {
      uid: kept.map((u) => u.feature.uid),
      code: kept.map((u) => roadCode(u.feature)),
      source: kept.map((u) => u.coords),
      xy,
      first,
      chunkRoad,
      chunkFrom,
      chunkTo,
      index,
    },
    rejected,
  };
}

export interface NearestSegment {
  road: number;
  /** Global index of the segment's first vertex. */
  vertex: number;
  fraction: number;
  distance: number;
}

/**
 * The nearest road segment to (x, y) within `radius` (inclusive), leaving out road `skipRoad`; null when none
 * is that close. Ties go to the earlier road and segment, so the answer does not depend on the index's order.
 */
export function nearestSegment(
  net: RoadNetwork,
  x: number,
  y: number,
  radius: number,
  skipRoad = -1,
): NearestSegment | null {
  if (!net.index) return null;
  const { xy, chunkRoad, chunkFrom, chunkTo } = net;
  let bestRoad = -1;
  let bestVertex = -1;
  let bestD2 = radius * radius;
  // Work inside the index's filter and keep no result list: this runs once per road end and per point.
  net.index.search(x - radius, y - radius, x + radius, y + radius, (c) => {
    const road = chunkRoad[c]!;
    if (road === skipRoad) return false;
    for (let k = chunkFrom[c]!; k < chunkTo[c]!; k++) {
      const d2 = segmentDistanceSq(x, y, xy[2 * k]!, xy[2 * k + 1]!, xy[2 * k + 2]!, xy[2 * k + 3]!);
      if (d2 > bestD2) continue;
      if (bestRoad < 0 || d2 < bestD2 || road < bestRoad || (road === bestRoad && k < bestVertex)) {
        bestRoad = road;
        bestVertex = k;
        bestD2 = d2;
      }
    }
    return false;
  });
  if (bestRoad < 0) return null;
  const k = bestVertex;
  return {
    road: bestRoad,
    vertex: k,
    fraction: segmentFraction(x, y, xy[2 * k]!, xy[2 * k + 1]!, xy[2 * k + 2]!, xy[2 * k + 3]!),
    distance: Math.sqrt(bestD2),
  };
}

/** The nearest road segment to (x, y) at any distance (for saying how far the nearest road is). */
export function nearestSegmentAnywhere(net: RoadNetwork, x: number, y: number): NearestSegment | null {
  if (!net.index) return null;
  const [c] = net.index.neighbors(x, y, 1);
  if (c === undefined) return null;
  // The chunk whose box is nearest holds a segment at distance d; the true nearest is within d.
  let d2 = Infinity;
  const { xy } = net;
  for (let k = net.chunkFrom[c]!; k < net.chunkTo[c]!; k++) {
    d2 = Math.min(d2, segmentDistanceSq(x, y, xy[2 * k]!, xy[2 * k + 1]!, xy[2 * k + 2]!, xy[2 * k + 3]!));
  }
  return nearestSegment(net, x, y, Math.sqrt(d2) * (1 + 1e-9) + 1e-9);
}

/** The source (lon/lat) position at `fraction` of the segment starting at global vertex `vertex` of `road`. */
export function sourcePosition(net: RoadNetwork, road: number, vertex: number, fraction: number): Position {
  const coords = net.source[road]!;
  const i = vertex - net.first[road]!;
  return interpolate(coords[i]!, coords[Math.min(i + 1, coords.length - 1)]!, fraction);
}

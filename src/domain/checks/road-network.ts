// The roads of a check run, projected once into flat arrays and indexed for "what is near here" queries.
// The index holds runs of up to CHUNK segments rather than single segments: a tenth of the entries (so building
// and querying stay fast at 100k roads × 20 vertices) at the cost of a few extra segment tests per query.
import Flatbush from 'flatbush';
import type { Position } from '../geometry/geojson';
import { interpolate, segmentDistanceSq, segmentFraction } from '../editing/planar';
import type { PlainFeature as CheckFeature } from '../editing/line-edit-plan';

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
  project: (p: Position) => Position,
  minLength: number,
): BuiltNetwork {
  const rejected: BuiltNetwork['rejected'] = [];
  const usable: Array<{ feature: CheckFeature; coords: Position[]; plane: Position[] }> = [];
  let vertexCount = 0;
  for (const feature of roads) {
    const reason = rejection(feature);
    if (reason) {
      rejected.push({ feature, reason });
      continue;
    }
    const coords = (feature.geometry as { coordinates: Position[] }).coordinates;
    const plane = coords.map(project);
    let length = 0;
    for (let i = 1; i < plane.length; i++) {
      length += Math.hypot(plane[i]![0] - plane[i - 1]![0], plane[i]![1] - plane[i - 1]![1]);
    }
    if (!(length >= minLength)) {
      rejected.push({ feature, reason: 'zero_length', length });
      continue;
    }
    usable.push({ feature, coords, plane });
    vertexCount += plane.length;
  }

  const xy = new Float64Array(vertexCount * 2);
  const first = new Uint32Array(usable.length + 1);
  let chunks = 0;
  let v = 0;
  usable.forEach((u, r) => {
    first[r] = v;
    for (const p of u.plane) {
      xy[2 * v] = p[0];
      xy[2 * v + 1] = p[1];
      v++;
    }
    chunks += Math.ceil((u.plane.length - 1) / CHUNK);
  });
  first[usable.length] = v;

  const chunkRoad = new Uint32Array(chunks);
  const chunkFrom = new Uint32Array(chunks);
  const chunkTo = new Uint32Array(chunks);
  const index = chunks > 0 ? new Flatbush(chunks) : null;
  let c = 0;
  for (let r = 0; r < usable.length; r++) {
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
      uid: usable.map((u) => u.feature.uid),
      code: usable.map((u) => roadCode(u.feature)),
      source: usable.map((u) => u.coords),
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
 * The nearest road segment to (x, y) within `radius`, leaving out road `skipRoad`; null when none is that close.
 */
export function nearestSegment(
  net: RoadNetwork,
  x: number,
  y: number,
  radius: number,
  skipRoad = -1,
): NearestSegment | null {
  if (!net.index) return null;
  const { xy } = net;
  let best: NearestSegment | null = null;
  let bestD2 = radius * radius;
  for (const c of net.index.search(x - radius, y - radius, x + radius, y + radius)) {
    const road = net.chunkRoad[c]!;
    if (road === skipRoad) continue;
    for (let k = net.chunkFrom[c]!; k < net.chunkTo[c]!; k++) {
      const ax = xy[2 * k]!;
      const ay = xy[2 * k + 1]!;
      const bx = xy[2 * k + 2]!;
      const by = xy[2 * k + 3]!;
      const d2 = segmentDistanceSq(x, y, ax, ay, bx, by);
      // Ties go to the earlier road and segment, so the answer does not depend on the index's order.
      const better =
        !best ||
        d2 < bestD2 ||
        (d2 === bestD2 && (road < best.road || (road === best.road && k < best.vertex)));
      if (d2 <= bestD2 && better) {
        bestD2 = d2;
        best = { road, vertex: k, fraction: segmentFraction(x, y, ax, ay, bx, by), distance: 0 };
      }
    }
  }
  if (best) best.distance = Math.sqrt(bestD2);
  return best;
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

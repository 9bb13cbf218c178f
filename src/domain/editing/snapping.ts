// Snapping while digitising: a vertex of an existing line within the tolerance wins over any edge (QGIS's
// "vertex and segment" mode), so a new road joins the old one exactly at its stored vertex, bit for bit.
// Plane math in the caller's coordinate space: the renderer passes map coordinates and a tolerance of
// pixels × resolution; a service can pass working-CRS metres.
import type { Position } from '../geometry/geojson';
import { interpolate, segmentDistanceSq, segmentFraction } from './planar';

/** A line (or a point: one vertex, or a polygon ring) that can be snapped to. */
export interface SnapCandidate {
  id: string;
  coordinates: readonly Position[];
}

/** Leave out a whole feature (no vertexIndex) or one vertex and the two segments that move with it. */
export interface SnapExclusion {
  featureId: string;
  vertexIndex?: number;
}

export interface SnapOptions {
  /** In the units of the coordinates (map units: pixels × resolution). */
  tolerance: number;
  vertices?: boolean;
  edges?: boolean;
  exclude?: readonly SnapExclusion[];
}

export type SnapTarget =
  | { kind: 'vertex'; featureId: string; vertexIndex: number }
  | { kind: 'edge'; featureId: string; segmentIndex: number; fraction: number };

export interface SnapResult {
  /** A vertex snap returns the stored vertex's own numbers; an edge snap the nearest point on the edge. */
  position: Position;
  target: SnapTarget;
  distance: number;
}

/** The snap tolerance in map units for a tolerance in screen pixels at the view's resolution. */
export function toleranceFromPixels(pixels: number, resolution: number): number {
  return pixels * resolution;
}

function excluded(
  exclude: readonly SnapExclusion[] | undefined,
  id: string,
): { all: boolean; vertices: Set<number> } | null {
  if (!exclude) return null;
  let hit: { all: boolean; vertices: Set<number> } | null = null;
  for (const e of exclude) {
    if (e.featureId !== id) continue;
    hit ??= { all: false, vertices: new Set() };
    if (e.vertexIndex === undefined) hit.all = true;
    else hit.vertices.add(e.vertexIndex);
  }
  return hit;
}

/**
 * Snaps `point` to the nearest vertex within `tolerance`, else to the nearest edge within it, else null.
 * Ties go to the earlier candidate, then the lower index, so the answer does not depend on float noise.
 */
export function snapPosition(
  point: Position,
  candidates: readonly SnapCandidate[],
  options: SnapOptions,
): SnapResult | null {
  const { tolerance } = options;
  if (!(tolerance >= 0)) throw new RangeError(`snap tolerance must be ≥ 0, got ${tolerance}`);
  const tol2 = tolerance * tolerance;
  const [px, py] = point;
  let vertex: { featureId: string; index: number; d2: number; at: Position } | null = null;
  let edge: { featureId: string; index: number; t: number; d2: number; a: Position; b: Position } | null =
    null;

  for (const c of candidates) {
    const skip = excluded(options.exclude, c.id);
    if (skip?.all) continue;
    const coords = c.coordinates;
    if (options.vertices !== false) {
      for (let i = 0; i < coords.length; i++) {
        if (skip?.vertices.has(i)) continue;
        const v = coords[i]!;
        const d2 = (v[0] - px) ** 2 + (v[1] - py) ** 2;
        if (d2 <= tol2 && (!vertex || d2 < vertex.d2)) vertex = { featureId: c.id, index: i, d2, at: v };
      }
    }
    if (vertex || options.edges === false) continue;
    for (let i = 1; i < coords.length; i++) {
      if (skip && (skip.vertices.has(i - 1) || skip.vertices.has(i))) continue;
      const a = coords[i - 1]!;
      const b = coords[i]!;
      const d2 = segmentDistanceSq(px, py, a[0], a[1], b[0], b[1]);
      if (d2 <= tol2 && (!edge || d2 < edge.d2)) {
        edge = {
          featureId: c.id,
          index: i - 1,
          t: segmentFraction(px, py, a[0], a[1], b[0], b[1]),
          d2,
          a,
          b,
        };
      }
    }
  }

  if (vertex) {
    return {
      position: [vertex.at[0], vertex.at[1]],
      target: { kind: 'vertex', featureId: vertex.featureId, vertexIndex: vertex.index },
      distance: Math.sqrt(vertex.d2),
    };
  }
  if (edge) {
    return {
      position: interpolate(edge.a, edge.b, edge.t),
      target: { kind: 'edge', featureId: edge.featureId, segmentIndex: edge.index, fraction: edge.t },
      distance: Math.sqrt(edge.d2),
    };
  }
  return null;
}

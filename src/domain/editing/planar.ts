// Plane geometry shared by snapping, line edits and data checks: every function works in whatever plane the
// caller gives (map units, or metres of the working CRS), without allocating in the hot paths.
import type { Position } from '../geometry/geojson';

/** Where along a→b (0…1) the point nearest to p lies. A zero-length segment answers 0. */
export function segmentFraction(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return 0;
  const t = ((px - ax) * dx + (py - ay) * dy) / len2;
  return t <= 0 ? 0 : t >= 1 ? 1 : t;
}

/** Squared distance from p to the segment a→b. */
export function segmentDistanceSq(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const t = segmentFraction(px, py, ax, ay, bx, by);
  const x = ax + t * (bx - ax) - px;
  const y = ay + t * (by - ay) - py;
  return x * x + y * y;
}

/** The point at fraction t of a→b. t = 0 and t = 1 return the end points' own values. */
export function interpolate(a: Position, b: Position, t: number): Position {
  if (t === 0) return [a[0], a[1]];
  if (t === 1) return [b[0], b[1]];
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

export function distance(a: Position, b: Position): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/** Distance from the first vertex to each vertex, so cumulative[i] is the length up to vertex i. */
export function cumulativeLengths(line: readonly Position[]): number[] {
  const out = new Array<number>(line.length);
  let total = 0;
  for (let i = 0; i < line.length; i++) {
    if (i > 0) total += distance(line[i - 1]!, line[i]!);
    out[i] = total;
  }
  return out;
}

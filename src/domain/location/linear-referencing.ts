// Linear referencing on a route drawn in a projected plane (metres): where along the line is a point,
// and on which side. Left/right are relative to increasing chainage; a positive offset is right (§2.4).
import type { Position } from '../geometry/geojson';

export interface LocatedPoint {
  /** Distance along the line from its first vertex, metres. */
  along: number;
  /** Signed perpendicular distance: > 0 right of the direction of travel, < 0 left. */
  offset: number;
  /** The nearest point on the line. */
  nearest: Position;
  /** The segment (vertex segmentIndex → segmentIndex + 1) holding it, and where along that segment (0…1). */
  segmentIndex: number;
  fraction: number;
}

export function lineLength(line: readonly Position[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += segmentLength(line[i - 1]!, line[i]!);
  return total;
}

function segmentLength(a: Position, b: Position): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

export function locatePointOnLine(line: readonly Position[], p: Position): LocatedPoint {
  if (line.length < 2) throw new RangeError('a route needs at least two vertices');
  let best: LocatedPoint | null = null;
  let bestDist = Infinity;
  let walked = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
    const nx = a[0] + t * dx;
    const ny = a[1] + t * dy;
    const dist = Math.hypot(p[0] - nx, p[1] - ny);
    if (dist < bestDist) {
      bestDist = dist;
      // Cross product sign: negative when p lies to the right of a→b in an x-east/y-north plane.
      const cross = dx * (p[1] - a[1]) - dy * (p[0] - a[0]);
      best = {
        along: walked + Math.sqrt(len2) * t,
        offset: cross < 0 ? dist : -dist,
        nearest: [nx, ny],
        segmentIndex: i - 1,
        fraction: t,
      };
    }
    walked += Math.sqrt(len2);
  }
  return best!;
}

/** The point at a distance along the line (clamped to its ends). */
export function pointAlongLine(line: readonly Position[], along: number): Position {
  if (line.length === 0) throw new RangeError('empty line');
  let remaining = Math.max(0, along);
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const len = segmentLength(a, b);
    if (remaining <= len) {
      const t = len === 0 ? 0 : remaining / len;
      return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
    }
    remaining -= len;
  }
  return line[line.length - 1]!;
}

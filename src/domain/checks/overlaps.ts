// Two different roads running over each other: segments lying along one another (both ends of one within the
// tolerance of the other's line) for a total length of at least `minLength`. Roads that merely meet, cross or
// fork at a shallow angle are not overlaps; exact duplicates are reported as such and left out here.
import type { Position } from '../geometry/geojson';
import type { Finding } from './findings';
import { finding } from './findings';
import type { RoadNetwork } from './road-network';
import { sourcePosition } from './road-network';

export interface OverlapOptions {
  /** Metres between two lines that still count as the same line. */
  tolerance: number;
  /** Metres of shared length below which two roads are not reported. */
  minLength: number;
}

/**
 * Length along segment a→b covered by c→d when c and d both lie within `tol` of a→b's line, and where the
 * middle of that stretch is (fraction of a→b); 0 when they do not lie along each other.
 */
export function alongLength(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
  tol: number,
): { length: number; middle: number } {
  const len = Math.sqrt((bx - ax) ** 2 + (by - ay) ** 2);
  if (len === 0) return { length: 0, middle: 0 };
  const ux = (bx - ax) / len;
  const uy = (by - ay) / len;
  const pc = Math.abs((cx - ax) * uy - (cy - ay) * ux);
  const pd = Math.abs((dx - ax) * uy - (dy - ay) * ux);
  if (pc > tol || pd > tol) return { length: 0, middle: 0 };
  const tc = (cx - ax) * ux + (cy - ay) * uy;
  const td = (dx - ax) * ux + (dy - ay) * uy;
  const lo = Math.max(0, Math.min(tc, td));
  const hi = Math.min(len, Math.max(tc, td));
  return hi > lo ? { length: hi - lo, middle: (lo + hi) / 2 / len } : { length: 0, middle: 0 };
}

export function overlappingRoads(
  net: RoadNetwork,
  options: OverlapOptions,
  skipPairs: ReadonlySet<number>,
): Finding[] {
  const index = net.index;
  if (!index) return [];
  const { xy, chunkRoad, chunkFrom, chunkTo } = net;
  const count = net.uid.length;
  const tol = options.tolerance;
  const shared = new Map<number, { a: number; b: number; length: number; at: Position }>();
  for (let c = 0; c < chunkRoad.length; c++) {
    const r = chunkRoad[c]!;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let k = chunkFrom[c]!; k <= chunkTo[c]!; k++) {
      minX = Math.min(minX, xy[2 * k]!);
      maxX = Math.max(maxX, xy[2 * k]!);
      minY = Math.min(minY, xy[2 * k + 1]!);
      maxY = Math.max(maxY, xy[2 * k + 1]!);
    }
    // Work inside the index's filter and keep no result list (one query per chunk: 250k at 100k roads).
    index.search(minX - tol, minY - tol, maxX + tol, maxY + tol, (c2) => {
      const r2 = chunkRoad[c2]!;
      if (r2 <= r) return false; // each pair once, never a road with itself
      const key = r * count + r2;
      if (skipPairs.has(key)) return false;
      for (let k = chunkFrom[c]!; k < chunkTo[c]!; k++) {
        const ax = xy[2 * k]!;
        const ay = xy[2 * k + 1]!;
        const bx = xy[2 * k + 2]!;
        const by = xy[2 * k + 3]!;
        for (let k2 = chunkFrom[c2]!; k2 < chunkTo[c2]!; k2++) {
          const cx = xy[2 * k2]!;
          const cy = xy[2 * k2 + 1]!;
          const dx = xy[2 * k2 + 2]!;
          const dy = xy[2 * k2 + 3]!;
          if (
            Math.max(cx, dx) < Math.min(ax, bx) - tol ||
            Math.min(cx, dx) > Math.max(ax, bx) + tol ||
            Math.max(cy, dy) < Math.min(ay, by) - tol ||
            Math.min(cy, dy) > Math.max(ay, by) + tol
          ) {
            continue;
          }
          // Measured on whichever segment the other lies along (the shorter one may not reach the longer's ends).
          const one = alongLength(ax, ay, bx, by, cx, cy, dx, dy, tol);
          const two = alongLength(cx, cy, dx, dy, ax, ay, bx, by, tol);
          const best = one.length >= two.length ? one : two;
          if (best.length === 0) continue;
          const entry = shared.get(key);
          if (entry) entry.length += best.length;
          else {
            const at =
              one.length >= two.length
                ? sourcePosition(net, r, k, one.middle)
                : sourcePosition(net, r2, k2, two.middle);
            shared.set(key, { a: r, b: r2, length: best.length, at });
          }
        }
      }
      return false;
    });
  }
  const out: Finding[] = [];
  for (const { a, b, length, at } of shared.values()) {
    if (length < options.minLength) continue;
    out.push(
      finding('overlapping_roads', 'roads', [net.uid[a]!, net.uid[b]!], at, {
        length: Math.round(length * 100) / 100,
      }),
    );
  }
  return out;
}

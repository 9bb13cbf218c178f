// Road ends that stop short of (or overshoot) another road: within the tolerance of it but not on it. An end
// farther than the tolerance from every other road is a real dead end and is not reported.
import type { Finding } from './findings';
import { finding } from './findings';
import type { RoadNetwork } from './road-network';
import { nearestSegment } from './road-network';

export interface DanglingOptions {
  /** Metres: an end this close to another road (but not on it) is dangling. */
  danglingTolerance: number;
  /** Metres: an end this close to another road is joined to it. */
  connectTolerance: number;
}

export function danglingEnds(net: RoadNetwork, options: DanglingOptions): Finding[] {
  const out: Finding[] = [];
  const { xy } = net;
  for (let r = 0; r < net.uid.length; r++) {
    const start = net.first[r]!;
    const end = net.first[r + 1]! - 1;
    // A loop's two ends join each other.
    if (
      Math.hypot(xy[2 * end]! - xy[2 * start]!, xy[2 * end + 1]! - xy[2 * start + 1]!) <=
      options.connectTolerance
    ) {
      continue;
    }
    for (const [v, which] of [
      [start, 'start'],
      [end, 'end'],
    ] as const) {
      const hit = nearestSegment(net, xy[2 * v]!, xy[2 * v + 1]!, options.danglingTolerance, r);
      if (!hit || hit.distance <= options.connectTolerance) continue;
      const coords = net.source[r]!;
      const p = coords[v === start ? 0 : coords.length - 1]!;
      out.push(
        finding('dangling_end', 'roads', [net.uid[r]!, net.uid[hit.road]!], [p[0], p[1]], {
          end: which,
          distance: Math.round(hit.distance * 1000) / 1000,
          tolerance: options.danglingTolerance,
        }),
      );
    }
  }
  return out;
}

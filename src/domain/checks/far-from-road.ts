// Bridges and culverts farther than a tolerance from every road: misplaced, or on a road not yet drawn.
// The finding says how far the nearest road is, whatever the distance.
import type { LayerName } from '../assets/layers';
import type { PlainFeature } from '../editing/line-edit-plan';
import type { Position } from '../geometry/geojson';
import type { Finding } from './findings';
import { finding } from './findings';
import type { RoadNetwork } from './road-network';
import { nearestSegment, nearestSegmentAnywhere } from './road-network';

export function pointsFarFromRoads(
  net: RoadNetwork,
  points: readonly PlainFeature[],
  layer: LayerName,
  project: (p: Position) => Position,
  tolerance: number,
): Finding[] {
  const out: Finding[] = [];
  for (const point of points) {
    const g = point.geometry;
    if (g?.type !== 'Point' || !Number.isFinite(g.coordinates[0]) || !Number.isFinite(g.coordinates[1]))
      continue;
    const [x, y] = project(g.coordinates);
    if (nearestSegment(net, x, y, tolerance)) continue;
    const nearest = nearestSegmentAnywhere(net, x, y);
    const at: Position = [g.coordinates[0], g.coordinates[1]];
    out.push(
      nearest
        ? finding('far_from_road', layer, [point.uid, net.uid[nearest.road]!], at, {
            distance: Math.round(nearest.distance),
            tolerance,
            routeCode: net.code[nearest.road] ?? '',
          })
        : finding('far_from_road', layer, [point.uid], at, { tolerance }),
    );
  }
  return out;
}

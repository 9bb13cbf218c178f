import { describe, expect, it } from 'vitest';
import type { PlainFeature } from '../editing/line-edit-plan';
import type { Position } from '../geometry/geojson';
import { danglingEnds } from './dangling-ends';
import { projectorOf } from './plane-projection';
import { buildRoadNetwork } from './road-network';

const road = (uid: string, ...coordinates: Position[]): PlainFeature => ({
  uid,
  geometry: { type: 'LineString', coordinates },
  properties: { road_code: 'ĐH.87' },
});

// Metres in a plane; M is the main road along y = 0.
const ROADS = [
  road('M', [0, 0], [100, 0]),
  road('A', [50, 3], [50, 50]), // stops 3 m short of M
  road('B', [20, 0], [20, -40]), // joins M on its edge (no vertex there)
  road('C', [100, 0], [150, 0]), // continues M from its end vertex
  road('D', [70, 30], [70, -2]), // crosses M and overshoots by 2 m; starts 30 m from anything
  road('E', [0, 100], [0, 200]), // on its own: dead ends are not findings
  road('L', [300, 0], [310, 0], [310, 10], [300, 0]), // a loop
  road('G', [180, 0], [220, 0]),
  road('F', [200, 0.005], [200, 50]), // 5 mm from G: joined within 1 cm
];

describe('danglingEnds', () => {
  const { network } = buildRoadNetwork(
    ROADS,
    projectorOf((p) => p),
    0.01,
  );
  const found = danglingEnds(network, { danglingTolerance: 10, connectTolerance: 0.01 });

  it('reports an undershoot and an overshoot with the distance and the road they miss', () => {
    expect(found).toEqual([
      {
        check: 'dangling_end',
        severity: 'warning',
        layer: 'roads',
        uids: ['A', 'M'],
        position: [50, 3],
        params: { end: 'start', distance: 3, tolerance: 10 },
      },
      {
        check: 'dangling_end',
        severity: 'warning',
        layer: 'roads',
        uids: ['D', 'M'],
        position: [70, -2],
        params: { end: 'end', distance: 2, tolerance: 10 },
      },
    ]);
  });

  it('follows the tolerances', () => {
    expect(
      danglingEnds(network, { danglingTolerance: 2.5, connectTolerance: 0.01 }).map((f) => f.uids[0]),
    ).toEqual(['D']);
    const strict = danglingEnds(network, { danglingTolerance: 10, connectTolerance: 0.001 });
    expect(strict.map((f) => [f.uids.join('→'), f.params.distance])).toContainEqual(['F→G', 0.005]);
  });
});

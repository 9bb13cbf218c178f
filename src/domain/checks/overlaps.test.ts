import { describe, expect, it } from 'vitest';
import type { PlainFeature } from '../editing/line-edit-plan';
import type { Position } from '../geometry/geojson';
import { pairKey } from './duplicates';
import { alongLength, overlappingRoads } from './overlaps';
import { projectorOf } from './plane-projection';
import { buildRoadNetwork } from './road-network';

const road = (uid: string, ...coordinates: Position[]): PlainFeature => ({
  uid,
  geometry: { type: 'LineString', coordinates },
  properties: { road_code: 'QL.14' },
});

describe('alongLength', () => {
  it('measures the stretch of a→b that c→d lies along, and its middle', () => {
    expect(alongLength(0, 0, 100, 0, 40, 0.05, 60, 0.05, 0.1)).toEqual({ length: 20, middle: 0.5 });
    expect(alongLength(0, 0, 100, 0, 60, 0, -20, 0, 0.1)).toEqual({ length: 60, middle: 0.3 });
  });

  it('is zero for crossing, touching, parallel-but-apart and zero-length segments', () => {
    expect(alongLength(0, 0, 100, 0, 50, -10, 50, 10, 0.1).length).toBe(0);
    expect(alongLength(0, 0, 100, 0, 100, 0, 150, 0, 0.1).length).toBe(0);
    expect(alongLength(0, 0, 100, 0, 0, 0.2, 100, 0.2, 0.1).length).toBe(0);
    expect(alongLength(5, 5, 5, 5, 0, 5, 10, 5, 0.1).length).toBe(0);
  });
});

describe('overlappingRoads', () => {
  const { network } = buildRoadNetwork(
    [
      road('R1', [0, 0], [100, 0]),
      road('R2', [40, 0.05], [60, 0.05], [60, 30]), // along R1 for 20 m, 5 cm beside it
      road('R3', [50, -10], [50, 10]), // crosses R1
      road('R4', [100, 0], [150, 0]), // continues R1
      road('R5', [0, 0], [-50, 1]), // forks from R1's start at a shallow angle
      road('R6', [10, 0], [10.5, 0], [10.5, 20]), // along R1 for only 0.5 m
      road('R7', [70, -0.02], [80, -0.02], [90, -0.02], [90, -30]), // along R1 for 10 + 10 m
    ],
    projectorOf((p) => p),
    0.01,
  );

  it('reports each pair of roads sharing at least the minimum length, with the total and a place', () => {
    expect(overlappingRoads(network, { tolerance: 0.1, minLength: 1 }, new Set())).toEqual([
      {
        check: 'overlapping_roads',
        severity: 'warning',
        layer: 'roads',
        uids: ['R1', 'R2'],
        position: [50, 0],
        params: { length: 20 },
      },
      {
        check: 'overlapping_roads',
        severity: 'warning',
        layer: 'roads',
        uids: ['R1', 'R7'],
        position: [75, 0],
        params: { length: 20 },
      },
    ]);
  });

  it('follows the minimum length and the tolerance, and leaves out the given pairs', () => {
    const short = overlappingRoads(network, { tolerance: 0.1, minLength: 0.4 }, new Set());
    expect(short.map((f) => f.uids[1])).toEqual(['R2', 'R6', 'R7']);
    const tight = overlappingRoads(network, { tolerance: 0.03, minLength: 1 }, new Set());
    expect(tight.map((f) => f.uids[1])).toEqual(['R7']);
    const r1r2 = pairKey(0, 1, network.uid.length);
    const rest = overlappingRoads(network, { tolerance: 0.1, minLength: 1 }, new Set([r1r2]));
    expect(rest.map((f) => f.uids[1])).toEqual(['R7']);
  });
});

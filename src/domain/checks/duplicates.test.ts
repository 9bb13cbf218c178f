import { describe, expect, it } from 'vitest';
import type { PlainFeature } from '../editing/line-edit-plan';
import type { Position } from '../geometry/geojson';
import { duplicatePoints, duplicateRoads, pairKey } from './duplicates';
import { projectorOf } from './plane-projection';
import { buildRoadNetwork } from './road-network';

const same = (p: Position): Position => p;
const road = (uid: string, ...coordinates: Position[]): PlainFeature => ({
  uid,
  geometry: { type: 'LineString', coordinates },
  properties: {},
});
const point = (uid: string, coordinates: Position): PlainFeature => ({
  uid,
  geometry: { type: 'Point', coordinates },
  properties: {},
});

describe('duplicateRoads', () => {
  const { network } = buildRoadNetwork(
    [
      road('R1', [0, 0], [10, 0], [20, 5]),
      road('other', [0, 0], [10, 0]), // shares two vertices only
      road('R2', [0, 0], [10, 0], [20, 5]),
      road('R3', [20, 5], [10, 0], [0, 0]), // the same line drawn the other way
      road('R4', [0, 0], [10, 0.02], [20, 5]), // one vertex 2 cm off
      road('R5', [0.005, 0], [10, 0], [20, 5]), // 5 mm off: the same
    ],
    projectorOf(same),
    0.01,
  );

  it('groups lines whose vertices match within the tolerance, either way round', () => {
    const { findings, pairs } = duplicateRoads(network, 0.01);
    expect(findings).toEqual([
      {
        check: 'duplicate_feature',
        severity: 'error',
        layer: 'roads',
        uids: ['R1', 'R2', 'R3', 'R5'],
        position: [0, 0],
        params: { count: 4 },
      },
    ]);
    // Indexes in the network: R1 0, other 1, R2 2, R3 3, R4 4, R5 5; 4 members → 6 pairs.
    expect(pairs.size).toBe(6);
    expect(pairs.has(pairKey(3, 0, 6))).toBe(true);
    expect(pairs.has(pairKey(0, 4, 6))).toBe(false);
  });

  it('takes R4 in with a wider tolerance', () => {
    expect(duplicateRoads(network, 0.03).findings[0]!.uids).toEqual(['R1', 'R2', 'R3', 'R4', 'R5']);
  });
});

describe('duplicatePoints', () => {
  it('groups points of one layer within the tolerance', () => {
    const bridges = [
      point('b1', [5, 5]),
      point('b2', [5.003, 5]),
      point('b3', [5, 6]),
      point('b4', [5, 5.02]),
    ];
    expect(duplicatePoints(bridges, 'bridges', same, 0.01)).toEqual([
      {
        check: 'duplicate_feature',
        severity: 'error',
        layer: 'bridges',
        uids: ['b1', 'b2'],
        position: [5, 5],
        params: { count: 2 },
      },
    ]);
  });

  it('finds nothing among distinct points or without geometry', () => {
    expect(
      duplicatePoints(
        [point('c1', [0, 0]), { uid: 'c2', geometry: null, properties: {} }],
        'culverts',
        same,
        0.01,
      ),
    ).toEqual([]);
  });
});

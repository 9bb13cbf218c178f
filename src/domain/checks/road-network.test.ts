import { describe, expect, it } from 'vitest';
import type { PlainFeature } from '../editing/line-edit-plan';
import type { Position } from '../geometry/geojson';
import { projectorOf } from './plane-projection';
import { buildRoadNetwork, nearestSegment, nearestSegmentAnywhere, sourcePosition } from './road-network';

const same = (p: Position): Position => p;
const road = (uid: string, coordinates: Position[], code: string | null = 'QL.14'): PlainFeature => ({
  uid,
  geometry: { type: 'LineString', coordinates },
  properties: { road_code: code },
});

describe('buildRoadNetwork', () => {
  it('keeps usable roads in order and says why the others were left out', () => {
    const { network, rejected } = buildRoadNetwork(
      [
        road('a', [
          [0, 0],
          [10, 0],
        ]),
        { uid: 'n', geometry: null, properties: {} },
        { uid: 'p', geometry: { type: 'Point', coordinates: [1, 1] }, properties: {} },
        road('one', [[1, 1]]),
        road('nan', [
          [0, 0],
          [NaN, 1],
        ]),
        road('zero', [
          [3, 3],
          [3, 3.004],
        ]),
        road('b', [
          [0, 5],
          [5, 5],
          [5, 10],
        ]),
      ],
      projectorOf(same),
      0.01,
    );
    expect(network.uid).toEqual(['a', 'b']);
    expect(rejected.map((r) => [r.feature.uid, r.reason])).toEqual([
      ['n', 'no_geometry'],
      ['p', 'not_a_line'],
      ['one', 'too_few_vertices'],
      ['nan', 'not_finite'],
      ['zero', 'zero_length'],
    ]);
    expect(rejected[4]!.length).toBeCloseTo(0.004, 12);
    expect([...network.first]).toEqual([0, 2, 5]);
    expect([...network.xy]).toEqual([0, 0, 10, 0, 0, 5, 5, 5, 5, 10]);
  });

  it('splits a long road into index chunks of at most 8 segments', () => {
    const coords: Position[] = Array.from({ length: 21 }, (_, i) => [i, 0]);
    const { network } = buildRoadNetwork([road('long', coords)], projectorOf(same), 0.01);
    expect([...network.chunkFrom]).toEqual([0, 8, 16]);
    expect([...network.chunkTo]).toEqual([8, 16, 20]);
  });
});

describe('nearest segment queries', () => {
  const { network } = buildRoadNetwork(
    [
      road('diagonal', [
        [0, 0],
        [100, 100],
      ]),
      road('short', [
        [120, 10],
        [130, 10],
      ]),
    ],
    projectorOf(same),
    0.01,
  );

  it('finds the nearest segment within a radius, with the fraction along it', () => {
    const hit = nearestSegment(network, 60, 40, 20);
    expect(hit).toMatchObject({ road: 0, vertex: 0, fraction: 0.5 });
    expect(hit!.distance).toBeCloseTo(Math.SQRT2 * 10, 12);
    expect(nearestSegment(network, 60, 40, 14)).toBeNull();
    expect(nearestSegment(network, 60, 40, 20, 0)).toBeNull(); // the only road in reach left out
  });

  it('finds the true nearest road even when another road’s box is nearer', () => {
    // (90, 10) lies inside the diagonal's box but 56.6 m from its line; the short road is 30 m away.
    const hit = nearestSegmentAnywhere(network, 90, 10);
    expect(hit).toMatchObject({ road: 1, fraction: 0 });
    expect(hit!.distance).toBe(30);
  });

  it('maps a fraction back to the source coordinates', () => {
    expect(sourcePosition(network, 0, 0, 0.25)).toEqual([25, 25]);
    expect(sourcePosition(network, 1, 2, 1)).toEqual([130, 10]);
  });
});

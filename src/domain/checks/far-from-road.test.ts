import { describe, expect, it } from 'vitest';
import type { PlainFeature } from '../editing/line-edit-plan';
import type { Position } from '../geometry/geojson';
import { pointsFarFromRoads } from './far-from-road';
import { projectorOf } from './plane-projection';
import { buildRoadNetwork } from './road-network';

const same = (p: Position): Position => p;
const point = (uid: string, coordinates: Position): PlainFeature => ({
  uid,
  geometry: { type: 'Point', coordinates },
  properties: {},
});

describe('pointsFarFromRoads', () => {
  const { network } = buildRoadNetwork(
    [
      {
        uid: 'R1',
        geometry: {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [100, 0],
          ],
        },
        properties: { road_code: 'QL.14' },
      },
    ],
    projectorOf(same),
    0.01,
  );

  it('reports points beyond the tolerance with the distance to the nearest road', () => {
    const found = pointsFarFromRoads(
      network,
      [point('near', [50, 30]), point('edge', [50, 50]), point('far', [50, 80]), point('very', [1000, 0])],
      'bridges',
      same,
      50,
    );
    expect(found).toEqual([
      {
        check: 'far_from_road',
        severity: 'warning',
        layer: 'bridges',
        uids: ['far', 'R1'],
        position: [50, 80],
        params: { distance: 80, tolerance: 50, routeCode: 'QL.14' },
      },
      {
        check: 'far_from_road',
        severity: 'warning',
        layer: 'bridges',
        uids: ['very', 'R1'],
        position: [1000, 0],
        params: { distance: 900, tolerance: 50, routeCode: 'QL.14' },
      },
    ]);
  });

  it('says only the tolerance when the project has no road at all', () => {
    const empty = buildRoadNetwork([], projectorOf(same), 0.01).network;
    expect(pointsFarFromRoads(empty, [point('c', [0, 0])], 'culverts', same, 50)).toEqual([
      {
        check: 'far_from_road',
        severity: 'warning',
        layer: 'culverts',
        uids: ['c'],
        position: [0, 0],
        params: { tolerance: 50 },
      },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { PlainFeature } from '../editing/line-edit-plan';
import type { Position } from '../geometry/geojson';
import { rejectedRoadFindings, roadsWithoutCode } from './line-checks';
import { projectorOf } from './plane-projection';
import { buildRoadNetwork } from './road-network';

const same = (p: Position): Position => p;
const road = (
  uid: string,
  coordinates: Position[],
  properties: PlainFeature['properties'],
): PlainFeature => ({
  uid,
  geometry: { type: 'LineString', coordinates },
  properties,
});

describe('line checks', () => {
  const built = buildRoadNetwork(
    [
      { uid: 'none', geometry: null, properties: { road_code: 'QL.14' } },
      road('single', [[7, 8]], { road_code: 'QL.14' }),
      road(
        'zero',
        [
          [5, 5],
          [5, 5],
        ],
        { road_code: 'QL.14' },
      ),
      road(
        'short',
        [
          [5, 5],
          [5, 5.004],
        ],
        { road_code: 'QL.14' },
      ),
      road(
        'coded',
        [
          [0, 0],
          [10, 0],
        ],
        { road_code: 'ĐT.671' },
      ),
      road(
        'blank',
        [
          [0, 0],
          [10, 0],
          [20, 0],
        ],
        { road_code: '  ' },
      ),
      road(
        'null',
        [
          [0, 0],
          [10, 0],
        ],
        { road_code: null },
      ),
      road(
        'missing',
        [
          [0, 0],
          [10, 0],
          [20, 0],
          [30, 0],
        ],
        {},
      ),
    ],
    projectorOf(same),
    0.01,
  );

  it('reports missing geometry, unusable and zero-length lines with a place to zoom to', () => {
    expect(rejectedRoadFindings(built.rejected)).toEqual([
      { check: 'no_geometry', severity: 'error', layer: 'roads', uids: ['none'], position: null, params: {} },
      {
        check: 'degenerate_line',
        severity: 'error',
        layer: 'roads',
        uids: ['single'],
        position: [7, 8],
        params: { reason: 'too_few_vertices' },
      },
      {
        check: 'zero_length_line',
        severity: 'error',
        layer: 'roads',
        uids: ['zero'],
        position: [5, 5],
        params: { length: 0 },
      },
      {
        check: 'zero_length_line',
        severity: 'error',
        layer: 'roads',
        uids: ['short'],
        position: [5, 5],
        params: { length: 0.004 },
      },
    ]);
  });

  it('reports roads whose code is missing or blank, at their middle vertex', () => {
    const found = roadsWithoutCode(built.network);
    expect(found.map((f) => [f.uids[0], f.position])).toEqual([
      ['blank', [10, 0]],
      ['null', [10, 0]],
      ['missing', [20, 0]],
    ]);
    expect(found.every((f) => f.check === 'road_without_code' && f.severity === 'warning')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { PlainFeature } from '../editing/line-edit-plan';
import type { Position } from '../geometry/geojson';
import { runChecks, runChecksInPlane } from './run-checks';

// lon/lat near Kon Tum's central meridian (EPSG:9216, 107°30′); metres → degrees from the ellipsoid
// (meridian and prime-vertical radii × k0), exact to well under a millimetre within a few hundred metres.
const A = 6378137;
const E2 = 0.00669437999014;
const RAD = Math.PI / 180;
const K0 = 0.9999;
const LAT0 = 14;
const M = (A * (1 - E2)) / (1 - E2 * Math.sin(LAT0 * RAD) ** 2) ** 1.5;
const N = A / Math.sqrt(1 - E2 * Math.sin(LAT0 * RAD) ** 2);
const en = (east: number, north: number): Position => [
  107.5 + east / (K0 * N * Math.cos(LAT0 * RAD) * RAD),
  LAT0 + north / (K0 * M * RAD),
];

const line = (uid: string, code: string | null, ...pts: Position[]): PlainFeature => ({
  uid,
  geometry: { type: 'LineString', coordinates: pts },
  properties: { road_code: code },
});
const point = (uid: string, at: Position | null): PlainFeature => ({
  uid,
  geometry: at ? { type: 'Point', coordinates: at } : null,
  properties: {},
});

const ROADS = [
  line('main', 'QL.14', en(0, 0), en(0, 200)),
  line('spur', 'ĐH.87', en(3, 100), en(150, 100)), // stops 3 m short of the main road
  line('east', 'ĐT.671', en(300, 0), en(400, 0)),
  line('twin', 'ĐT.671', en(300, 0), en(400, 0)),
  line('nocode', null, en(0, 200), en(0, 300)),
  line('dot', 'ĐX.5', en(500, 500), en(500, 500)),
];
const BRIDGES = [point('on', en(1, 50)), point('far', en(68_000, 100)), point('lost', null)];
const CULVERTS = [point('c1', en(-2, 150)), point('c2', en(-2, 150))];

describe('runChecks on lon/lat features in the working CRS', () => {
  const report = runChecks(
    { roads: ROADS, bridges: BRIDGES, culverts: CULVERTS },
    { workingCrs: 'EPSG:9216' },
  );

  it('lists every kind of finding, broken geometry first', () => {
    expect(report.findings.map((f) => [f.check, f.layer, f.uids.join(',')])).toEqual([
      ['no_geometry', 'bridges', 'lost'],
      ['zero_length_line', 'roads', 'dot'],
      ['duplicate_feature', 'roads', 'east,twin'],
      ['duplicate_feature', 'culverts', 'c1,c2'],
      ['dangling_end', 'roads', 'spur,main'],
      ['far_from_road', 'bridges', 'far,east'],
      ['road_without_code', 'roads', 'nocode'],
    ]);
  });

  it('measures in metres of the working CRS', () => {
    const dangling = report.findings.find((f) => f.check === 'dangling_end')!;
    expect(dangling.params.distance).toBeCloseTo(3, 2);
    expect(dangling.position).toEqual(en(3, 100));
    const far = report.findings.find((f) => f.check === 'far_from_road')!;
    // 68 km east, 67.6 km beyond the east road's end (the grid bends a little that far from the meridian).
    expect(Number(far.params.distance) / 1000).toBeCloseTo(67.6, 0);
    expect(far.params.routeCode).toBe('ĐT.671');
  });

  it('counts the findings and the features checked', () => {
    expect(report.counts).toEqual({
      no_geometry: 1,
      degenerate_line: 0,
      zero_length_line: 1,
      duplicate_feature: 2,
      overlapping_roads: 0,
      dangling_end: 1,
      far_from_road: 1,
      road_without_code: 1,
    });
    expect(report.checked).toEqual({ roads: 6, bridges: 3, culverts: 2 });
  });

  it('runs only the checks asked for, with the tolerances given', () => {
    const some = runChecks(
      { roads: ROADS, bridges: BRIDGES },
      {
        workingCrs: 'EPSG:9216',
        only: ['dangling_end', 'far_from_road'],
        danglingTolerance: 2,
        pointTolerance: 100_000,
      },
    );
    expect(some.findings).toEqual([]);
  });

  it('refuses a geographic working CRS and a negative tolerance', () => {
    expect(() => runChecks({ roads: ROADS }, { workingCrs: 'EPSG:4326' })).toThrow(/geographic/u);
    expect(() => runChecksInPlane({ roads: [] }, (p) => p, { pointTolerance: -1 })).toThrow(
      /pointTolerance/u,
    );
  });
});

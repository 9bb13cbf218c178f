import { describe, expect, it } from 'vitest';
import type { Position } from '../geometry/geojson';
import type { RoadCandidate } from './nearest-road';
import { nearestRoad, toleranceBBox } from './nearest-road';

// Expectations from the ellipsoid, not from proj4: on the central meridian of EPSG:9216 (107°30′) a TM grid
// distance is k0 × the meridian arc, and a point δλ east of it lies k0 × N cos φ × δλ east (to < 1 mm here).
const A = 6378137;
const E2 = 0.00669437999014;
const RAD = Math.PI / 180;
const K0 = 0.9999;
const M = (lat: number) => (A * (1 - E2)) / (1 - E2 * Math.sin(lat * RAD) ** 2) ** 1.5;
const N = (lat: number) => A / Math.sqrt(1 - E2 * Math.sin(lat * RAD) ** 2);
/** Grid metres along the meridian between two latitudes (mid-latitude radius; exact to < 1 mm over 0.02°). */
const arc = (lat0: number, lat1: number) => K0 * M((lat0 + lat1) / 2) * (lat1 - lat0) * RAD;
const eastOf = (lat: number, dLonDeg: number) => K0 * N(lat) * Math.cos(lat * RAD) * dLonDeg * RAD;

const CM = 107.5;
const CRS = 'EPSG:9216';
const road = (
  uid: string,
  coordinates: Position[],
  properties: RoadCandidate['properties'],
): RoadCandidate => ({
  uid,
  geometry: { type: 'LineString', coordinates },
  properties,
});

// QL.14 section northbound along the meridian, starting at Km 12+000.
const ql14 = road(
  'ql14',
  [
    [CM, 14],
    [CM, 14.01],
  ],
  { road_code: 'QL.14', start_chainage_m: 12000 },
);

describe('nearestRoad', () => {
  it('gives a bridge off the middle of the road its route, Km+m and right-hand offset', () => {
    // The latitude 350 m up the road, and 0.0003° east of it (≈ 32.4 m, right of a northbound road).
    const lat = 14 + 350 / (K0 * M(14.0016)) / RAD;
    const hit = nearestRoad([CM + 0.0003, lat], [ql14], { workingCrs: CRS, tolerance: 50 });
    expect(hit.status).toBe('located');
    if (hit.status !== 'located') return;
    expect(hit.uid).toBe('ql14');
    expect(hit.routeCode).toBe('QL.14');
    expect(hit.chainage).toBe(12350);
    expect(hit.chainageText).toBe('Km 12+350');
    expect(hit.offset).toBeCloseTo(eastOf(lat, 0.0003), 2);
    expect(hit.offset).toBeCloseTo(32.4, 1);
    expect(hit.side).toBe('phai');
    expect(hit.distance).toBeCloseTo(hit.offset, 9);
    expect(hit.nearest[0]).toBe(CM);
    expect(hit.nearest[1]).toBeCloseTo(lat, 8); // 5e-9° ≈ 0.6 mm
  });

  it('gives a bridge snapped onto the road the same chainage, on the centreline', () => {
    const placed = nearestRoad([CM + 0.0003, 14.004], [ql14], { workingCrs: CRS, tolerance: 50 });
    if (placed.status !== 'located') throw new Error('not located');
    const snapped = nearestRoad(placed.nearest, [ql14], { workingCrs: CRS, tolerance: 50 });
    if (snapped.status !== 'located') throw new Error('not located');
    expect(snapped.chainage).toBe(placed.chainage);
    expect(snapped.chainage).toBeCloseTo(12000 + arc(14, 14.004), 1);
    expect(Math.abs(snapped.offset)).toBeLessThan(0.001);
    expect(snapped.side).toBe('giua');
  });

  it('measures across the vertices of a multi-vertex road, and left of an eastbound leg is negative', () => {
    // North 0.004° + 0.006° + 0.01° on the meridian, then east 0.01° along 14.02°N.
    const bent = road(
      'dt671',
      [
        [CM, 14],
        [CM, 14.004],
        [CM, 14.01],
        [CM, 14.02],
        [CM + 0.01, 14.02],
      ],
      { road_code: 'ĐT.671', start_chainage_m: 0 },
    );
    // North of the east leg's middle by ≈ 55 m.
    const hit = nearestRoad([CM + 0.005, 14.0205], [bent], { workingCrs: CRS, tolerance: 100 });
    if (hit.status !== 'located') throw new Error(`expected a chainage, got ${hit.status}`);
    const expected = arc(14, 14.02) + eastOf(14.02, 0.005);
    expect(Math.abs(hit.chainage - expected)).toBeLessThan(0.1);
    expect(hit.chainageText).toBe(`Km 2+${String(Math.round(expected) - 2000).padStart(3, '0')}`);
    expect(hit.offset).toBeLessThan(0);
    expect(Math.abs(hit.offset + arc(14.02, 14.0205))).toBeLessThan(0.05);
    expect(hit.side).toBe('trai');
  });

  it('gives NO chainage to a bridge 68 km from the road, only a warning with the distance', () => {
    const far = CM + 0.63; // ≈ 68 km east at 14°N
    const hit = nearestRoad([far, 14.005], [ql14], { workingCrs: CRS, tolerance: 50 });
    expect(hit.status).toBe('too_far');
    expect(hit).not.toHaveProperty('chainage');
    expect(hit).not.toHaveProperty('chainageText');
    if (hit.status !== 'too_far') return;
    expect(hit.uid).toBe('ql14');
    expect(hit.warning.code).toBe('road_too_far');
    expect(hit.warning.params.distance).toBe(Math.round(hit.distance));
    expect(hit.distance / 1000).toBeCloseTo(eastOf(14.005, 0.63) / 1000, 0);
    expect(hit.warning.text).toContain('QL.14');
  });

  it('is inclusive at the tolerance and refuses one metre beyond it', () => {
    const dLon = 30 / eastOf(14.005, 1); // 30 m east of the meridian
    expect(nearestRoad([CM + dLon, 14.005], [ql14], { workingCrs: CRS, tolerance: 30.01 }).status).toBe(
      'located',
    );
    expect(nearestRoad([CM + dLon, 14.005], [ql14], { workingCrs: CRS, tolerance: 29 }).status).toBe(
      'too_far',
    );
  });

  it('picks the nearer of two roads, or only the asked route', () => {
    const other = road(
      'dh',
      [
        [CM + 0.001, 14],
        [CM + 0.001, 14.01],
      ],
      { road_code: 'ĐH.87', start_chainage_m: 500 },
    );
    const p: Position = [CM + 0.0007, 14.005]; // ≈ 75 m from QL.14, ≈ 32 m from ĐH.87
    const nearest = nearestRoad(p, [ql14, other], { workingCrs: CRS, tolerance: 100 });
    expect(nearest.status === 'located' && nearest.routeCode).toBe('ĐH.87');
    expect(nearest.status === 'located' && nearest.side).toBe('trai'); // west of a northbound road
    const onRoute = nearestRoad(p, [ql14, other], { workingCrs: CRS, tolerance: 100, routeCode: 'QL.14' });
    expect(onRoute.status === 'located' && onRoute.uid).toBe('ql14');
  });

  it('counts a start chainage that is not set as Km 0 and a point on the centreline as "giữa"', () => {
    const bare = road(
      'bare',
      [
        [CM, 14],
        [CM, 14.01],
      ],
      { road_code: null },
    );
    const hit = nearestRoad([CM + 0.000001, 14.005], [bare], { workingCrs: CRS, tolerance: 10 });
    if (hit.status !== 'located') throw new Error('expected located');
    expect(hit.routeCode).toBeNull();
    expect(hit.chainage).toBeCloseTo(arc(14, 14.005), 1);
    expect(hit.side).toBe('giua');
  });

  it('answers "none" with no usable candidate (no geometry, a point, other routes)', () => {
    const candidates: RoadCandidate[] = [
      { uid: 'x', geometry: null, properties: {} },
      { uid: 'y', geometry: { type: 'Point', coordinates: [CM, 14] }, properties: {} },
    ];
    const hit = nearestRoad([CM, 14], candidates, { workingCrs: CRS, tolerance: 50 });
    expect(hit.status).toBe('none');
    expect(hit.status === 'none' && hit.warning.code).toBe('no_road');
  });
});

describe('toleranceBBox', () => {
  it('holds every point within the distance', () => {
    const [minX, minY, maxX, maxY] = toleranceBBox([CM, 14], 1000);
    const dLat = 1000 / (M(14) * RAD);
    const dLon = 1000 / (N(14) * Math.cos(14 * RAD) * RAD);
    expect(maxY - 14).toBeGreaterThan(dLat);
    expect(14 - minY).toBeGreaterThan(dLat);
    expect(maxX - CM).toBeGreaterThan(dLon);
    expect(CM - minX).toBeGreaterThan(dLon);
    // … and is not wastefully large (within 2 %).
    expect((maxY - 14) / dLat).toBeLessThan(1.02);
    expect((maxX - CM) / dLon).toBeLessThan(1.02);
  });
});

import { describe, expect, it } from 'vitest';
import type { Attributes } from '../assets/attributes';
import type { Position } from '../geometry/geojson';
import { nearestRoad } from '../location/nearest-road';
import type { LineEditChange, LineEditResult, PlainFeature } from './line-edit-plan';
import { continueRoad, mergeRoads, reverseRoad, splitRoad } from './line-edits';

// Roads run along the central meridian of EPSG:9216 (107°30′), where a grid length is k0 × the meridian arc:
// expectations come from the ellipsoid, not from proj4.
const A = 6378137;
const E2 = 0.00669437999014;
const RAD = Math.PI / 180;
const K0 = 0.9999;
const M = (lat: number) => (A * (1 - E2)) / (1 - E2 * Math.sin(lat * RAD) ** 2) ** 1.5;
const arc = (lat0: number, lat1: number) => K0 * M((lat0 + lat1) / 2) * (lat1 - lat0) * RAD;
const cm = (m: number) => Math.round(m * 100) / 100;

const CM = 107.5;
const CRS = 'EPSG:9216';
const at = (lat: number): Position => [CM, lat];
const road = (uid: string, lats: number[], properties: Attributes): PlainFeature => ({
  uid,
  geometry: { type: 'LineString', coordinates: lats.map(at) },
  properties,
});

function plan(result: LineEditResult) {
  if (!result.ok) throw new Error(`refused: ${result.refusal.text}`);
  return result.plan;
}
function refusalOf(result: LineEditResult) {
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal;
}
function coordsOf(change: LineEditChange | undefined): Position[] {
  if (!change || change.op === 'delete' || change.geometry?.type !== 'LineString') throw new Error('no line');
  return change.geometry.coordinates;
}

const ql14 = road('r1', [14, 14.004, 14.01], {
  road_code: 'QL.14',
  name: 'Quốc lộ 14',
  surface_type: 'btn',
  start_chainage_m: 12000,
  length_m: 1106.28,
  created_at: '2026-01-01T00:00:00Z',
  created_by: 'an',
  updated_at: '2026-01-01T00:00:00Z',
  updated_by: 'an',
});

describe('splitRoad', () => {
  it('splits at the nearest position, carries the attributes and starts the second part where the first ends', () => {
    const p = plan(splitRoad(ql14, [CM + 0.0002, 14.007], { workingCrs: CRS }));
    expect(p.edit).toBe('split');
    const [update, insert] = p.changes;
    expect(update).toMatchObject({ op: 'update', layer: 'roads', uid: 'r1' });
    const first = coordsOf(update);
    const second = coordsOf(insert);
    expect(first.slice(0, 2)).toEqual([at(14), at(14.004)]);
    expect(first[2]![0]).toBe(CM);
    expect(first[2]![1]).toBeCloseTo(14.007, 9);
    expect(second[0]).toEqual(first[2]);
    expect(second[1]).toEqual(at(14.01));
    expect(p.at).toEqual(first[2]);

    const firstLength = arc(14, 14.007); // ≈ 774.4 m
    expect(update?.op === 'update' && update.patch.length_m).toBeCloseTo(firstLength, 2);
    if (insert?.op !== 'insert') throw new Error('expected an insert');
    expect(insert.properties.start_chainage_m).toBeCloseTo(12000 + firstLength, 2);
    expect(insert.properties.length_m).toBeCloseTo(arc(14.007, 14.01), 2);
    expect(insert.properties).toMatchObject({ road_code: 'QL.14', name: 'Quốc lộ 14', surface_type: 'btn' });
    for (const system of ['uid', 'created_at', 'created_by', 'updated_at', 'updated_by']) {
      expect(insert.properties).not.toHaveProperty(system);
    }
  });

  it('keeps every point at the chainage it had before the split', () => {
    const p = plan(splitRoad(ql14, at(14.007), { workingCrs: CRS }));
    const [update, insert] = p.changes;
    if (update?.op !== 'update' || insert?.op !== 'insert') throw new Error('unexpected plan');
    const firstPart: PlainFeature = {
      uid: 'r1',
      geometry: update.geometry!,
      properties: { ...ql14.properties, ...update.patch },
    };
    const secondPart: PlainFeature = { uid: 'new', geometry: insert.geometry, properties: insert.properties };
    for (const bridge of [
      [CM + 0.0001, 14.002],
      [CM - 0.0001, 14.0085],
    ] as Position[]) {
      const before = nearestRoad(bridge, [ql14], { workingCrs: CRS, tolerance: 50 });
      const after = nearestRoad(bridge, [firstPart, secondPart], { workingCrs: CRS, tolerance: 50 });
      if (before.status !== 'located' || after.status !== 'located') throw new Error('not located');
      expect(Math.abs(after.chainage - before.chainage)).toBeLessThanOrEqual(0.1);
    }
  });

  it('splits at a vertex exactly when the point is on it', () => {
    const p = plan(splitRoad(ql14, [CM + 1e-9, 14.004], { workingCrs: CRS }));
    const first = coordsOf(p.changes[0]);
    const second = coordsOf(p.changes[1]);
    expect(first).toEqual([at(14), at(14.004)]);
    expect(second).toEqual([at(14.004), at(14.01)]);
    const [update, insert] = p.changes;
    expect(insert?.op === 'insert' && insert.properties.start_chainage_m).toBe(
      cm(12000 + (update?.op === 'update' ? (update.patch.length_m as number) : NaN)),
    );
  });

  it('refuses a point at or near an end, naming the end and the distance', () => {
    const nearStart = refusalOf(splitRoad(ql14, at(14.0000005), { workingCrs: CRS })); // ≈ 5.5 cm in
    expect(nearStart.code).toBe('split_near_end');
    expect(nearStart.params).toMatchObject({ end: 'start', minimum: 1 });
    expect(nearStart.params.distance).toBeCloseTo(0.06, 2);
    const beyondEnd = refusalOf(splitRoad(ql14, at(14.02), { workingCrs: CRS }));
    expect(beyondEnd.params).toMatchObject({ end: 'end', distance: 0 });
  });

  it('refuses a point farther from the road than asked, and a feature that is not a line', () => {
    const far = refusalOf(splitRoad(ql14, [CM + 0.001, 14.005], { workingCrs: CRS, maxDistance: 20 }));
    expect(far.code).toBe('split_far_from_line');
    expect(far.params.distance).toBeGreaterThan(100);
    const point: PlainFeature = {
      uid: 'b',
      geometry: { type: 'Point', coordinates: at(14) },
      properties: {},
    };
    expect(refusalOf(splitRoad(point, at(14), { workingCrs: CRS })).code).toBe('not_a_line');
  });

  it('starts the second part at the first part’s length when the road has no start chainage', () => {
    const bare = road('r2', [14, 14.01], { road_code: 'ĐT.671', start_chainage_m: null });
    const p = plan(splitRoad(bare, at(14.005), { workingCrs: CRS }));
    expect(p.changes[1]?.op === 'insert' && p.changes[1].properties.start_chainage_m).toBeCloseTo(
      arc(14, 14.005),
      2,
    );
  });
});

describe('mergeRoads', () => {
  const s2 = cm(12000 + arc(14, 14.005));
  const upstream = road('a', [14, 14.005], { road_code: 'QL.14', start_chainage_m: 12000, name: 'đoạn 1' });
  const downstream = road('b', [14.005, 14.01], { road_code: 'QL14', start_chainage_m: s2, name: 'đoạn 2' });

  it('joins head to tail, keeps the first’s attributes and uid, deletes the second', () => {
    const p = plan(mergeRoads(upstream, downstream, { workingCrs: CRS }));
    expect(p.edit).toBe('merge');
    expect(coordsOf(p.changes[0])).toEqual([at(14), at(14.005), at(14.01)]);
    expect(p.changes[0]).toMatchObject({ op: 'update', uid: 'a' });
    expect(p.changes[0]?.op === 'update' && p.changes[0].patch).toEqual({
      length_m: expect.closeTo(arc(14, 14.01), 2),
      start_chainage_m: 12000,
    });
    expect(p.changes[1]).toEqual({ op: 'delete', layer: 'roads', uid: 'b' });
    expect(p.at).toEqual(at(14.005));
    expect(p.warnings).toEqual([]);
  });

  it('reverses the second when it was drawn the other way', () => {
    const backwards = road('b', [14.01, 14.005], { road_code: 'QL.14', start_chainage_m: s2 });
    const p = plan(mergeRoads(upstream, backwards, { workingCrs: CRS }));
    expect(coordsOf(p.changes[0])).toEqual([at(14), at(14.005), at(14.01)]);
    expect(p.warnings.map((w) => w.code)).toEqual(['second_reversed']);
  });

  it('puts the second in front when it joins the first’s start, and takes the smaller start chainage', () => {
    const p = plan(mergeRoads(downstream, upstream, { workingCrs: CRS }));
    expect(coordsOf(p.changes[0])).toEqual([at(14), at(14.005), at(14.01)]);
    expect(p.changes[0]).toMatchObject({ uid: 'b', patch: { start_chainage_m: 12000 } });
    expect(p.changes[1]).toMatchObject({ op: 'delete', uid: 'a' });
    expect(p.warnings).toEqual([]);
  });

  it('bridges a gap within the tolerance with the first’s vertex', () => {
    const dLat = 0.2 / (K0 * M(14.005) * RAD); // 20 cm
    const gapped = road('b', [14.005 + dLat, 14.01], { road_code: 'QL.14', start_chainage_m: s2 });
    const p = plan(mergeRoads(upstream, gapped, { workingCrs: CRS, tolerance: 0.5 }));
    expect(coordsOf(p.changes[0])).toEqual([at(14), at(14.005), at(14.01)]);
  });

  it('refuses ends farther apart than the tolerance, with the distance', () => {
    const dLat = 10 / (K0 * M(14.005) * RAD);
    const apart = road('b', [14.005 + dLat, 14.01], { road_code: 'QL.14' });
    const r = refusalOf(mergeRoads(upstream, apart, { workingCrs: CRS }));
    expect(r.code).toBe('not_touching');
    expect(r.params.distance).toBeCloseTo(10, 2);
  });

  it('refuses different routes, roads without a code, and a road merged with itself', () => {
    const other = road('c', [14.005, 14.01], { road_code: 'ĐT.671' });
    expect(refusalOf(mergeRoads(upstream, other, { workingCrs: CRS }))).toMatchObject({
      code: 'different_routes',
      params: { first: 'QL.14', second: 'ĐT.671' },
    });
    const uncoded = road('d', [14.005, 14.01], { road_code: ' ' });
    expect(refusalOf(mergeRoads(upstream, uncoded, { workingCrs: CRS }))).toMatchObject({
      code: 'no_route_code',
      params: { uid: 'd' },
    });
    expect(refusalOf(mergeRoads(upstream, upstream, { workingCrs: CRS })).code).toBe('same_feature');
  });

  it('warns when the second’s old start chainage does not continue the first', () => {
    const jumped = road('b', [14.005, 14.01], { road_code: 'QL.14', start_chainage_m: 13000 });
    const p = plan(mergeRoads(upstream, jumped, { workingCrs: CRS }));
    expect(p.warnings).toHaveLength(1);
    expect(p.warnings[0]).toMatchObject({ code: 'chainage_mismatch', params: { uid: 'b', actual: 13000 } });
    expect(p.warnings[0]!.params.expected).toBeCloseTo(s2, 2);
  });
});

describe('reverseRoad', () => {
  const length = arc(14, 14.01);
  const asset = (uid: string, layer: 'bridges' | 'culverts', properties: Attributes) => ({
    uid,
    layer,
    geometry: null,
    properties,
  });

  it('reverses the vertices and keeps the start chainage', () => {
    const p = plan(reverseRoad(ql14, { workingCrs: CRS }));
    expect(coordsOf(p.changes[0])).toEqual([at(14.01), at(14.004), at(14)]);
    expect(p.changes[0]).toMatchObject({ op: 'update', uid: 'r1', patch: {} });
    expect(p.changes).toHaveLength(1);
  });

  it('reflects the chainage of the route’s assets on it (c → 2s + L − c) and swaps left and right', () => {
    const p = plan(
      reverseRoad(ql14, {
        workingCrs: CRS,
        assets: [
          asset('b1', 'bridges', { route_code: 'QL.14', chainage_m: 12300 }),
          asset('c1', 'culverts', { route_code: 'QL.14', chainage_m: 12900.5, side: 'phai' }),
          asset('c2', 'culverts', { route_code: 'QL.14', chainage_m: 12000, side: 'giua' }),
          asset('x1', 'bridges', { route_code: 'QL.14', chainage_m: 15000 }), // another section of QL.14
          asset('x2', 'bridges', { route_code: 'ĐT.671', chainage_m: 12300 }),
        ],
      }),
    );
    const patches = Object.fromEntries(
      p.changes.slice(1).map((c) => (c.op === 'update' ? [c.uid, c.patch] : [c.op, null])),
    );
    expect(Object.keys(patches)).toEqual(['b1', 'c1', 'c2']);
    expect(patches.b1).toEqual({ chainage_m: expect.closeTo(12000 + length - 300, 1) });
    expect(patches.c1).toEqual({ chainage_m: expect.closeTo(12000 + length - 900.5, 1), side: 'trai' });
    expect(patches.c2).toEqual({ chainage_m: expect.closeTo(12000 + length, 1) });
    expect(p.changes[1]).toMatchObject({ layer: 'bridges' });
  });

  it('gives an asset the chainage it would be measured at on the reversed road', () => {
    const bridge: Position = [CM + 0.0002, 14.0031]; // right of the northbound road
    const before = nearestRoad(bridge, [ql14], { workingCrs: CRS, tolerance: 50 });
    if (before.status !== 'located') throw new Error('not located');
    const p = plan(
      reverseRoad(ql14, {
        workingCrs: CRS,
        assets: [
          asset('b1', 'bridges', { route_code: 'QL.14', chainage_m: before.chainage, side: before.side }),
        ],
      }),
    );
    const reversed: PlainFeature = {
      ...ql14,
      geometry: p.changes[0]?.op === 'update' ? p.changes[0].geometry! : null,
    };
    const after = nearestRoad(bridge, [reversed], { workingCrs: CRS, tolerance: 50 });
    if (after.status !== 'located') throw new Error('not located');
    const patch = p.changes[1]?.op === 'update' ? p.changes[1].patch : {};
    // Both chainages are rounded to 0.1 m, and the reflected one was rounded twice.
    expect(Math.abs((patch.chainage_m as number) - after.chainage)).toBeLessThan(0.15);
    expect(before.side).toBe('phai');
    expect(patch.side).toBe(after.side);
  });
});

describe('continueRoad', () => {
  const short = road('r', [14, 14.005], { road_code: 'QL.14', start_chainage_m: 12000 });

  it('appends at the end, skipping a first vertex snapped onto the end', () => {
    const p = plan(continueRoad(short, [at(14.005), at(14.008)], { workingCrs: CRS }));
    expect(coordsOf(p.changes[0])).toEqual([at(14), at(14.005), at(14.008)]);
    expect(p.changes[0]?.op === 'update' && p.changes[0].patch).toEqual({
      length_m: expect.closeTo(arc(14, 14.008), 2),
    });
    expect(p.at).toEqual(at(14.005));
  });

  it('prepends at the start and moves the start chainage back by the added length', () => {
    const p = plan(continueRoad(short, [at(14), at(13.999)], { workingCrs: CRS, at: 'start' }));
    expect(coordsOf(p.changes[0])).toEqual([at(13.999), at(14), at(14.005)]);
    const patch = p.changes[0]?.op === 'update' ? p.changes[0].patch : {};
    expect(patch.start_chainage_m).toBeCloseTo(12000 - arc(13.999, 14), 1);
  });

  it('refuses to go before Km 0, and a drawing with nothing new', () => {
    const nearOrigin = road('r', [14, 14.005], { road_code: 'QL.14', start_chainage_m: 50 });
    expect(refusalOf(continueRoad(nearOrigin, [at(13.999)], { workingCrs: CRS, at: 'start' }))).toMatchObject(
      { code: 'before_route_origin', params: { start: 50 } },
    );
    expect(refusalOf(continueRoad(short, [at(14.005)], { workingCrs: CRS })).code).toBe('no_new_vertices');
  });

  it('keeps a road without start chainage without one', () => {
    const bare = road('r', [14, 14.005], { road_code: 'QL.14' });
    const p = plan(continueRoad(bare, [at(13.999)], { workingCrs: CRS, at: 'start' }));
    expect(p.changes[0]?.op === 'update' && p.changes[0].patch).not.toHaveProperty('start_chainage_m');
  });
});

describe('every edit measures in a projected working CRS', () => {
  it('refuses a geographic CRS rather than measure in degrees', () => {
    const asset = {
      uid: 'b',
      layer: 'bridges' as const,
      geometry: null,
      properties: { route_code: 'QL.14' },
    };
    expect(() => reverseRoad(ql14, { workingCrs: 'EPSG:4326', assets: [asset] })).toThrow(/geographic/u);
    expect(() => continueRoad(ql14, [at(14.02)], { workingCrs: 'EPSG:4326' })).toThrow(/geographic/u);
    expect(() => splitRoad(ql14, at(14.005), { workingCrs: 'EPSG:4756' })).toThrow(/geographic/u);
  });
});

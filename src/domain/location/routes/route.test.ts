// Direction, sides and multi-segment routes, against hand-computed positions (x east, y north, metres).
import { describe, expect, it } from 'vitest';
import type { Position } from '../../geometry/geojson';
import { lineBetween, locatePoint, pointAtChainage } from './locate';
import type { Route, RouteInput } from './route';
import { buildRoute } from './route';

function route(input: Omit<RouteInput, 'code'>): Route {
  const built = buildRoute({ code: 'ĐT.671', ...input });
  if (!built.ok) throw new Error(built.problems.map((p) => p.text).join('; '));
  return built.route;
}

const P = (x: number, y: number): Position => [x, y];

describe('a road digitised against its chainage direction', () => {
  // Digitised from east to west; the chainage runs from west (Km 0) to east.
  const westward = { id: 'r', line: [P(3000, 0), P(0, 0)] };
  const posts = [
    { id: 'k0', km: 0, position: P(0, 2) },
    { id: 'k1', km: 1, position: P(1000, 2) },
    { id: 'k2', km: 2, position: P(2000, -2) },
  ];

  it('is turned round by its km posts', () => {
    const r = route({ segments: [westward], posts });
    expect(r.orientation).toBe('posts');
    expect(r.pieces).toEqual([{ segmentId: 'r', reversed: true, fromAlong: 0, toAlong: 3000 }]);
    const loc = locatePoint(r, P(2500, 10));
    expect(loc.ok && loc.value).toMatchObject({ chainage: 2500, offset: 10, side: 'left' });
    const right = locatePoint(r, P(500, -4));
    expect(right.ok && right.value).toMatchObject({ chainage: 500, offset: 4, side: 'right' });
  });

  it('is turned round by its origin', () => {
    const r = route({ segments: [westward], origin: P(-5, 3) });
    expect(r.orientation).toBe('origin');
    const loc = locatePoint(r, P(2500, 10));
    expect(loc.ok && loc.value).toMatchObject({ chainage: 2500, side: 'left' });
  });

  it('keeps the digitised direction when nothing says otherwise', () => {
    const r = route({ segments: [westward] });
    expect(r.orientation).toBe('digitised');
    const loc = locatePoint(r, P(2500, 10));
    // Now travelling west: chainage 500 m from the east end, and north is on the right.
    expect(loc.ok && loc.value).toMatchObject({ chainage: 500, side: 'right' });
  });
});

describe('left and right of increasing chainage', () => {
  it('puts offsets on the correct side of an eastbound road', () => {
    const r = route({ segments: [{ id: 'e', line: [P(0, 0), P(1000, 0)] }] });
    const left = pointAtChainage(r, 700, 5, 'left');
    const right = pointAtChainage(r, 700, 5, 'right');
    expect(left.ok && left.value).toEqual([700, 5]);
    expect(right.ok && right.value).toEqual([700, -5]);
  });

  it('puts offsets on the correct side of a northbound road', () => {
    const r = route({ segments: [{ id: 'n', line: [P(0, 0), P(0, 1000)] }] });
    const right = pointAtChainage(r, 300, 5, 'right');
    expect(right.ok && right.value).toEqual([5, 300]);
    const loc = locatePoint(r, P(-8, 450));
    expect(loc.ok && loc.value).toMatchObject({ chainage: 450, offset: 8, side: 'left' });
  });

  it('gives no side to a point on the centreline', () => {
    const r = route({ segments: [{ id: 'n', line: [P(0, 0), P(0, 1000)] }] });
    const loc = locatePoint(r, P(0, 10));
    expect(loc.ok && loc.value.side).toBeNull();
  });
});

describe('a route made of several segments', () => {
  // Listed out of order and in mixed directions: S2 runs west, S1 east, S3 north.
  const s1 = { id: 'S1', line: [P(1000, 0), P(2000, 0)] };
  const s2 = { id: 'S2', line: [P(1000, 0), P(0, 0)] };
  const s3 = { id: 'S3', line: [P(2000, 0), P(2000, 1000)] };

  it('is chained from the origin and measured as one line', () => {
    const r = route({ segments: [s1, s3, s2], origin: P(0, 0) });
    expect(r.line.length).toBe(3000);
    expect(r.pieces).toEqual([
      { segmentId: 'S2', reversed: true, fromAlong: 0, toAlong: 1000 },
      { segmentId: 'S1', reversed: false, fromAlong: 1000, toAlong: 2000 },
      { segmentId: 'S3', reversed: false, fromAlong: 2000, toAlong: 3000 },
    ]);
    expect(r.problems).toEqual([]);
    const loc = locatePoint(r, P(2010, 500));
    expect(loc.ok && loc.value).toMatchObject({ chainage: 2500, offset: 10, side: 'right' });
  });

  it('finds its start at a free end when no origin is given', () => {
    const r = route({ segments: [s1, s3, s2] });
    // S1's start (1000, 0) touches S2: the free end nearest it is S2's far end (0, 0).
    expect(r.pieces[0]).toMatchObject({ segmentId: 'S2', reversed: true });
  });

  it('measures across a gap and reports it', () => {
    const gapped = { id: 'S3', line: [P(2000, 20), P(2000, 1000)] };
    const r = route({ segments: [s1, gapped, s2], origin: P(0, 0) });
    expect(r.line.length).toBe(2000 + 20 + 980);
    expect(r.problems.map((p) => [p.code, p.params])).toEqual([
      ['route_gap', { segment: 'S3', gap: 20, at: 2000 }],
    ]);
  });

  it('leaves out a segment branching off and reports it', () => {
    const spur = { id: 'S4', line: [P(2000, 0), P(1800, -500)] };
    const r = route({ segments: [s1, s2, s3, spur], origin: P(0, 0) });
    expect(r.pieces.map((p) => p.segmentId)).toEqual(['S2', 'S1', 'S3']);
    expect(r.problems.map((p) => [p.code, p.params.segment])).toEqual([['route_branch', 'S4']]);
  });

  it('returns the stretch between two chainages across segment joints', () => {
    const r = route({ segments: [s1, s3, s2], origin: P(0, 0) });
    const line = lineBetween(r, 1500, 2300);
    expect(line.ok && line.value).toEqual([P(1500, 0), P(2000, 0), P(2000, 300)]);
    const beside = lineBetween(r, 1500, 2300, 3, 'left');
    // Left of an eastbound leg is north, left of a northbound leg is west; they meet at (1997, 3).
    expect(beside.ok && beside.value).toEqual([P(1500, 3), P(1997, 3), P(1997, 300)]);
  });

  it('refuses a route with no usable line', () => {
    const built = buildRoute({ code: 'ĐT.671', segments: [{ id: 'x', line: [P(1, 1), P(1, 1)] }] });
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.problems.map((p) => p.code)).toEqual(['degenerate_segment', 'no_segments']);
  });
});

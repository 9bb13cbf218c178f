// Hand-computed cases on straight lines, so every expected chainage can be checked with a pencil.
import { describe, expect, it } from 'vitest';
import { formatChainage } from '../chainage';
import { alongOf, locatePoint, pointAtChainage } from './locate';
import { chainageAt } from './measure';
import type { Route, RouteInput } from './route';
import { buildRoute } from './route';

function route(input: Omit<RouteInput, 'code'>): Route {
  const built = buildRoute({ code: 'QL.14', ...input });
  if (!built.ok) throw new Error(built.problems.map((p) => p.text).join('; '));
  return built.route;
}

// A road 5 km long running east from x = 0. Km 10 stands at its start, Km 11 at 1,000 m. A realignment
// shortened the road: 400 m past Km 11 the chainage jumps from Km 11+400 to Km 12+000 (equation). Km 13
// stands 1,000 m past the break; Km 14 1,040 m past Km 13 (the last interval is stretched by 4 %).
const east = { id: 'road-1', line: [[0, 0] as [number, number], [5000, 0] as [number, number]] };
const posts = [
  { id: 'km10', km: 10, position: [0, 5] as [number, number] },
  { id: 'km11', km: 11, position: [1000, 0] as [number, number] },
  { id: 'km13', km: 13, position: [2400, -3] as [number, number] },
  { id: 'km14', km: 14, position: [3440, 0] as [number, number] },
];

describe('a route calibrated by km posts with a km equation', () => {
  const r = route({ segments: [east], posts, equations: [{ id: 'eq1', back: 11400, ahead: 12000 }] });

  it('finds the break 400 m past Km 11 and uses every post', () => {
    expect(r.calibration.breaks).toEqual([{ id: 'eq1', along: 1400, back: 11400, ahead: 12000 }]);
    expect(r.problems).toEqual([]);
  });

  it.each([
    [500, 10500],
    [1200, 11200],
    [1400, 12000], // at the break: the chainage leaving it
    [1900, 12500],
    [2920, 13500], // 520 m of the 1,040 m between Km 13 and Km 14 is half a kilometre of chainage
    [4000, 14560], // past the last post: one metre per metre
  ])('%d m along the road is %d m of chainage', (along, chainage) => {
    expect(chainageAt(r.calibration.pieces, along)).toBeCloseTo(chainage, 6);
  });

  it('spans Km 10+000 to Km 15+560', () => {
    expect(formatChainage(r.start)).toBe('Km 10+000');
    expect(formatChainage(r.end)).toBe('Km 15+560');
  });

  it('locates chainages on both sides of the break', () => {
    const a = pointAtChainage(r, 11300);
    const b = pointAtChainage(r, 13500);
    expect(a.ok && a.value[0]).toBeCloseTo(1300, 6);
    expect(b.ok && b.value[0]).toBeCloseTo(2920, 6);
  });

  it('says a chainage the equation skips does not exist', () => {
    const gap = alongOf(r, 11700);
    expect(gap.ok).toBe(false);
    if (!gap.ok) {
      expect(gap.problem.code).toBe('chainage_in_equation_gap');
      expect(gap.problem.text).toContain('Km 11+400 = Km 12+000');
    }
  });

  it('locates a point beside the road after the break', () => {
    const loc = locatePoint(r, [1900, 7]);
    expect(loc.ok && loc.value).toMatchObject({ chainage: 12500, offset: 7, side: 'left' });
  });

  it('places the break at a given point instead of measuring it from the post', () => {
    const at = route({
      segments: [east],
      posts,
      equations: [{ id: 'eq1', back: 11400, ahead: 12000, at: [1450, 2] }],
    });
    expect(at.calibration.breaks[0]!.along).toBe(1450);
    // Km 11 → break: 400 m of chainage over 450 m of road.
    expect(chainageAt(at.calibration.pieces, 1225)).toBeCloseTo(11200, 6);
  });

  it('reports the jump as a spacing problem when the equation is missing', () => {
    const r2 = route({ segments: [east], posts });
    const spacing = r2.problems.filter((p) => p.code === 'post_spacing');
    expect(spacing).toHaveLength(1);
    expect(spacing[0]!.params).toMatchObject({ from: 11000, to: 13000, measured: 1400, expected: 2000 });
    // Linear interpolation still holds between the posts: 700 m of 1,400 m is half of 2,000 m.
    expect(chainageAt(r2.calibration.pieces, 1700)).toBeCloseTo(12000, 6);
  });

  it('leaves out posts that are off the route or out of order', () => {
    const r3 = route({
      segments: [east],
      posts: [
        ...posts,
        { id: 'far', km: 12, position: [1700, 400] },
        { id: 'back', km: 9, position: [4500, 0] },
      ],
      equations: [{ id: 'eq1', back: 11400, ahead: 12000 }],
    });
    expect(r3.problems.map((p) => [p.code, p.params.post])).toEqual([
      ['post_off_route', 'far'],
      ['post_out_of_order', 'back'],
    ]);
  });

  it('rejects an equation that contradicts the posts', () => {
    const r4 = route({
      segments: [east],
      posts,
      equations: [{ id: 'bad', back: 13200, ahead: 13800, at: [1200, 0] }],
    });
    expect(r4.problems.map((p) => p.code)).toContain('equation_unordered');
    expect(r4.calibration.breaks).toEqual([]);
  });
});

describe('a route without posts', () => {
  it('starts at its start chainage and runs one metre per metre', () => {
    const r = route({ segments: [east], startChainage: 1350 });
    expect(chainageAt(r.calibration.pieces, 753)).toBe(2103);
    expect(r.start).toBe(1350);
    expect(r.end).toBe(6350);
  });
});

describe('a route that starts before Km 0', () => {
  it('reports the metres before Km 0 but not a post set a hair off the end', () => {
    const before = route({ segments: [east], posts: [{ id: 'k0', km: 0, position: [30, 2] }] });
    expect(before.problems.map((p) => p.text)).toEqual([
      'the route starts 30 m before Km 0 by its calibration',
    ]);
    expect(chainageAt(before.calibration.pieces, 0)).toBe(-30);
    const hair = route({ segments: [east], posts: [{ id: 'k0', km: 0, position: [1e-9, 3] }] });
    expect(hair.problems).toEqual([]);
  });
});

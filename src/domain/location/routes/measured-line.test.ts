import { describe, expect, it } from 'vitest';
import type { Position } from '../../geometry/geojson';
import { MeasuredLine } from './measured-line';

/** A deterministic pseudo-random walk, so the comparison below is repeatable. */
function walk(n: number, seed: number): Position[] {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: Position[] = [[500000, 1600000]];
  let heading = 0;
  for (let i = 1; i < n; i++) {
    heading += (rnd() - 0.5) * 0.6;
    const step = 5 + rnd() * 30;
    const [x, y] = out[i - 1]!;
    out.push([x + step * Math.cos(heading), y + step * Math.sin(heading)]);
  }
  return out;
}

describe('MeasuredLine', () => {
  const line = new MeasuredLine([
    [0, 0],
    [100, 0],
    [100, 50],
  ]);

  it('measures and interpolates', () => {
    expect(line.length).toBe(150);
    expect(line.pointAt(125)).toEqual([100, 25]);
    expect(line.pointAt(-5)).toEqual([0, 0]);
    expect(line.pointAt(1e9)).toEqual([100, 50]);
    expect(line.slice(50, 120)).toEqual([
      [50, 0],
      [100, 0],
      [100, 20],
    ]);
    expect(line.slice(120, 50)).toEqual([
      [100, 20],
      [100, 0],
      [50, 0],
    ]);
  });

  it('finds the nearest point and its side', () => {
    expect(line.nearest([40, 10])).toMatchObject({ along: 40, offset: -10, distance: 10 });
    expect(line.nearest([110, 20])).toMatchObject({ along: 120, offset: 10, distance: 10 });
    expect(line.nearest([40, 10], 5)).toBeNull();
  });

  it('finds through its grid exactly what a full scan finds within the radius', () => {
    const long = new MeasuredLine(walk(5000, 7));
    let s = 99;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let compared = 0;
    for (let k = 0; k < 2000; k++) {
      const base = long.pointAt(rnd() * long.length);
      const p: Position = [base[0] + (rnd() - 0.5) * 120, base[1] + (rnd() - 0.5) * 120];
      const fast = long.nearest(p, 40);
      const full = long.nearest(p)!;
      if (full.distance <= 40) {
        compared++;
        expect(fast!.distance).toBeCloseTo(full.distance, 9);
      } else expect(fast).toBeNull();
    }
    expect(compared).toBeGreaterThan(500);
  });
});

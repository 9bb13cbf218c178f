import { describe, expect, it } from 'vitest';
import type { Position } from '../geometry/geojson';
import { CRS_LIST } from '../location/crs';
import { measuringProjection } from '../location/transform';
import { planeProjector, projectorOf } from './plane-projection';

const projected = CRS_LIST.filter((c) => c.kind !== 'geographic');

describe('planeProjector', () => {
  it.each(projected.map((c) => [c.code, c.centralMeridian!]))(
    '%s equals proj4 (measuringProjection) within a micrometre across its zone',
    (code, lon0) => {
      const fast = planeProjector(code);
      const proj4 = measuringProjection(code);
      const points: Position[] = [];
      for (let lat = 8; lat <= 24; lat += 0.8)
        for (let d = -3.5; d <= 3.5; d += 0.35) points.push([lon0 + d, lat]);
      const flat = new Float64Array(points.length * 2 + 2);
      fast.line(points, flat, 2);
      let worst = 0;
      points.forEach((p, i) => {
        const want = proj4(p);
        const one = fast.point(p);
        worst = Math.max(worst, Math.hypot(one[0] - want[0], one[1] - want[1]));
        expect(flat[2 + 2 * i]).toBe(one[0]);
        expect(flat[3 + 2 * i]).toBe(one[1]);
      });
      expect(worst).toBeLessThan(1e-6);
    },
  );

  it('puts Kon Tum city where PROJ does, less the datum shift (domain-vn §1.6)', () => {
    // Without the EPSG:6960 shift, (14.3545 N, 108.0005 E) lands at E 553 982.305, N 1 587 467.549 in EPSG:9216.
    const [e, n] = planeProjector('EPSG:9216').point([108.0005, 14.3545]);
    expect(e).toBeCloseTo(553982.305, 2);
    expect(n).toBeCloseTo(1587467.549, 2);
  });

  it('refuses a geographic CRS', () => {
    expect(() => planeProjector('EPSG:4326')).toThrow(/geographic/u);
  });
});

describe('projectorOf', () => {
  it('writes any point function into a flat array', () => {
    const shift = projectorOf((p) => [p[0] + 1, p[1] * 2]);
    const out = new Float64Array(4);
    shift.line(
      [
        [1, 2],
        [3, 4],
      ],
      out,
      0,
    );
    expect([...out]).toEqual([2, 4, 4, 8]);
    expect(shift.point([0, 1])).toEqual([1, 2]);
  });
});

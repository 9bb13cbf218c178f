import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import { CRS_LIST, findCrs, getCrs } from './crs';
import { findProvince, PROVINCES_34, PROVINCES_63 } from './provinces';
import { transformPosition } from './transform';

// PROJ 9.1.1 / EPSG:6960 reference points from domain-vn.md §1.6 (WGS 84 lat, lon → E, N).
const cases: Array<[string, number, number, string, number, number]> = [
  ['Kon Tum', 14.3545, 108.0005, 'EPSG:9216', 553787.123, 1587580.444],
  ['Kon Tum', 14.3545, 108.0005, 'EPSG:5898', 499858.997, 1587522.406],
  ['Kon Tum', 14.3545, 108.0005, 'EPSG:3405', 823457.522, 1589146.149],
  ['Thái Bình', 20.4463, 106.3366, 'EPSG:9209', 587095.876, 2261880.297],
  ['Thái Bình', 20.4463, 106.3366, 'EPSG:3405', 639230.278, 2261546.692],
];

describe('VN-2000 transformation (EPSG:6960, position-vector +towgs84)', () => {
  it.each(cases)('%s in %s matches PROJ to 1 cm', (_name, lat, lon, crs, e, n) => {
    const [x, y] = transformPosition([lon, lat], 'EPSG:4326', crs);
    expect(Math.abs(x - e)).toBeLessThan(0.01);
    expect(Math.abs(y - n)).toBeLessThan(0.01);
  });

  it('round-trips TM-3 → WGS 84 to the millimetre', () => {
    const [lon, lat] = transformPosition([553787.123, 1587580.444], 'EPSG:9216', 'EPSG:4326');
    const [e, n] = transformPosition([lon, lat], 'EPSG:4326', 'EPSG:9216');
    expect(Math.abs(e - 553787.123)).toBeLessThan(0.001);
    expect(Math.abs(n - 1587580.444)).toBeLessThan(0.001);
  });

  it('the published (coordinate-frame) signs copied into +towgs84 land about 0.6 m off — the trap we avoid', () => {
    const wrong =
      '+proj=tmerc +lat_0=0 +lon_0=107.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ' +
      '+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278 +units=m';
    const [x, y] = proj4('EPSG:4326', wrong, [108.0005, 14.3545]);
    expect(x).toBeCloseTo(553787.708, 2);
    expect(y).toBeCloseTo(1587580.614, 2);
  });
});

describe('CRS registry', () => {
  it('has every provincial TM-3 zone and the UTM zones', () => {
    for (const code of [
      3405,
      3406,
      4756,
      5896,
      5897,
      5898,
      5899,
      ...Array.from({ length: 14 }, (_, i) => 9205 + i),
    ])
      expect(findCrs(`EPSG:${code}`), String(code)).toBeDefined();
    expect(CRS_LIST.filter((c) => c.kind === 'tm3')).toHaveLength(18);
  });
  it('accepts bare numbers and rejects unknown codes with a useful message', () => {
    expect(findCrs('9216')?.name).toBe('VN-2000 / TM-3 107-30');
    expect(() => getCrs('EPSG:1234')).toThrow(/unknown CRS "EPSG:1234"/u);
  });
});

describe('province tables', () => {
  it('lists 63 provinces before 2025 and 34 after', () => {
    expect(PROVINCES_63).toHaveLength(63);
    expect(PROVINCES_34).toHaveLength(34);
    expect(new Set(PROVINCES_63.map((p) => p.id)).size).toBe(63);
  });
  it('every pre-2025 province belongs to exactly one 2025 unit', () => {
    const formed = PROVINCES_34.flatMap((p) => p.formedFrom ?? []);
    expect(formed.sort()).toEqual(PROVINCES_63.map((p) => p.name).sort());
  });
  it('knows the sample provinces', () => {
    expect(findProvince('63', 'Kon Tum')?.crs).toBe('EPSG:9216');
    expect(findProvince('34', 'Quảng Ngãi')?.crs).toBe('EPSG:5898');
    expect(findProvince('63', 'thai-binh')?.crs).toBe('EPSG:9209');
    expect(findProvince('34', 'Hưng Yên')?.formedFrom).toContain('Thái Bình');
  });
});

describe('measuring projection', () => {
  it('measures distances like the true VN-2000 grid to within 2 ppm (2 mm per km)', async () => {
    const { measuringProjection } = await import('./transform');
    const a: [number, number] = [107.9, 14.3];
    const b: [number, number] = [108.1, 14.6];
    const d = (p: [number, number], q: [number, number]) => Math.hypot(p[0] - q[0], p[1] - q[1]);
    const truth = d(
      transformPosition(a, 'EPSG:4326', 'EPSG:9216'),
      transformPosition(b, 'EPSG:4326', 'EPSG:9216'),
    );
    const fast = d(measuringProjection('EPSG:9216')(a), measuringProjection('EPSG:9216')(b));
    expect(Math.abs(fast - truth) / truth).toBeLessThan(2e-6);
  });
});

import { describe, expect, it } from 'vitest';
import {
  formatArea,
  formatLength,
  formatNumber,
  measureGeometry,
  planarPolygonArea,
  planarProjection,
  ringArea,
} from './measure';

// WGS 84 ellipsoid, for expectations computed independently of proj4 (meridian and prime-vertical radii).
const A = 6378137;
const E2 = 0.00669437999014;
const RAD = Math.PI / 180;
const meridianRadius = (lat: number) => (A * (1 - E2)) / (1 - E2 * Math.sin(lat * RAD) ** 2) ** 1.5;
const primeVerticalRadius = (lat: number) => A / Math.sqrt(1 - E2 * Math.sin(lat * RAD) ** 2);
const K0 = 0.9999; // TM-3 scale factor on the central meridian

describe('planar areas', () => {
  it('measures a 30 × 20 rectangle either way round', () => {
    const ring: [number, number][] = [
      [0, 0],
      [30, 0],
      [30, 20],
      [0, 20],
      [0, 0],
    ];
    expect(ringArea(ring)).toBe(600);
    expect(ringArea([...ring].reverse())).toBe(600);
  });

  it('takes holes out', () => {
    const outer: [number, number][] = [
      [0, 0],
      [30, 0],
      [30, 20],
      [0, 20],
    ];
    const hole: [number, number][] = [
      [10, 5],
      [10, 10],
      [15, 10],
      [15, 5],
    ];
    expect(planarPolygonArea([outer, hole])).toBe(575);
  });
});

describe('measureGeometry in a TM-3 zone', () => {
  // Along Kon Tum's central meridian (EPSG:9216, 107°30′) grid distance = k0 × meridian arc.
  it('measures a line along the central meridian as k0 × the meridian arc', () => {
    const dLat = 0.01;
    const expected = K0 * meridianRadius(14.005) * dLat * RAD; // ≈ 1106.28 m
    const m = measureGeometry(
      {
        type: 'LineString',
        coordinates: [
          [107.5, 14],
          [107.5, 14.005],
          [107.5, 14.01],
        ],
      },
      'EPSG:9216',
    );
    expect(m.area).toBeNull();
    expect(m.length).toBeCloseTo(expected, 2);
    expect(expected).toBeCloseTo(1106.28, 1);
  });

  it('measures a 0.01° × 0.01° cell beside the meridian in m² (≈ 1.19 km²)', () => {
    const lat = 14.005;
    const expected =
      K0 * K0 * meridianRadius(lat) * primeVerticalRadius(lat) * Math.cos(lat * RAD) * 1e-4 * RAD * RAD;
    const m = measureGeometry(
      {
        type: 'Polygon',
        coordinates: [
          [
            [107.5, 14],
            [107.51, 14],
            [107.51, 14.01],
            [107.5, 14.01],
            [107.5, 14],
          ],
        ],
      },
      'EPSG:9216',
    );
    expect(m.area! / expected).toBeCloseTo(1, 4);
    expect(m.length).toBeGreaterThan(4 * 1070);
  });

  it('closes an unclosed ring before measuring it', () => {
    const open = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [107.5, 14] as [number, number],
          [107.51, 14] as [number, number],
          [107.51, 14.01] as [number, number],
          [107.5, 14.01] as [number, number],
        ],
      ],
    };
    const closedRing = [...open.coordinates[0]!, [107.5, 14] as [number, number]];
    const closed = measureGeometry({ type: 'Polygon', coordinates: [closedRing] }, 'EPSG:9216');
    expect(measureGeometry(open, 'EPSG:9216')).toEqual(closed);
  });

  it('refuses a geographic working CRS, whose units are degrees', () => {
    expect(() => planarProjection('EPSG:4326')).toThrow(/geographic/u);
    expect(() => measureGeometry({ type: 'Point', coordinates: [108, 14] }, 'EPSG:4756')).toThrow(RangeError);
  });
});

describe('formatting', () => {
  it.each([
    [12345.678, 1, 'vi', '12.345,7'],
    [12345.678, 1, 'en', '12,345.7'],
    [1234567, 0, 'vi', '1.234.567'],
    [-0.04, 1, 'vi', '0,0'],
    [-2.5, 1, 'en', '-2.5'],
  ] as const)('formatNumber(%d, %d, %s) = %s', (v, d, lang, text) => {
    expect(formatNumber(v, d, lang)).toBe(text);
  });

  it.each([
    [12.44, 'vi', '12,4 m'],
    [850, 'vi', '850 m'],
    [999.7, 'vi', '1,00 km'],
    [1250, 'vi', '1,25 km'],
    [1250, 'en', '1.25 km'],
    [123456, 'en', '123.46 km'],
  ] as const)('formatLength(%d, %s) = %s', (m, lang, text) => {
    expect(formatLength(m, lang)).toBe(text);
  });

  it.each([
    [850, 'vi', '850 m²'],
    [42.25, 'en', '42.3 m²'],
    [12500, 'vi', '1,25 ha'],
    [1234567, 'vi', '123,46 ha'],
    [9999.7, 'en', '1.00 ha'],
  ] as const)('formatArea(%d, %s) = %s', (m2, lang, text) => {
    expect(formatArea(m2, lang)).toBe(text);
  });
});

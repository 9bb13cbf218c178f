import { describe, expect, it } from 'vitest';
import type { ParsedCoordinates } from './coordinates-input';
import { formatDms, formatGridXY, formatLatLonDms, parseCoordinates } from './coordinates-input';

const LON = 108 + 30 / 3600; // 108°00′30″
const LAT = 14 + 21 / 60; // 14°21′00″

function degrees(r: ParsedCoordinates) {
  if (!r.ok) throw new Error(`refused: ${r.error.text}`);
  if (r.kind === 'grid') throw new Error('read as grid');
  return r;
}
function grid(r: ParsedCoordinates) {
  if (!r.ok) throw new Error(`refused: ${r.error.text}`);
  if (r.kind !== 'grid') throw new Error(`read as ${r.kind}`);
  return r;
}
const errorOf = (r: ParsedCoordinates) => (r.ok ? 'ok' : r.error.code);

describe('degrees-minutes-seconds', () => {
  it.each([
    `108°00'30"E 14°21'00"N`,
    `14°21'00"N 108°00'30"E`,
    `14°21'00"N, 108°00'30"E`,
    `14 21 0 N, 108 0 30 E`,
    `14 21 0 N 108 0 30 E`,
    `N 14 21 0 E 108 0 30`,
    `N14°21' E108°0'30"`,
    `14°21′00″ B, 108°00′30″ Đ`,
    `14º21'00'' B 108º00'30'' D`,
    `14°21’00” N 108°00’30” E`,
    `14 độ 21 phút 0 giây Bắc, 108 độ 0 phút 30 giây Đông`,
    `vĩ độ 14°21', kinh độ 108°0'30"`,
    `14°21'00" 108°00'30"`,
    `14 21 0 108 0 30`,
    `lat 14°21' lon 108°0'30"`,
  ])('%s', (text) => {
    const r = degrees(parseCoordinates(text));
    expect(r.kind).toBe('dms');
    expect(r.lat).toBeCloseTo(LAT, 12);
    expect(r.lon).toBeCloseTo(LON, 12);
    expect(r.position).toEqual([r.lon, r.lat]);
  });

  it('reads decimal commas in seconds and minutes', () => {
    const r = degrees(parseCoordinates(`14°21'0,5"N 108°0'30,25"E`));
    expect(r.lat).toBeCloseTo(14 + 21 / 60 + 0.5 / 3600, 12);
    expect(r.lon).toBeCloseTo(108 + 30.25 / 3600, 12);
    expect(degrees(parseCoordinates(`14°21,5' B 108°0,5' Đ`)).lat).toBeCloseTo(14 + 21.5 / 60, 12);
  });

  it('says where the axes came from', () => {
    expect(degrees(parseCoordinates(`108°00'30"E 14°21'00"N`)).axesFrom).toBe('letters');
    expect(degrees(parseCoordinates(`108 0 30 14 21 0`))).toMatchObject({ axesFrom: 'values', lon: LON });
    expect(degrees(parseCoordinates(`14 21 0 108 0 30`)).axesFrom).toBe('values');
  });

  it('takes the other axis for the coordinate without a letter', () => {
    expect(degrees(parseCoordinates(`14°21'00" 108°00'30"E`))).toMatchObject({
      axesFrom: 'letters',
      lat: LAT,
    });
  });

  it('handles the southern and western hemispheres', () => {
    const r = degrees(parseCoordinates(`33°52'08"S 151°12'30"W`));
    expect(r.lat).toBeCloseTo(-(33 + 52 / 60 + 8 / 3600), 12);
    expect(r.lon).toBeCloseTo(-(151 + 12.5 / 60), 12);
    expect(degrees(parseCoordinates(`10 Nam, 20 T`))).toMatchObject({ lat: -10, lon: -20 });
  });
});

describe('decimal degrees', () => {
  it.each([
    ['14.35, 108.0005', 14.35, 108.0005, 'values'],
    ['14,35 108,0005', 14.35, 108.0005, 'values'],
    ['14,35; 108,0005', 14.35, 108.0005, 'values'],
    ['48.2, 16.37', 48.2, 16.37, 'order'],
    ['108.0005 14.35', 14.35, 108.0005, 'values'],
    ['14.35°N 108.0005°E', 14.35, 108.0005, 'letters'],
    ['-8.5, -75', -8.5, -75, 'order'],
  ] as const)('%j', (text, lat, lon, axesFrom) => {
    expect(degrees(parseCoordinates(text))).toMatchObject({ kind: 'decimal-degrees', lat, lon, axesFrom });
  });
});

describe('VN-2000 grid (X northing first)', () => {
  // domain-vn §1.6: Kon Tum city, WGS 84 (14.3545, 108.0005) = EPSG:9216 X 1 587 580.444, Y 553 787.123 (PROJ).
  it.each([
    'X = 1 587 580,444 Y = 553 787,123',
    'X=1587580.444; Y=553787.123',
    'X: 1.587.580,444 m, Y: 553.787,123 m',
    '1587580.444 553787.123',
    '1587580,444 553787,123',
    '1 587 580,444   553 787,123',
    'N 1587580.444 E 553787.123',
  ])('%j', (text) => {
    const r = grid(parseCoordinates(text, { gridCrs: 'EPSG:9216' }));
    expect(r).toMatchObject({ northing: 1587580.444, easting: 553787.123, order: 'x-y', crs: 'EPSG:9216' });
    expect(r.position![0]).toBeCloseTo(108.0005, 7); // 1e-7° ≈ 1 cm
    expect(r.position![1]).toBeCloseTo(14.3545, 7);
  });

  it('reads labels in any order and notices an easting typed first', () => {
    expect(grid(parseCoordinates('Y = 553787.123, X = 1587580.444'))).toMatchObject({
      northing: 1587580.444,
      easting: 553787.123,
      order: 'y-x',
      crs: null,
      position: null,
    });
    expect(grid(parseCoordinates('553787.123 1587580.444'))).toMatchObject({
      northing: 1587580.444,
      order: 'y-x',
    });
  });

  it('gives no lon/lat without a projected CRS', () => {
    expect(grid(parseCoordinates('1587580 553787', { gridCrs: 'EPSG:4326' })).position).toBeNull();
  });
});

describe('errors', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['14.35', 'count'],
    ['14 21 0 108 0', 'number_count'],
    ["14°61'N 108°E", 'minutes_range'],
    ['14°21\'75"N 108°E', 'seconds_range'],
    ['14°N 15°N', 'same_axis'],
    ['X = 1587580 X = 553787', 'same_axis'],
    ["-14°21'N 108°E", 'sign_conflict'],
    ['14, 200', 'longitude_range'],
    ['95, 100', 'latitude_range'],
    ['14.35 abc 108', 'unreadable'],
    ['14.35 # 108', 'unreadable'],
    ['21\'30" N, 108° E', 'unit_order'],
    ["14.5°30' N 108°E", 'unit_order'],
    ['14°21\'00"N 108°00\'30"E 5', 'count'],
    ['X = 15000000 Y = 553787', 'grid_range'],
  ])('%j → %s', (text, code) => expect(errorOf(parseCoordinates(text))).toBe(code));

  it('says what it could not read', () => {
    const r = parseCoordinates('14.35 abc 108');
    expect(!r.ok && r.error.params).toEqual({ text: 'abc' });
    expect(!r.ok && r.error.text).toContain('"abc"');
  });
});

describe('display', () => {
  it.each([
    [LAT, 'lat', 'vi', '14°21′00,0″ B'],
    [LAT, 'lat', 'en', '14°21′00.0″ N'],
    [LON, 'lon', 'vi', '108°00′30,0″ Đ'],
    [-LON, 'lon', 'en', '108°00′30.0″ W'],
    [-10.5, 'lat', 'vi', '10°30′00,0″ Nam'],
    [14 + 59 / 60 + 59.97 / 3600, 'lat', 'en', '15°00′00.0″ N'], // rounding carries into degrees
  ] as const)('formatDms(%d, %s, %s) = %s', (v, axis, lang, text) => {
    expect(formatDms(v, axis, lang)).toBe(text);
  });

  it('writes whole seconds when asked', () => {
    expect(formatDms(14 + 5 / 3600, 'lat', 'en', 0)).toBe('14°00′05″ N');
  });

  it('writes latitude first and reads back what it wrote', () => {
    const text = formatLatLonDms([LON, LAT], 'vi');
    expect(text).toBe('14°21′00,0″ B, 108°00′30,0″ Đ');
    expect(degrees(parseCoordinates(text)).position).toEqual([
      expect.closeTo(LON, 10),
      expect.closeTo(LAT, 10),
    ]);
    const south = formatLatLonDms([-47.25, -33.5], 'vi');
    expect(degrees(parseCoordinates(south))).toMatchObject({ lat: -33.5, lon: -47.25 });
  });

  it('writes grid metres X (northing) first', () => {
    expect(formatGridXY(1587580.444, 553787.123, 'vi')).toBe('X = 1587580,44 m; Y = 553787,12 m');
    expect(grid(parseCoordinates(formatGridXY(1587580.444, 553787.123, 'en')))).toMatchObject({
      northing: 1587580.44,
      easting: 553787.12,
    });
  });
});

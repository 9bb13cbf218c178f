import { describe, expect, it } from 'vitest';
import { formatChainage, parseChainage } from './chainage';
import { lineLength, locatePointOnLine, pointAlongLine } from './linear-referencing';

describe('chainage text', () => {
  it.each([
    [12350, 'Km 12+350'],
    [0, 'Km 0+000'],
    [999.6, 'Km 1+000'],
    [7, 'Km 0+007'],
    [105200, 'Km 105+200'],
  ])('%d m → %s', (m, text) => expect(formatChainage(m)).toBe(text));

  it('keeps decimals when asked', () => expect(formatChainage(12350.46, 1)).toBe('Km 12+350.5'));

  it.each([
    ['Km 12+350', 12350],
    ['km12+350', 12350],
    ['12+350', 12350],
    ['Km 12 + 350,5', 12350.5],
    ['Km 0+007', 7],
    ['12.35 km', 12350],
  ])('parses %j', (text, m) => expect(parseChainage(text)).toBe(m));

  it.each(['', 'Km 12+1350', 'twelve', '12'])('rejects %j', (text) => expect(parseChainage(text)).toBeNull());

  it('rejects negative chainage', () => expect(() => formatChainage(-1)).toThrow(RangeError));
});

describe('linear referencing', () => {
  const route: [number, number][] = [
    [0, 0],
    [100, 0],
    [100, 50],
  ];
  it('measures length', () => expect(lineLength(route)).toBe(150));
  it('locates a point left of the line (north of an eastbound segment)', () => {
    const r = locatePointOnLine(route, [40, 10]);
    expect(r.along).toBeCloseTo(40);
    expect(r.offset).toBeCloseTo(-10);
  });
  it('locates a point right of the line', () => {
    const r = locatePointOnLine(route, [110, 20]);
    expect(r.along).toBeCloseTo(120);
    expect(r.offset).toBeCloseTo(10);
  });
  it('interpolates and clamps', () => {
    expect(pointAlongLine(route, 125)).toEqual([100, 25]);
    expect(pointAlongLine(route, 1e9)).toEqual([100, 50]);
  });
});

import { describe, expect, it } from 'vitest';
import type { SnapCandidate } from './snapping';
import { snapPosition, toleranceFromPixels } from './snapping';

// Road A runs east 10 units then north 10; road B is a north-south line at x = 20.
const A: SnapCandidate = {
  id: 'A',
  coordinates: [
    [0, 0],
    [10, 0],
    [10, 10],
  ],
};
const B: SnapCandidate = {
  id: 'B',
  coordinates: [
    [20, 0],
    [20, 10],
  ],
};

describe('snapPosition', () => {
  it('snaps to a vertex within the tolerance (3-4-5 triangle: distance 0.5)', () => {
    const hit = snapPosition([10.3, 0.4], [A, B], { tolerance: 1 });
    expect(hit?.target).toEqual({ kind: 'vertex', featureId: 'A', vertexIndex: 1 });
    expect(hit?.position).toEqual([10, 0]);
    expect(hit?.distance).toBeCloseTo(0.5, 12);
  });

  it('returns the stored vertex bit for bit, not a recomputed value', () => {
    const x = 0.1 + 0.2; // 0.30000000000000004
    const y = 1 / 3;
    const road: SnapCandidate = {
      id: 'R',
      coordinates: [
        [x, y],
        [5, 5],
      ],
    };
    const hit = snapPosition([x + 1e-4, y - 1e-4], [road], { tolerance: 0.01 });
    expect(Object.is(hit!.position[0], x)).toBe(true);
    expect(Object.is(hit!.position[1], y)).toBe(true);
    expect(hit!.position).not.toBe(road.coordinates[0]); // a copy: the caller may mutate it
  });

  it('prefers a vertex to a nearer edge', () => {
    // Edge A0 is 0.1 away; vertex (10, 0) is √(0.8² + 0.1²) ≈ 0.806 away, still inside 1.
    const hit = snapPosition([9.2, 0.1], [A], { tolerance: 1 });
    expect(hit?.target).toEqual({ kind: 'vertex', featureId: 'A', vertexIndex: 1 });
    expect(hit?.distance).toBeCloseTo(Math.hypot(0.8, 0.1), 12);
  });

  it('snaps to the nearest point of an edge when no vertex is near', () => {
    const hit = snapPosition([5, 0.3], [A, B], { tolerance: 0.5 });
    expect(hit?.target).toEqual({ kind: 'edge', featureId: 'A', segmentIndex: 0, fraction: 0.5 });
    expect(hit?.position).toEqual([5, 0]);
    expect(hit?.distance).toBeCloseTo(0.3, 12);
  });

  it('finds the edge on the second segment with its fraction', () => {
    const hit = snapPosition([9.6, 7.5], [A], { tolerance: 1 });
    expect(hit?.target).toEqual({ kind: 'edge', featureId: 'A', segmentIndex: 1, fraction: 0.75 });
    expect(hit?.position).toEqual([10, 7.5]);
  });

  it('picks the nearest vertex across candidates', () => {
    // (10,0) is 5.2 away, (20,0) is 4.8 away.
    const hit = snapPosition([15.2, 0], [A, B], { tolerance: 6 });
    expect(hit?.target).toEqual({ kind: 'vertex', featureId: 'B', vertexIndex: 0 });
  });

  it('breaks a tie by candidate order', () => {
    const copy: SnapCandidate = { id: 'A2', coordinates: A.coordinates };
    expect(snapPosition([10, 0.5], [copy, A], { tolerance: 1 })?.target).toMatchObject({ featureId: 'A2' });
    expect(snapPosition([10, 0.5], [A, copy], { tolerance: 1 })?.target).toMatchObject({ featureId: 'A' });
  });

  it('returns null when nothing is within the tolerance', () => {
    expect(snapPosition([5, 3], [A, B], { tolerance: 1 })).toBeNull();
  });

  it('is inclusive at exactly the tolerance', () => {
    expect(snapPosition([5, 2], [A], { tolerance: 2 })?.distance).toBe(2);
  });

  it('leaves out the vertex being moved and its two segments', () => {
    const options = { tolerance: 1, exclude: [{ featureId: 'A', vertexIndex: 1 }] };
    expect(snapPosition([10.3, 0.4], [A, B], options)).toBeNull();
    // A far part of the same feature still snaps.
    expect(snapPosition([0.2, 0], [A], options)?.target).toEqual({
      kind: 'vertex',
      featureId: 'A',
      vertexIndex: 0,
    });
  });

  it('leaves out a whole feature', () => {
    const hit = snapPosition([15.2, 0], [A, B], { tolerance: 6, exclude: [{ featureId: 'B' }] });
    expect(hit?.target).toEqual({ kind: 'vertex', featureId: 'A', vertexIndex: 1 });
  });

  it('can snap to edges only or vertices only', () => {
    expect(snapPosition([9.2, 0.1], [A], { tolerance: 1, vertices: false })?.target.kind).toBe('edge');
    expect(snapPosition([5, 0.3], [A], { tolerance: 1, edges: false })).toBeNull();
  });

  it('snaps to a point feature (one vertex)', () => {
    const bridge: SnapCandidate = { id: 'P', coordinates: [[3, 4]] };
    expect(snapPosition([3.1, 4], [bridge], { tolerance: 1 })?.position).toEqual([3, 4]);
  });

  it('refuses a negative or missing tolerance', () => {
    expect(() => snapPosition([0, 0], [A], { tolerance: -1 })).toThrow(RangeError);
    expect(() => snapPosition([0, 0], [A], { tolerance: NaN })).toThrow(RangeError);
  });

  it('converts a pixel tolerance with the view resolution', () => {
    expect(toleranceFromPixels(10, 2.5)).toBe(25);
  });
});

// A line in a projected plane (metres, x east / y north) with its cumulative lengths, so that "where is the
// point at distance d" is a binary search and "where along the line is p" uses a grid of its segments.
// Right and left are relative to the direction of the line; a positive offset is right (domain-vn §2.4).
import type { Position } from '../../geometry/geojson';
import { SegmentGrid } from './segment-grid';

export interface NearestOnLine {
  /** Distance along the line from its first vertex, metres. */
  along: number;
  /** Signed perpendicular distance: > 0 right of the line's direction, < 0 left. */
  offset: number;
  /** Unsigned distance from the point to the line. */
  distance: number;
  nearest: Position;
}

export class MeasuredLine {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** cum[i] = length from vertex 0 to vertex i. */
  readonly cum: Float64Array;
  readonly length: number;
  private grid: SegmentGrid | null = null;

  constructor(vertices: readonly Position[]) {
    if (vertices.length < 2) throw new RangeError('a measured line needs at least two vertices');
    const n = vertices.length;
    this.xs = new Float64Array(n);
    this.ys = new Float64Array(n);
    this.cum = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = vertices[i]!;
      this.xs[i] = v[0];
      this.ys[i] = v[1];
      if (i > 0) this.cum[i] = this.cum[i - 1]! + Math.hypot(v[0] - this.xs[i - 1]!, v[1] - this.ys[i - 1]!);
    }
    this.length = this.cum[n - 1]!;
  }

  get vertexCount(): number {
    return this.xs.length;
  }

  vertex(i: number): Position {
    return [this.xs[i]!, this.ys[i]!];
  }

  vertices(): Position[] {
    return Array.from(this.xs, (x, i) => [x, this.ys[i]!] as Position);
  }

  /** Index i of the segment [i, i+1] holding distance `along` (the later one at a shared vertex). */
  segmentAt(along: number): number {
    const cum = this.cum;
    let lo = 0;
    let hi = cum.length - 2;
    if (along <= 0) return 0;
    if (along >= this.length) return hi;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cum[mid]! <= along) lo = mid;
      else hi = mid - 1;
    }
    // Skip zero-length segments so a direction exists.
    while (lo < cum.length - 2 && cum[lo + 1] === cum[lo]) lo++;
    return lo;
  }

  /** The point at a distance along the line, clamped to its ends. */
  pointAt(along: number): Position {
    const i = this.segmentAt(along);
    const len = this.cum[i + 1]! - this.cum[i]!;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, (along - this.cum[i]!) / len));
    return [
      this.xs[i]! + t * (this.xs[i + 1]! - this.xs[i]!),
      this.ys[i]! + t * (this.ys[i + 1]! - this.ys[i]!),
    ];
  }

  /** Unit direction of the line at a distance along it. */
  directionAt(along: number): Position {
    const i = this.segmentAt(along);
    const dx = this.xs[i + 1]! - this.xs[i]!;
    const dy = this.ys[i + 1]! - this.ys[i]!;
    const len = Math.hypot(dx, dy) || 1;
    return [dx / len, dy / len];
  }

  /** The point `offset` metres beside the line at `along` (> 0 right of the direction, < 0 left). */
  pointBeside(along: number, offset: number): Position {
    const [x, y] = this.pointAt(along);
    const [tx, ty] = this.directionAt(along);
    // The right-hand normal of (tx, ty) in an x-east / y-north plane is (ty, -tx).
    return [x + offset * ty, y - offset * tx];
  }

  /** The part of the line between two distances along it (in that order; reversed when from > to). */
  slice(from: number, to: number): Position[] {
    if (from > to) return this.slice(to, from).reverse();
    const a = Math.max(0, Math.min(this.length, from));
    const b = Math.max(0, Math.min(this.length, to));
    const out: Position[] = [this.pointAt(a)];
    for (let i = this.segmentAt(a) + 1; i < this.xs.length && this.cum[i]! < b; i++) {
      if (this.cum[i]! > a) out.push(this.vertex(i));
    }
    out.push(this.pointAt(b));
    return out;
  }

  /**
   * Where along the line the point p is. With `maxDistance` only segments that close are looked at (through
   * a grid, so it stays fast on long routes) and null means none is that close.
   */
  nearest(p: Position, maxDistance = Infinity): NearestOnLine | null {
    if (Number.isFinite(maxDistance)) {
      this.grid ??= new SegmentGrid(this.xs, this.ys);
      let best: NearestOnLine | null = null;
      this.grid.forSegmentsNear(p, maxDistance, (i) => {
        const hit = this.onSegment(i, p);
        if (hit.distance <= maxDistance && (!best || hit.distance < best.distance)) best = hit;
      });
      return best;
    }
    let best: NearestOnLine | null = null;
    for (let i = 0; i < this.xs.length - 1; i++) {
      const hit = this.onSegment(i, p);
      if (!best || hit.distance < best.distance) best = hit;
    }
    return best;
  }

  private onSegment(i: number, p: Position): NearestOnLine {
    const ax = this.xs[i]!;
    const ay = this.ys[i]!;
    const dx = this.xs[i + 1]! - ax;
    const dy = this.ys[i + 1]! - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / len2));
    const nx = ax + t * dx;
    const ny = ay + t * dy;
    const distance = Math.hypot(p[0] - nx, p[1] - ny);
    // Cross product < 0: p lies to the right of a→b.
    const cross = dx * (p[1] - ay) - dy * (p[0] - ax);
    return {
      along: this.cum[i]! + Math.sqrt(len2) * t,
      offset: cross < 0 ? distance : -distance,
      distance,
      nearest: [nx, ny],
    };
  }
}

// A uniform grid over the segments of one line, for "which segments are within r of p" in near-constant
// time: a 500 km route has ~50,000 segments and a survey asks this 100,000 times.
import type { Position } from '../../geometry/geojson';

export class SegmentGrid {
  // Keys are small integers (cells counted from the line's lower-left corner), which a Map hashes fastest.
  private readonly cells = new Map<number, number[]>();
  private readonly cell: number;
  private readonly minCx: number;
  private readonly minCy: number;
  private readonly columns: number;
  private readonly rows: number;
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(
    private readonly xs: Float64Array,
    private readonly ys: Float64Array,
  ) {
    const n = xs.length - 1;
    let total = 0;
    for (let i = 0; i < n; i++) total += Math.hypot(xs[i + 1]! - xs[i]!, ys[i + 1]! - ys[i]!);
    // About two segments per cell, never so small that one segment spans thousands of cells.
    let cell = Math.max(20, Math.min(2000, (2 * total) / Math.max(1, n)));
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < xs.length; i++) {
      minX = Math.min(minX, xs[i]!);
      maxX = Math.max(maxX, xs[i]!);
      minY = Math.min(minY, ys[i]!);
      maxY = Math.max(maxY, ys[i]!);
    }
    // Keep the grid under 2^30 cells so keys stay small integers.
    while (((maxX - minX) / cell + 2) * ((maxY - minY) / cell + 2) > 2 ** 30) cell *= 2;
    this.cell = cell;
    this.minCx = Math.floor(minX / cell);
    this.minCy = Math.floor(minY / cell);
    this.columns = Math.floor(maxX / cell) - this.minCx + 1;
    this.rows = Math.floor(maxY / cell) - this.minCy + 1;
    this.seen = new Uint32Array(Math.max(1, n));
    for (let i = 0; i < n; i++) {
      const x0 = Math.floor(Math.min(xs[i]!, xs[i + 1]!) / this.cell);
      const x1 = Math.floor(Math.max(xs[i]!, xs[i + 1]!) / this.cell);
      const y0 = Math.floor(Math.min(ys[i]!, ys[i + 1]!) / this.cell);
      const y1 = Math.floor(Math.max(ys[i]!, ys[i + 1]!) / this.cell);
      for (let cx = x0; cx <= x1; cx++) {
        for (let cy = y0; cy <= y1; cy++) {
          const k = this.key(cx, cy);
          const list = this.cells.get(k);
          if (list) list.push(i);
          else this.cells.set(k, [i]);
        }
      }
    }
  }

  /** Calls visit(i) once for every segment [i, i+1] whose cell lies within r of p (a superset of the hits). */
  forSegmentsNear(p: Position, r: number, visit: (segment: number) => void): void {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    // Cells outside the line's box hold nothing: clamp the search to it.
    const x0 = Math.max(this.minCx, Math.floor((p[0] - r) / this.cell));
    const x1 = Math.min(this.minCx + this.columns - 1, Math.floor((p[0] + r) / this.cell));
    const y0 = Math.max(this.minCy, Math.floor((p[1] - r) / this.cell));
    const y1 = Math.min(this.minCy + this.rows - 1, Math.floor((p[1] + r) / this.cell));
    if (x0 > x1 || y0 > y1) return;
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > this.seen.length) {
      // A radius wider than the whole line: every segment is a candidate.
      for (let i = 0; i < this.seen.length; i++) visit(i);
      return;
    }
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const list = this.cells.get(this.key(cx, cy));
        if (!list) continue;
        for (const i of list) {
          if (this.seen[i] === this.stamp) continue;
          this.seen[i] = this.stamp;
          visit(i);
        }
      }
    }
  }

  private key(cx: number, cy: number): number {
    return (cx - this.minCx) * this.rows + (cy - this.minCy);
  }
}

// One path out of a route's road segments: lines digitised in any order and direction are chained end to
// end from the route origin, so the route is measured as one line. Gaps are bridged (a straight line is
// measured across) and reported; a segment that branches off where the path already continues is left out
// and reported. Coordinates are in the working CRS (metres).
import type { Position } from '../../geometry/geojson';
import type { RouteProblem } from './route-problems';
import { routeProblem } from './route-problems';

export interface RouteSegment {
  /** The road feature's uid (or any id a person can find it by). */
  id: string;
  line: readonly Position[];
}

/** Which stretch of the path a segment covers, and whether it was turned round to fit. */
export interface PathPiece {
  segmentId: string;
  reversed: boolean;
  fromAlong: number;
  toAlong: number;
}

export interface RoutePath {
  vertices: Position[];
  pieces: PathPiece[];
  problems: RouteProblem[];
}

export interface PathOptions {
  /** A point at or near the route origin (đầu tuyến); default: the free end nearest the first segment's start. */
  origin?: Position;
  /** Ends closer than this are joined without a gap (metres). */
  snapTolerance?: number;
}

const dist = (a: Position, b: Position) => Math.hypot(a[0] - b[0], a[1] - b[1]);

function distinct(line: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of line) if (!out.length || dist(out[out.length - 1]!, p) > 0) out.push([p[0], p[1]]);
  return out;
}

function lengthOf(line: readonly Position[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += dist(line[i - 1]!, line[i]!);
  return total;
}

/** Heading change (radians, 0..π) when going from direction a→b on to the leg c→d. */
function turn(a: Position, b: Position, c: Position, d: Position): number {
  const h1 = Math.atan2(b[1] - a[1], b[0] - a[0]);
  const h2 = Math.atan2(d[1] - c[1], d[0] - c[0]);
  const delta = Math.abs(h1 - h2) % (2 * Math.PI);
  return delta > Math.PI ? 2 * Math.PI - delta : delta;
}

export function assembleRoutePath(segments: readonly RouteSegment[], options: PathOptions = {}): RoutePath {
  const tolerance = options.snapTolerance ?? 1;
  const problems: RouteProblem[] = [];
  const usable: Array<{ id: string; line: Position[] }> = [];
  for (const s of segments) {
    const line = distinct(s.line);
    if (line.length < 2) problems.push(routeProblem('degenerate_segment', { segment: s.id }));
    else usable.push({ id: s.id, line });
  }
  if (!usable.length) return { vertices: [], pieces: [], problems };

  const used = new Set<number>();
  const start = pickStart(usable, options.origin, tolerance);
  const vertices: Position[] = [];
  const pieces: PathPiece[] = [];
  let total = 0;
  const append = (index: number, reversed: boolean) => {
    const seg = usable[index]!;
    const line = reversed ? [...seg.line].reverse() : seg.line;
    const from = total;
    const last = vertices[vertices.length - 1];
    const joined = last !== undefined && dist(last, line[0]!) <= tolerance;
    if (last && !joined) total += dist(last, line[0]!);
    total += lengthOf(line);
    vertices.push(...(joined ? line.slice(1) : line));
    used.add(index);
    pieces.push({ segmentId: seg.id, reversed, fromAlong: from, toAlong: total });
  };
  append(start.index, start.reversed);

  while (used.size < usable.length) {
    const end = vertices[vertices.length - 1]!;
    const before = vertices[vertices.length - 2]!;
    const touching: Array<{ index: number; reversed: boolean; turn: number }> = [];
    let nearest: { index: number; reversed: boolean; gap: number } | null = null;
    usable.forEach((seg, index) => {
      if (used.has(index)) return;
      const n = seg.line.length;
      for (const reversed of [false, true]) {
        const first = reversed ? seg.line[n - 1]! : seg.line[0]!;
        const second = reversed ? seg.line[n - 2]! : seg.line[1]!;
        const gap = dist(end, first);
        if (gap <= tolerance) touching.push({ index, reversed, turn: turn(before, end, first, second) });
        if (!nearest || gap < nearest.gap) nearest = { index, reversed, gap };
      }
    });
    const along = total;
    if (touching.length) {
      touching.sort((a, b) => a.turn - b.turn);
      const [next, ...others] = touching;
      for (const o of others) {
        if (o.index === next!.index || used.has(o.index)) continue;
        used.add(o.index);
        problems.push(routeProblem('route_branch', { segment: usable[o.index]!.id, at: round(along) }));
      }
      append(next!.index, next!.reversed);
      continue;
    }
    const n = nearest as { index: number; reversed: boolean; gap: number } | null;
    if (!n) break;
    problems.push(
      routeProblem('route_gap', { segment: usable[n.index]!.id, gap: round(n.gap), at: round(along) }),
    );
    append(n.index, n.reversed);
  }
  return { vertices, pieces, problems };
}

const round = (m: number) => Math.round(m * 10) / 10;

/** The segment and direction the path starts with. */
function pickStart(
  usable: ReadonlyArray<{ line: Position[] }>,
  origin: Position | undefined,
  tolerance: number,
): { index: number; reversed: boolean } {
  const ends = usable.flatMap((s, index) => [
    { index, reversed: false, p: s.line[0]! },
    { index, reversed: true, p: s.line[s.line.length - 1]! },
  ]);
  // A free end touches no other segment's end: where a chain of segments begins or ends.
  const free = ends.filter((e) => !ends.some((o) => o.index !== e.index && dist(o.p, e.p) <= tolerance));
  const candidates = free.length ? free : ends;
  const target = origin ?? usable[0]!.line[0]!;
  let best = candidates[0]!;
  for (const c of candidates) if (dist(c.p, target) < dist(best.p, target)) best = c;
  return { index: best.index, reversed: best.reversed };
}

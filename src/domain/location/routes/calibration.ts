// Calibration of a route's measure by kilometre posts (cột Km) and km equations (điểm gãy Km): chainage is
// interpolated linearly between calibration points along the path; before the first and after the last it
// runs at one metre per metre. A km equation is a break where the chainage jumps: `back` is the chainage
// arriving at the break point, `ahead` the chainage leaving it (domain-vn §2.4).
import type { Position } from '../../geometry/geojson';
import type { MeasuredLine } from './measured-line';
import type { RouteProblem } from './route-problems';
import { routeProblem } from './route-problems';

/** Metres within which a post counts as standing at a break point. */
const AT_BREAK = 1;

export interface KmPost {
  /** The post's feature uid or label, for messages. */
  id: string;
  /** The number written on the post: "Km 12" is 12 (12,000 m). */
  km: number;
  position: Position;
}

export interface KmEquation {
  id: string;
  /** Chainage arriving at the break (metres). */
  back: number;
  /** Chainage leaving the break (metres). */
  ahead: number;
  /** Where the break is; without it, it lies `back` minus the previous post's chainage past that post. */
  at?: Position;
}

export interface CalibrationPoint {
  along: number;
  chainage: number;
  source: 'start' | 'post' | 'equation';
  id?: string;
}

/** One linear piece of the measure: chainage c0 at along a0 to c1 at a1. */
export interface MeasurePiece {
  a0: number;
  a1: number;
  c0: number;
  c1: number;
}

export interface CalibrationInput {
  /** Chainage at the path's first vertex; used as a calibration point when given (default 0 without posts). */
  startChainage?: number;
  posts?: readonly KmPost[];
  equations?: readonly KmEquation[];
  /** Posts and equation points farther from the path than this are not used (metres, default 50). */
  postTolerance?: number;
  /** Report post spacing that differs from the chainage by more than this fraction (default 0.05). */
  spacingTolerance?: number;
}

export interface Calibration {
  pieces: MeasurePiece[];
  points: CalibrationPoint[];
  /** The equations used, located along the path. */
  breaks: Array<{ along: number; back: number; ahead: number; id: string }>;
  problems: RouteProblem[];
}

/** Posts projected onto the path, in path order, with those not usable reported. */
export function projectPosts(
  line: MeasuredLine,
  posts: readonly KmPost[],
  tolerance: number,
): { located: Array<KmPost & { along: number }>; problems: RouteProblem[] } {
  const problems: RouteProblem[] = [];
  const located: Array<KmPost & { along: number }> = [];
  for (const post of posts) {
    const hit = line.nearest(post.position);
    if (!hit || hit.distance > tolerance) {
      problems.push(
        routeProblem('post_off_route', {
          post: post.id,
          distance: Math.round(hit?.distance ?? Infinity),
          tolerance,
        }),
      );
    } else located.push({ ...post, along: hit.along });
  }
  located.sort((a, b) => a.along - b.along);
  return { located, problems };
}

export function calibrate(line: MeasuredLine, input: CalibrationInput = {}): Calibration {
  const tolerance = input.postTolerance ?? 50;
  const { located, problems } = projectPosts(line, input.posts ?? [], tolerance);
  const points: CalibrationPoint[] = [];
  if (input.startChainage !== undefined || !located.length)
    points.push({ along: 0, chainage: input.startChainage ?? 0, source: 'start' });
  for (const post of located) {
    const prev = points[points.length - 1];
    const chainage = post.km * 1000;
    if (prev && (chainage <= prev.chainage || post.along === prev.along)) {
      problems.push(routeProblem('post_out_of_order', { post: post.id, previous: prev.chainage / 1000 }));
      continue;
    }
    points.push({ along: post.along, chainage, source: 'post', id: post.id });
  }

  const breaks = locateEquations(line, points, input.equations ?? [], tolerance, problems);
  const pieces = buildPieces(line.length, points, breaks);
  checkSpacing(pieces, input.spacingTolerance ?? 0.05, problems);
  const first = pieces[0];
  // Half a metre before Km 0 is a real start before the origin; less is a post set a hair off the end.
  if (first && first.c0 < -0.5)
    problems.push(routeProblem('negative_chainage', { metres: round(-first.c0) }));
  return { pieces, points, breaks, problems };
}

/** Chainage at a point already calibrated (no equation in between) by walking one metre per metre. */
function chainageFromPoints(points: readonly CalibrationPoint[], along: number): number {
  let i = 0;
  while (i + 1 < points.length && points[i + 1]!.along <= along) i++;
  const a = points[i]!;
  const b = points[i + 1];
  if (!b || along < a.along) return a.chainage + (along - a.along);
  return a.chainage + ((along - a.along) * (b.chainage - a.chainage)) / (b.along - a.along);
}

function locateEquations(
  line: MeasuredLine,
  points: readonly CalibrationPoint[],
  equations: readonly KmEquation[],
  tolerance: number,
  problems: RouteProblem[],
): Calibration['breaks'] {
  const breaks: Calibration['breaks'] = [];
  for (const eq of equations) {
    let along: number;
    if (eq.at) {
      const hit = line.nearest(eq.at);
      if (!hit || hit.distance > tolerance) {
        problems.push(
          routeProblem('equation_off_route', {
            back: eq.back,
            ahead: eq.ahead,
            distance: Math.round(hit?.distance ?? Infinity),
          }),
        );
        continue;
      }
      along = hit.along;
    } else {
      // Measured on from the last calibration point whose chainage does not pass `back`.
      const before = points.filter((p) => p.chainage <= eq.back);
      const from = before[before.length - 1] ?? { along: 0, chainage: chainageFromPoints(points, 0) };
      along = from.along + (eq.back - from.chainage);
    }
    // A break must sit between calibration points that agree with it (before ≤ back, after ≥ ahead).
    const ok =
      along >= 0 &&
      along <= line.length &&
      points.every((p) =>
        Math.abs(p.along - along) <= AT_BREAK
          ? Math.abs(p.chainage - eq.back) <= AT_BREAK || Math.abs(p.chainage - eq.ahead) <= AT_BREAK
          : p.along < along
            ? p.chainage <= eq.back
            : p.chainage >= eq.ahead,
      );
    if (!ok) {
      problems.push(routeProblem('equation_unordered', { back: eq.back, ahead: eq.ahead }));
      continue;
    }
    breaks.push({ along, back: eq.back, ahead: eq.ahead, id: eq.id });
  }
  return breaks.sort((a, b) => a.along - b.along);
}

/** The measure as linear pieces; breaks split the calibration points into independent runs. */
function buildPieces(
  length: number,
  points: readonly CalibrationPoint[],
  breaks: Calibration['breaks'],
): MeasurePiece[] {
  const edges = [0, ...breaks.map((b) => b.along), length];
  const last = edges.length - 2;
  const pieces: MeasurePiece[] = [];
  for (let r = 0; r <= last; r++) {
    const a0 = edges[r]!;
    const a1 = edges[r + 1]!;
    // A run's anchors: the points strictly inside it (a post standing at a break is the break itself),
    // the route's own ends, and the break values at its edges.
    const anchors: Array<{ along: number; chainage: number }> = points.filter(
      (p) =>
        (p.along > a0 || (r === 0 && p.along === a0)) && (p.along < a1 || (r === last && p.along === a1)),
    );
    if (r > 0) anchors.unshift({ along: a0, chainage: breaks[r - 1]!.ahead });
    if (r < last) anchors.push({ along: a1, chainage: breaks[r]!.back });
    const first = anchors[0];
    const end = anchors[anchors.length - 1];
    if (!first || !end) continue;
    if (first.along > a0)
      pieces.push({ a0, a1: first.along, c0: first.chainage - (first.along - a0), c1: first.chainage });
    for (let i = 0; i + 1 < anchors.length; i++) {
      const p = anchors[i]!;
      const q = anchors[i + 1]!;
      if (q.along > p.along) pieces.push({ a0: p.along, a1: q.along, c0: p.chainage, c1: q.chainage });
    }
    if (end.along < a1)
      pieces.push({ a0: end.along, a1, c0: end.chainage, c1: end.chainage + (a1 - end.along) });
  }
  return pieces;
}

/** Pieces whose length differs from their chainage by more than the tolerance: a break may be missing. */
function checkSpacing(pieces: readonly MeasurePiece[], tolerance: number, problems: RouteProblem[]): void {
  for (const piece of pieces) {
    const measured = piece.a1 - piece.a0;
    const expected = piece.c1 - piece.c0;
    if (Math.abs(measured - expected) > tolerance * Math.max(0, expected))
      problems.push(
        routeProblem('post_spacing', {
          from: piece.c0,
          to: piece.c1,
          measured: round(measured),
          expected: round(expected),
        }),
      );
  }
}

const round = (m: number) => Math.round(m * 10) / 10;

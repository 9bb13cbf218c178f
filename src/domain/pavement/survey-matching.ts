// Survey intervals → condition segments on routes: by their chainage columns, or by GPS (each end snapped to
// the nearest route within a tolerance, preferring the route the previous interval matched, so a survey
// passing a junction stays on its road). Intervals that match no route are reported, never guessed.
import type { Position } from '../geometry/geojson';
import { chainageAt } from '../location/routes/measure';
import type { Route } from '../location/routes/route';
import type { ConditionSegment, Direction } from './condition-segment';
import type { SurveyInterval } from './survey-interval';
import type { SurveyProblem } from './survey-problems';
import { surveyProblem } from './survey-problems';

export interface MatchOptions {
  /** The file name, for problems. */
  file: string;
  /** GPS ends farther than this from every route match nothing (metres, default 30). */
  tolerance?: number;
  /** Survey date for intervals that carry none (YYYY-MM-DD). */
  defaultDate?: string;
  /** Stored as the segments' source ('roadlab', 'table'…). */
  source?: string;
  /** Report a GPS interval whose matched stretch differs from its length by more than this fraction and 20 m. */
  lengthTolerance?: number;
}

export interface MatchedSegment extends ConditionSegment {
  row: number;
}

export interface MatchResult {
  segments: MatchedSegment[];
  problems: SurveyProblem[];
}

/**
 * A matched segment with what the interval measured, every key present so all segments share one shape
 * (written out: object spread over 50,000 intervals was a large share of a survey import's time).
 */
function segmentOf(
  i: SurveyInterval,
  where: { route: string; from: number; to: number; direction: Direction },
  date: string,
  source: string | undefined,
): MatchedSegment {
  return {
    row: i.row,
    route: where.route,
    from: where.from,
    to: where.to,
    direction: where.direction,
    lane: i.lane ?? null,
    surveyDate: date,
    iri: i.iri ?? null,
    crackingPct: i.crackingPct ?? null,
    ruttingMm: i.ruttingMm ?? null,
    potholes: i.potholes ?? null,
    ravellingPct: i.ravellingPct ?? null,
    edgeBreakM: i.edgeBreakM ?? null,
    surfaceType: i.surfaceType ?? null,
    source: source ?? null,
  };
}

function dateOf(i: SurveyInterval, options: MatchOptions): string | null {
  return i.surveyedAt?.slice(0, 10) ?? options.defaultDate ?? null;
}

/** Intervals located by route code and from/to chainage. */
export function matchByChainage(
  intervals: readonly SurveyInterval[],
  routes: ReadonlyMap<string, Route>,
  options: MatchOptions,
): MatchResult {
  const segments: MatchedSegment[] = [];
  const problems: SurveyProblem[] = [];
  for (const i of intervals) {
    const where = { file: options.file, row: i.row };
    const date = dateOf(i, options);
    if (!date) {
      problems.push(surveyProblem({ ...where, field: 'survey date' }, 'missing_value'));
      continue;
    }
    const route = i.routeCode !== undefined ? routes.get(i.routeCode) : undefined;
    if (!route || i.fromChainage === undefined || i.toChainage === undefined) {
      problems.push(surveyProblem(where, 'unknown_route', { route: i.routeCode ?? '' }));
      continue;
    }
    const [from, to] = [Math.min(i.fromChainage, i.toChainage), Math.max(i.fromChainage, i.toChainage)];
    if (from === to) {
      problems.push(surveyProblem(where, 'zero_length'));
      continue;
    }
    const outside = [from, to].find((c) => c < route.start - 1 || c > route.end + 1);
    if (outside !== undefined) {
      problems.push(
        surveyProblem(where, 'chainage_outside_route', {
          value: outside,
          route: route.code,
          start: route.start,
          end: route.end,
        }),
      );
      continue;
    }
    const direction: Direction = i.direction ?? (i.fromChainage > i.toChainage ? 'nguoc' : 'xuoi');
    segments.push(segmentOf(i, { route: route.code, from, to, direction }, date, options.source));
  }
  return { segments, problems };
}

interface Candidate {
  route: Route;
  alongA: number;
  alongB: number;
  distance: number;
}

/** Intervals located by GPS: `toPlane` projects WGS 84 lon/lat into the routes' working CRS. */
export function matchByGps(
  intervals: readonly SurveyInterval[],
  routes: readonly Route[],
  toPlane: (p: Position) => Position,
  options: MatchOptions,
): MatchResult {
  const tolerance = options.tolerance ?? 30;
  const lengthTolerance = options.lengthTolerance ?? 0.5;
  const boxes = routes.map((r) => boxOf(r, tolerance));
  const segments: MatchedSegment[] = [];
  const problems: SurveyProblem[] = [];
  let previous: Route | null = null;
  for (const i of intervals) {
    const where = { file: options.file, row: i.row };
    const date = dateOf(i, options);
    if (!date) {
      problems.push(surveyProblem({ ...where, field: 'survey date' }, 'missing_value'));
      continue;
    }
    if (!i.start || !i.end) {
      problems.push(surveyProblem(where, 'no_route_within', { tolerance }));
      continue;
    }
    const a = toPlane(i.start);
    const b = toPlane(i.end);
    const candidates: Candidate[] = [];
    const nearA: string[] = [];
    const nearB: string[] = [];
    routes.forEach((route, k) => {
      const box = boxes[k]!;
      const inA = inBox(box, a);
      const inB = inBox(box, b);
      if (!inA && !inB) return;
      const ha = inA ? route.line.nearest(a, tolerance) : null;
      const hb = inB ? route.line.nearest(b, tolerance) : null;
      if (ha) nearA.push(route.code);
      if (hb) nearB.push(route.code);
      if (ha && hb)
        candidates.push({ route, alongA: ha.along, alongB: hb.along, distance: ha.distance + hb.distance });
    });
    if (!candidates.length) {
      problems.push(
        nearA.length && nearB.length
          ? surveyProblem(where, 'ends_on_different_routes', {
              start: nearA.join(', '),
              end: nearB.join(', '),
            })
          : surveyProblem(where, 'no_route_within', { tolerance }),
      );
      continue;
    }
    const chosen =
      candidates.find((c) => c.route === previous) ??
      candidates.reduce((x, y) => (y.distance < x.distance ? y : x));
    const span = Math.abs(chosen.alongB - chosen.alongA);
    const length = i.lengthM ?? Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (Math.abs(span - length) > Math.max(20, lengthTolerance * length)) {
      problems.push(
        surveyProblem(where, 'length_mismatch', {
          length: round(length),
          span: round(span),
          route: chosen.route.code,
        }),
      );
      continue;
    }
    if (span === 0) {
      problems.push(surveyProblem(where, 'zero_length'));
      continue;
    }
    previous = chosen.route;
    const direction: Direction = chosen.alongA <= chosen.alongB ? 'xuoi' : 'nguoc';
    const lo = Math.min(chosen.alongA, chosen.alongB);
    const hi = Math.max(chosen.alongA, chosen.alongB);
    for (const [from, to] of chainageRuns(chosen.route, lo, hi))
      segments.push(segmentOf(i, { route: chosen.route.code, from, to, direction }, date, options.source));
  }
  return { segments, problems };
}

/** The chainage runs of a stretch of path: split where it crosses a km equation (the chainage jumps there). */
export function chainageRuns(route: Route, lo: number, hi: number): Array<[number, number]> {
  const cuts = [lo, ...route.calibration.breaks.map((b) => b.along).filter((a) => a > lo && a < hi), hi];
  const runs: Array<[number, number]> = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = chainageAt(route.calibration.pieces, cuts[k]!);
    // The end of a run before a break is the chainage arriving there (`back`), not the one leaving it.
    const brk = route.calibration.breaks.find((b) => b.along === cuts[k + 1]);
    const to = brk ? brk.back : chainageAt(route.calibration.pieces, cuts[k + 1]!);
    if (to > from) runs.push([from, to]);
  }
  return runs;
}

type Box = [number, number, number, number];

function boxOf(route: Route, pad: number): Box {
  const { xs, ys } = route.line;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < xs.length; i++) {
    x0 = Math.min(x0, xs[i]!);
    x1 = Math.max(x1, xs[i]!);
    y0 = Math.min(y0, ys[i]!);
    y1 = Math.max(y1, ys[i]!);
  }
  return [x0 - pad, y0 - pad, x1 + pad, y1 + pad];
}

const inBox = (b: Box, p: Position) => p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];
const round = (m: number) => Math.round(m * 10) / 10;

// The class step of a survey import: each matched segment classed with the surface and grade of the road
// it lies on (looked up through the route's pieces), a row-level problem where no class can be given.
import { alongOf } from '../location/routes/locate';
import type { Route } from '../location/routes/route';
import type { ClassifiedSegment } from './aggregate';
import type { RoadContext } from './classify';
import { classifySegment } from './classify';
import type { ThresholdSet } from './condition-thresholds';
import type { MatchedSegment } from './survey-matching';

/**
 * Surface and grade along a route, from the attributes of the road segments it was built from (keyed by
 * segment id; the parts of a multi-part road share its uid before "#").
 */
export function roadContextAlong(
  route: Route,
  roads: ReadonlyMap<string, RoadContext>,
): (chainage: number) => RoadContext {
  return (chainage) => {
    const at = alongOf(route, chainage);
    if (!at.ok) return { surface: null, grade: null };
    const pieces = route.pieces;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]!.fromAlong <= at.value.along) lo = mid;
      else hi = mid - 1;
    }
    const id = pieces[lo]?.segmentId.split('#')[0];
    return (id !== undefined && roads.get(id)) || { surface: null, grade: null };
  };
}

export interface ClassifiedSurvey {
  segments: Array<ClassifiedSegment & { row: number }>;
  /** Segments that got no class, with the reason (row-level, like every survey problem). */
  unclassified: Array<{ row: number; code: string; text: string }>;
}

export function classifySurvey(
  segments: readonly MatchedSegment[],
  set: ThresholdSet,
  roadAt: (route: string, chainage: number) => RoadContext,
): ClassifiedSurvey {
  const out: ClassifiedSurvey = { segments: [], unclassified: [] };
  for (const s of segments) {
    const road = roadAt(s.route, (s.from + s.to) / 2);
    const c = classifySegment(s, set, road);
    if (c.ok) out.segments.push(withClass(s, c.class.code, c.class.rank));
    else out.unclassified.push({ row: s.row, code: c.problem.code, text: c.problem.text });
  }
  return out;
}

/**
 * The segment with its class, written out field by field: object spread of 50,000 segments (lowered to
 * helper calls by some transpilers) cost ~1 s of allocation and garbage collection in the survey benchmark.
 */
function withClass(
  s: MatchedSegment,
  classCode: string,
  classRank: number,
): ClassifiedSegment & { row: number } {
  return {
    row: s.row,
    route: s.route,
    from: s.from,
    to: s.to,
    lane: s.lane,
    direction: s.direction,
    surveyDate: s.surveyDate,
    iri: s.iri ?? null,
    crackingPct: s.crackingPct ?? null,
    ruttingMm: s.ruttingMm ?? null,
    potholes: s.potholes ?? null,
    ravellingPct: s.ravellingPct ?? null,
    edgeBreakM: s.edgeBreakM ?? null,
    surfaceType: s.surfaceType ?? null,
    source: s.source ?? null,
    classCode,
    classRank,
  };
}

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
    const piece = route.pieces.find((p) => at.value.along >= p.fromAlong && at.value.along <= p.toAlong);
    const id = piece?.segmentId.split('#')[0];
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
    if (c.ok) out.segments.push({ ...s, classCode: c.class.code, classRank: c.class.rank });
    else out.unclassified.push({ row: s.row, code: c.problem.code, text: c.problem.text });
  }
  return out;
}

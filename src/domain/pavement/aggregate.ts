// Network views of classified condition segments: the latest class along each route (what the map colours),
// kilometres per class by any grouping (route, management level, district), and the IRI profile by year.
import type { ConditionSegment } from './condition-segment';

export interface ClassifiedSegment extends ConditionSegment {
  classCode: string;
  /** 1 = best. */
  classRank: number;
}

/** A stretch of one route with the class of its latest survey. */
export interface Stretch {
  route: string;
  from: number;
  to: number;
  classCode: string;
  classRank: number;
  surveyDate: string;
}

/**
 * The latest class along each route: where surveys overlap the latest date wins, and among lanes or
 * directions surveyed that day the worst class. Adjacent stretches with the same class and date merge.
 */
export function latestStretches(segments: readonly ClassifiedSegment[]): Stretch[] {
  const byRoute = new Map<string, ClassifiedSegment[]>();
  for (const s of segments) {
    if (!(s.to > s.from)) continue;
    const list = byRoute.get(s.route);
    if (list) list.push(s);
    else byRoute.set(s.route, [s]);
  }
  const out: Stretch[] = [];
  for (const [route, list] of [...byRoute].sort(([a], [b]) => a.localeCompare(b)))
    out.push(...routeStretches(route, list));
  return out;
}

function routeStretches(route: string, segments: ClassifiedSegment[]): Stretch[] {
  const cuts = [...new Set(segments.flatMap((s) => [s.from, s.to]))].sort((a, b) => a - b);
  const owner: Array<ClassifiedSegment | null> = new Array(cuts.length - 1).fill(null);
  // Latest first, then worst: the first segment to claim an elementary interval keeps it.
  const ordered = [...segments].sort((a, b) =>
    a.surveyDate !== b.surveyDate ? (a.surveyDate < b.surveyDate ? 1 : -1) : b.classRank - a.classRank,
  );
  for (const s of ordered) {
    for (let i = lowerBound(cuts, s.from); i < owner.length && cuts[i]! < s.to; i++) owner[i] ??= s;
  }
  const out: Stretch[] = [];
  owner.forEach((s, i) => {
    if (!s) return;
    const last = out[out.length - 1];
    if (last && last.to === cuts[i] && last.classCode === s.classCode && last.surveyDate === s.surveyDate)
      last.to = cuts[i + 1]!;
    else
      out.push({
        route,
        from: cuts[i]!,
        to: cuts[i + 1]!,
        classCode: s.classCode,
        classRank: s.classRank,
        surveyDate: s.surveyDate,
      });
  });
  return out;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A value that holds along part of a route (a district, a management level, a surface…). */
export interface RouteAttributeStretch {
  route: string;
  from: number;
  to: number;
  value: string;
}

/** Kilometres per class and group. `groupOf` names a stretch's group; stretches may be split first. */
export function kmPerClass(
  stretches: readonly Stretch[],
  groupOf: (s: Stretch) => string | null,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const s of stretches) {
    const group = groupOf(s);
    if (group === null) continue;
    let row = out.get(group);
    if (!row) out.set(group, (row = new Map()));
    row.set(s.classCode, (row.get(s.classCode) ?? 0) + (s.to - s.from) / 1000);
  }
  return out;
}

/**
 * Stretches cut where an attribute changes, each labelled with its value (null where none is known): to
 * count kilometres per class by district when a route crosses districts.
 */
export function splitByAttribute(
  stretches: readonly Stretch[],
  attributes: readonly RouteAttributeStretch[],
): Array<Stretch & { value: string | null }> {
  const byRoute = new Map<string, RouteAttributeStretch[]>();
  for (const a of attributes) {
    const list = byRoute.get(a.route);
    if (list) list.push(a);
    else byRoute.set(a.route, [a]);
  }
  const out: Array<Stretch & { value: string | null }> = [];
  for (const s of stretches) {
    const parts = (byRoute.get(s.route) ?? [])
      .filter((a) => a.to > s.from && a.from < s.to)
      .sort((a, b) => a.from - b.from);
    let at = s.from;
    for (const a of parts) {
      const from = Math.max(at, a.from);
      const to = Math.min(s.to, a.to);
      if (from > at) out.push({ ...s, from: at, to: from, value: null });
      if (to > from) out.push({ ...s, from, to, value: a.value });
      at = Math.max(at, to);
    }
    if (at < s.to) out.push({ ...s, from: at, to: s.to, value: null });
  }
  return out;
}

export interface IriBin {
  from: number;
  to: number;
  /** Length-weighted mean IRI of what was measured in the bin (m/km). */
  iri: number;
  /** Metres of the bin that were measured (lane-metres where several lanes were). */
  measured: number;
}

/**
 * IRI along a route by survey year, averaged over fixed bins (100 m, 1 km…) weighted by measured length:
 * what an IRI profile chart draws (a 500 km route at 10 m intervals is too many points to draw).
 */
export function iriProfileByYear(
  segments: readonly ConditionSegment[],
  route: string,
  binSize: number,
): Map<number, IriBin[]> {
  const sums = new Map<number, Map<number, { weighted: number; length: number }>>();
  for (const s of segments) {
    if (s.route !== route || typeof s.iri !== 'number' || !(s.to > s.from)) continue;
    const year = Number(s.surveyDate.slice(0, 4));
    let bins = sums.get(year);
    if (!bins) sums.set(year, (bins = new Map()));
    for (let b = Math.floor(s.from / binSize); b * binSize < s.to; b++) {
      const overlap = Math.min(s.to, (b + 1) * binSize) - Math.max(s.from, b * binSize);
      if (overlap <= 0) continue;
      const acc = bins.get(b) ?? { weighted: 0, length: 0 };
      acc.weighted += s.iri * overlap;
      acc.length += overlap;
      bins.set(b, acc);
    }
  }
  const out = new Map<number, IriBin[]>();
  for (const year of [...sums.keys()].sort((a, b) => a - b)) {
    const bins = [...sums.get(year)!].sort(([a], [b]) => a - b);
    out.set(
      year,
      bins.map(([b, acc]) => ({
        from: b * binSize,
        to: (b + 1) * binSize,
        iri: acc.weighted / acc.length,
        measured: acc.length,
      })),
    );
  }
  return out;
}

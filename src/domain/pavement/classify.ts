// The condition class of a segment: for each measured value the most specific rule for its surface and
// grade gives a class; the segment takes the worst of them (a smooth but badly cracked road is not good).
import type { ConditionClass } from './condition-classes';
import { CONDITION_SCHEMES } from './condition-classes';
import type { ConditionSegment } from './condition-segment';
import { segmentKm } from './condition-segment';
import type { ConditionMetric, ThresholdRule, ThresholdSet } from './condition-thresholds';
import type { PavementProblem } from './pavement-problems';
import { pavementProblem } from './pavement-problems';

/** What the road says about a stretch when the survey does not: its surface and technical grade. */
export interface RoadContext {
  surface: string | null;
  grade: string | null;
}

export type Classified =
  | { ok: true; class: ConditionClass; metric: ConditionMetric; rule: string }
  | { ok: false; problem: PavementProblem };

const finite = (x: number | null | undefined): number | null =>
  typeof x === 'number' && Number.isFinite(x) ? x : null;

/** Measured value of a metric on a segment (counts and lengths per km), or null. */
export function metricValue(segment: ConditionSegment, metric: ConditionMetric): number | null {
  switch (metric) {
    case 'iri':
      return finite(segment.iri);
    case 'cracking_pct':
      return finite(segment.crackingPct);
    case 'rutting_mm':
      return finite(segment.ruttingMm);
    case 'ravelling_pct':
      return finite(segment.ravellingPct);
    case 'potholes_per_km':
    case 'edge_break_m_per_km': {
      const x = finite(metric === 'potholes_per_km' ? segment.potholes : segment.edgeBreakM);
      const km = segmentKm(segment);
      return x === null || km <= 0 ? null : x / km;
    }
  }
}

const matches = (list: readonly string[] | '*', value: string | null) =>
  list === '*' || (value !== null && list.includes(value));
const specificity = (r: ThresholdRule) => (r.surfaces === '*' ? 0 : 1) + (r.grades === '*' ? 0 : 1);

// A survey of 50,000 intervals has a handful of (surface, grade) pairs: the rules are chosen once per pair.
const chosen = new WeakMap<ThresholdSet, Map<string, Map<ConditionMetric, ThresholdRule>>>();
const chosenLists = new WeakMap<Map<ConditionMetric, ThresholdRule>, ThresholdRule[]>();

/** For each metric, the rule that applies: the most specific; among equals, the later in the list. */
export function applicableRules(set: ThresholdSet, road: RoadContext): Map<ConditionMetric, ThresholdRule> {
  let bySet = chosen.get(set);
  if (!bySet) chosen.set(set, (bySet = new Map()));
  const key = `${road.surface ?? ''}|${road.grade ?? ''}`;
  let out = bySet.get(key);
  if (!out) bySet.set(key, (out = chooseRules(set, road)));
  return out;
}

function chooseRules(set: ThresholdSet, road: RoadContext): Map<ConditionMetric, ThresholdRule> {
  const out = new Map<ConditionMetric, ThresholdRule>();
  for (const rule of set.rules) {
    if (!matches(rule.surfaces, road.surface) || !matches(rule.grades, road.grade)) continue;
    const current = out.get(rule.metric);
    if (!current || specificity(rule) >= specificity(current)) out.set(rule.metric, rule);
  }
  return out;
}

/** 1-based rank: the first class whose upper bound the value does not exceed. */
function rankOf(value: number, bounds: readonly number[]): number {
  let i = 0;
  while (i < bounds.length && value > bounds[i]!) i++;
  return i + 1;
}

export function classifySegment(segment: ConditionSegment, set: ThresholdSet, road: RoadContext): Classified {
  const context: RoadContext = { surface: segment.surfaceType ?? road.surface, grade: road.grade };
  const byMetric = applicableRules(set, context);
  let rules = chosenLists.get(byMetric);
  if (!rules) chosenLists.set(byMetric, (rules = [...byMetric.values()]));
  if (!rules.length)
    return {
      ok: false,
      problem: pavementProblem('no_rule', { surface: context.surface ?? '—', grade: context.grade ?? '—' }),
    };
  let worst: { rank: number; metric: ConditionMetric; rule: string } | null = null;
  for (const rule of rules) {
    const value = metricValue(segment, rule.metric);
    if (value === null) continue;
    const rank = rankOf(value, rule.bounds);
    if (!worst || rank > worst.rank) worst = { rank, metric: rule.metric, rule: rule.id };
  }
  if (!worst)
    return {
      ok: false,
      problem: pavementProblem('no_measurement', { metrics: rules.map((r) => r.metric).join(', ') }),
    };
  const classes = CONDITION_SCHEMES[set.scheme];
  return {
    ok: true,
    class: classes[Math.min(worst.rank, classes.length) - 1]!,
    metric: worst.metric,
    rule: worst.rule,
  };
}

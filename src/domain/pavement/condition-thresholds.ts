// Thresholds that turn measurements into a condition class, per surface type and technical grade, editable by
// the user. The defaults are IRI only and are NOT official: TCVN 8865:2011 §7 was not read (domain-vn §3.2,
// §7.1). They are the midpoints between the representative IRI of neighbouring classes in the World Bank
// model for Vietnam (roads-cba-py `dConditionData`: VGood/Good/Fair/Poor/VPoor per surface), so a segment
// gets the class whose representative roughness it is nearest to. The 4-class defaults merge VGood and Good.
import type { ConditionSchemeId } from './condition-classes';
import type { PavementProblem } from './pavement-problems';
import { pavementProblem } from './pavement-problems';

/** What a rule measures; counts and lengths are taken per kilometre of the segment. */
export type ConditionMetric =
  'iri' | 'cracking_pct' | 'rutting_mm' | 'potholes_per_km' | 'ravelling_pct' | 'edge_break_m_per_km';

export interface ThresholdRule {
  id: string;
  /** Surface type codes (assets/vocabulary SURFACE_TYPES), or '*' for any. */
  surfaces: readonly string[] | '*';
  /** Technical grade codes (TECHNICAL_GRADES), or '*' for any. */
  grades: readonly string[] | '*';
  metric: ConditionMetric;
  /** Upper bound (inclusive) of each class but the worst, best class first: one fewer than the classes. */
  bounds: readonly number[];
  source: 'default' | 'user';
  verified: boolean;
}

export interface ThresholdSet {
  id: string;
  scheme: ConditionSchemeId;
  rules: readonly ThresholdRule[];
}

/** Representative IRI (m/km) per class VGood…VPoor, roads-cba-py dConditionData (domain-vn §3.2). */
const REPRESENTATIVE_IRI: Record<string, readonly number[]> = {
  btxm: [3, 4, 7, 10, 14],
  btn: [2, 3, 6, 12, 16],
  lang_nhua: [3, 4, 7, 12, 16],
  cap_phoi: [5, 7, 11, 16, 20],
  dat: [7, 9, 13, 18, 22],
  da_dam: [3, 4, 6, 10, 14],
  da_lat: [5, 7, 11, 16, 20],
};

const midpoints = (v: readonly number[]) => v.slice(1).map((x, i) => (v[i]! + x) / 2);

function defaultRules(scheme: ConditionSchemeId): ThresholdRule[] {
  return Object.entries(REPRESENTATIVE_IRI).map(([surface, iri]) => {
    const five = midpoints(iri);
    return {
      id: `default_iri_${surface}`,
      surfaces: [surface],
      grades: '*',
      metric: 'iri',
      bounds: scheme === '5' ? five : five.slice(1),
      source: 'default',
      verified: false,
    };
  });
}

export const DEFAULT_THRESHOLDS: Record<ConditionSchemeId, ThresholdSet> = {
  '4': { id: 'default_4', scheme: '4', rules: defaultRules('4') },
  '5': { id: 'default_5', scheme: '5', rules: defaultRules('5') },
};

/** What is wrong with a rule a person edited (empty when usable). */
export function ruleProblems(rule: ThresholdRule, classes: number): PavementProblem[] {
  const problems: PavementProblem[] = [];
  if (rule.bounds.length !== classes - 1)
    problems.push(
      pavementProblem('bounds_count', {
        rule: rule.id,
        expected: classes - 1,
        classes,
        count: rule.bounds.length,
      }),
    );
  for (let i = 1; i < rule.bounds.length; i++)
    if (!(rule.bounds[i]! > rule.bounds[i - 1]!)) {
      problems.push(pavementProblem('bounds_not_increasing', { rule: rule.id }));
      break;
    }
  return problems;
}

// Pavement condition classes: local practice uses 4 classes (tốt / trung bình / kém / rất kém), VPRoMMS and
// roads-cba-py use 5 (1 very good … 5 very poor) (domain-vn §3.4). Official thresholds are not verified, so
// classes come from editable thresholds (condition-thresholds.ts). The colours are what the map, the
// straight-line diagram and its PDF all draw.
import type { CodedValue } from '../assets/vocabulary';

export type ConditionSchemeId = '4' | '5';

export interface ConditionClass extends CodedValue {
  /** 1 = best. */
  rank: number;
  colour: string;
}

export const CONDITION_SCHEMES: Record<ConditionSchemeId, readonly ConditionClass[]> = {
  '4': [
    { code: 'tot', vi: 'Tốt', en: 'Good', rank: 1, colour: '#1a9641' },
    { code: 'trung_binh', vi: 'Trung bình', en: 'Fair', rank: 2, colour: '#e6c619' },
    { code: 'kem', vi: 'Kém', en: 'Poor', rank: 3, colour: '#f07c24' },
    { code: 'rat_kem', vi: 'Rất kém', en: 'Very poor', rank: 4, colour: '#d7191c' },
  ],
  '5': [
    { code: '1', vi: 'Rất tốt', en: 'Very good', rank: 1, colour: '#1a9641' },
    { code: '2', vi: 'Tốt', en: 'Good', rank: 2, colour: '#a6d96a' },
    { code: '3', vi: 'Trung bình', en: 'Fair', rank: 3, colour: '#e6c619' },
    { code: '4', vi: 'Kém', en: 'Poor', rank: 4, colour: '#f07c24' },
    { code: '5', vi: 'Rất kém', en: 'Very poor', rank: 5, colour: '#d7191c' },
  ],
};

export function conditionClass(scheme: ConditionSchemeId, code: string): ConditionClass | undefined {
  return CONDITION_SCHEMES[scheme].find((c) => c.code === code);
}

/** The class of a given rank (1-based) in a scheme. */
export function classOfRank(scheme: ConditionSchemeId, rank: number): ConditionClass {
  const classes = CONDITION_SCHEMES[scheme];
  return classes[Math.max(0, Math.min(classes.length - 1, rank - 1))]!;
}

import { describe, expect, it } from 'vitest';
import type { RoadContext } from './classify';
import { classifySegment, metricValue } from './classify';
import type { ConditionSegment } from './condition-segment';
import type { ThresholdSet } from './condition-thresholds';
import { DEFAULT_THRESHOLDS, ruleProblems } from './condition-thresholds';

const seg = (over: Partial<ConditionSegment>): ConditionSegment => ({
  route: 'QL.14',
  from: 1000,
  to: 1200,
  lane: null,
  direction: 'xuoi',
  surveyDate: '2026-10-01',
  ...over,
});
const asphalt: RoadContext = { surface: 'btn', grade: 'III' };
const code = (s: ConditionSegment, set: ThresholdSet, road = asphalt) => {
  const r = classifySegment(s, set, road);
  return r.ok ? r.class.code : r.problem.code;
};

describe('default IRI thresholds (unverified, from roads-cba-py representative values)', () => {
  it('puts asphalt bounds halfway between neighbouring representative IRI: 2.5, 4.5, 9, 14', () => {
    const rule = DEFAULT_THRESHOLDS['5'].rules.find((r) => r.id === 'default_iri_btn')!;
    expect(rule.bounds).toEqual([2.5, 4.5, 9, 14]);
    expect(rule.verified).toBe(false);
    expect(DEFAULT_THRESHOLDS['4'].rules.find((r) => r.id === 'default_iri_btn')!.bounds).toEqual([
      4.5, 9, 14,
    ]);
    expect(DEFAULT_THRESHOLDS['5'].rules.find((r) => r.id === 'default_iri_dat')!.bounds).toEqual([
      8, 11, 15.5, 20,
    ]);
  });

  it.each([
    [2.5, '1'],
    [2.6, '2'],
    [9, '3'],
    [9.1, '4'],
    [14.5, '5'],
  ])('5 classes: asphalt IRI %d → %s', (iri, cls) =>
    expect(code(seg({ iri }), DEFAULT_THRESHOLDS['5'])).toBe(cls),
  );

  it.each([
    [3, 'tot'],
    [6, 'trung_binh'],
    [10, 'kem'],
    [20, 'rat_kem'],
  ])('4 classes: asphalt IRI %d → %s', (iri, cls) =>
    expect(code(seg({ iri }), DEFAULT_THRESHOLDS['4'])).toBe(cls),
  );

  it('uses the surveyed surface over the road’s', () => {
    // IRI 7 is "trung bình" on asphalt (≤ 9) but "tốt" on earth (≤ 11 … merged VGood/Good bound).
    expect(code(seg({ iri: 7, surfaceType: 'dat' }), DEFAULT_THRESHOLDS['4'])).toBe('tot');
  });

  it('passes its own validation', () => {
    for (const rule of DEFAULT_THRESHOLDS['5'].rules) expect(ruleProblems(rule, 5)).toEqual([]);
    for (const rule of DEFAULT_THRESHOLDS['4'].rules) expect(ruleProblems(rule, 4)).toEqual([]);
  });
});

describe('user-edited thresholds', () => {
  const edited: ThresholdSet = {
    ...DEFAULT_THRESHOLDS['4'],
    rules: [
      ...DEFAULT_THRESHOLDS['4'].rules,
      {
        id: 'fast_roads',
        surfaces: ['btn'],
        grades: ['I', 'II'],
        metric: 'iri',
        bounds: [2, 3.5, 5],
        source: 'user',
        verified: false,
      },
      {
        id: 'cracks',
        surfaces: '*',
        grades: '*',
        metric: 'cracking_pct',
        bounds: [5, 15, 30],
        source: 'user',
        verified: false,
      },
      {
        id: 'holes',
        surfaces: '*',
        grades: '*',
        metric: 'potholes_per_km',
        bounds: [0, 10, 20],
        source: 'user',
        verified: false,
      },
    ],
  };

  it('applies the rule for the road’s grade where one exists', () => {
    expect(code(seg({ iri: 4 }), edited, { surface: 'btn', grade: 'II' })).toBe('kem');
    expect(code(seg({ iri: 4 }), edited, { surface: 'btn', grade: 'IV' })).toBe('tot');
  });

  it('takes the worst class over the measured values', () => {
    const r = classifySegment(seg({ iri: 3, crackingPct: 20 }), edited, asphalt);
    expect(r.ok && [r.class.code, r.metric, r.rule]).toEqual(['kem', 'cracking_pct', 'cracks']);
  });

  it('counts potholes per kilometre of the segment', () => {
    // 3 potholes on 200 m are 15 per km: above 10, not above 20 → third class.
    expect(metricValue(seg({ potholes: 3 }), 'potholes_per_km')).toBe(15);
    expect(code(seg({ iri: 3, potholes: 3 }), edited)).toBe('kem');
  });

  it('says why a segment gets no class', () => {
    expect(code(seg({ iri: 3 }), DEFAULT_THRESHOLDS['4'], { surface: 'go', grade: null })).toBe('no_rule');
    expect(code(seg({ crackingPct: 10 }), DEFAULT_THRESHOLDS['4'])).toBe('no_measurement');
  });

  it('reports rules with the wrong number of bounds or bounds that do not increase', () => {
    const bad = { ...edited.rules[3]!, bounds: [5, 5, 3, 1] };
    expect(ruleProblems(bad, 4).map((p) => p.code)).toEqual(['bounds_count', 'bounds_not_increasing']);
  });
});

import { describe, expect, it } from 'vitest';
import type { ClassifiedSegment } from './aggregate';
import { iriProfileByYear, kmPerClass, latestStretches, splitByAttribute } from './aggregate';

const rank: Record<string, number> = { tot: 1, trung_binh: 2, kem: 3, rat_kem: 4 };
const seg = (
  from: number,
  to: number,
  surveyDate: string,
  classCode: string,
  lane: number | null = null,
): ClassifiedSegment => ({
  route: 'QL.14',
  from,
  to,
  lane,
  direction: null,
  surveyDate,
  classCode,
  classRank: rank[classCode]!,
});

// 2024 surveyed the whole 2 km; 2025 re-surveyed 500–1500 (two lanes over 500–800).
const segments = [
  seg(0, 1000, '2024-05-10', 'tot'),
  seg(1000, 2000, '2024-05-10', 'kem'),
  seg(500, 1500, '2025-06-02', 'trung_binh', 1),
  seg(500, 800, '2025-06-02', 'rat_kem', 2),
];

describe('latest class along a route', () => {
  const stretches = latestStretches(segments);

  it('takes the latest survey, and the worst lane of that day', () => {
    expect(stretches.map((s) => [s.from, s.to, s.classCode, s.surveyDate])).toEqual([
      [0, 500, 'tot', '2024-05-10'],
      [500, 800, 'rat_kem', '2025-06-02'],
      [800, 1500, 'trung_binh', '2025-06-02'],
      [1500, 2000, 'kem', '2024-05-10'],
    ]);
  });

  it('counts kilometres per class by route', () => {
    const km = kmPerClass(stretches, (s) => s.route).get('QL.14')!;
    expect(Object.fromEntries(km)).toEqual({ tot: 0.5, rat_kem: 0.3, trung_binh: 0.7, kem: 0.5 });
  });

  it('counts kilometres per class by management level', () => {
    const level = new Map([['QL.14', 'quoc_lo']]);
    const km = kmPerClass(
      [
        ...stretches,
        { route: 'ĐT.671', from: 0, to: 1500, classCode: 'kem', classRank: 3, surveyDate: '2025-01-01' },
      ],
      (s) => level.get(s.route) ?? 'duong_tinh',
    );
    expect(Object.fromEntries(km.get('quoc_lo')!)).toEqual({
      tot: 0.5,
      rat_kem: 0.3,
      trung_binh: 0.7,
      kem: 0.5,
    });
    expect(Object.fromEntries(km.get('duong_tinh')!)).toEqual({ kem: 1.5 });
  });

  it('counts kilometres per class by district where the route crosses districts', () => {
    const parts = splitByAttribute(stretches, [
      { route: 'QL.14', from: 0, to: 1200, value: 'Đắk Tô' },
      { route: 'QL.14', from: 1200, to: 2000, value: 'TP Kon Tum' },
    ]);
    const km = kmPerClass(parts, (s) => (s as (typeof parts)[number]).value);
    const round = (m: Map<string, number>) =>
      Object.fromEntries([...m].map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
    expect(round(km.get('Đắk Tô')!)).toEqual({ tot: 0.5, rat_kem: 0.3, trung_binh: 0.4 });
    expect(round(km.get('TP Kon Tum')!)).toEqual({ trung_binh: 0.3, kem: 0.5 });
  });

  it('merges neighbouring stretches of the same class and date', () => {
    const merged = latestStretches([seg(0, 100, '2025-01-01', 'tot'), seg(100, 250, '2025-01-01', 'tot')]);
    expect(merged.map((s) => [s.from, s.to])).toEqual([[0, 250]]);
  });
});

describe('IRI profile by year', () => {
  it('averages IRI over bins weighted by the measured length', () => {
    const profile = iriProfileByYear(
      [
        { ...seg(0, 100, '2024-03-01', 'tot'), iri: 3 },
        { ...seg(100, 200, '2024-03-01', 'tot'), iri: 5 },
        { ...seg(0, 50, '2025-03-01', 'tot'), iri: 4 },
        { ...seg(50, 150, '2025-03-01', 'tot'), iri: 6 },
        { ...seg(0, 100, '2025-03-01', 'tot'), iri: 9, route: 'QL.24' },
      ],
      'QL.14',
      100,
    );
    expect([...profile.keys()]).toEqual([2024, 2025]);
    expect(profile.get(2024)).toEqual([
      { from: 0, to: 100, iri: 3, measured: 100 },
      { from: 100, to: 200, iri: 5, measured: 100 },
    ]);
    expect(profile.get(2025)).toEqual([
      { from: 0, to: 100, iri: 5, measured: 100 },
      { from: 100, to: 200, iri: 6, measured: 50 },
    ]);
  });
});

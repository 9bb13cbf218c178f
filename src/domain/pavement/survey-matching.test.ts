// Matching survey intervals onto routes, in a plane (x east, y north, metres) so every chainage is hand-made.
import { describe, expect, it } from 'vitest';
import type { Position } from '../geometry/geojson';
import type { Route } from '../location/routes/route';
import { buildRoute } from '../location/routes/route';
import { classifySurvey, roadContextAlong } from './classify-survey';
import { DEFAULT_THRESHOLDS } from './condition-thresholds';
import type { SurveyInterval } from './survey-interval';
import { chainageRuns, matchByChainage, matchByGps } from './survey-matching';

const P = (x: number, y: number): Position => [x, y];
const identity = (p: Position) => p;

function route(code: string, segments: Array<{ id: string; line: Position[] }>, extra = {}): Route {
  const built = buildRoute({ code, segments, origin: segments[0]!.line[0]!, ...extra });
  if (!built.ok) throw new Error(code);
  return built.route;
}

// QL.14 runs east along y = 0 for 3 km; ĐT.671 runs north along x = 1500 and crosses it at (1500, 0).
const ql14 = route('QL.14', [
  { id: 'ql-a', line: [P(0, 0), P(1000, 0)] },
  { id: 'ql-b', line: [P(1000, 0), P(3000, 0)] },
]);
const dt671 = route('ĐT.671', [{ id: 'dt', line: [P(1500, -2000), P(1500, 2000)] }]);

const at = (
  row: number,
  start: Position,
  end: Position,
  extra: Partial<SurveyInterval> = {},
): SurveyInterval => ({
  row,
  start,
  end,
  iri: 3,
  surveyedAt: '2026-10-05T08:15:00',
  ...extra,
});

describe('matching by GPS', () => {
  const intervals = [
    at(2, P(100, 3), P(110, 4)),
    at(3, P(210, -2), P(200, -1)),
    at(4, P(1495, 2), P(1505, 2)),
    at(5, P(1502, 100), P(1502, 110)),
    at(6, P(5000, 5000), P(5010, 5000)),
    at(7, P(1400, 1), P(1501, 60)),
    at(8, P(500, 0), P(700, 0), { lengthM: 10 }),
    at(9, P(800, 0), P(810, 0), { surveyedAt: undefined }),
  ];
  const result = matchByGps(intervals, [ql14, dt671], identity, {
    file: 'Intervals_QL14.csv',
    source: 'roadlab',
  });

  it('snaps both ends to the nearest route and measures the chainage between them', () => {
    expect(result.segments.map((s) => [s.row, s.route, s.from, s.to, s.direction])).toEqual([
      [2, 'QL.14', 100, 110, 'xuoi'],
      [3, 'QL.14', 200, 210, 'nguoc'],
      // Both roads are near the crossing: the survey stays on the road it was on.
      [4, 'QL.14', 1495, 1505, 'xuoi'],
      [5, 'ĐT.671', 2100, 2110, 'xuoi'],
    ]);
    expect(result.segments[0]).toMatchObject({
      iri: 3,
      surveyDate: '2026-10-05',
      source: 'roadlab',
      lane: null,
    });
  });

  it('reports each interval it cannot place, naming the file and row', () => {
    expect(result.problems.map((p) => [p.row, p.code])).toEqual([
      [6, 'no_route_within'],
      [7, 'ends_on_different_routes'],
      [8, 'length_mismatch'],
      [9, 'missing_value'],
    ]);
    expect(result.problems[0]!.text).toBe(
      "Intervals_QL14.csv, row 6: no route within 30 m of the interval's start and end",
    );
    expect(result.problems[1]!.params).toEqual({ start: 'QL.14', end: 'ĐT.671' });
  });

  it('takes the date from the options when the interval has none', () => {
    const r = matchByGps([intervals[7]!], [ql14], identity, { file: 'f.csv', defaultDate: '2026-09-30' });
    expect(r.segments.map((s) => [s.from, s.to, s.surveyDate])).toEqual([[800, 810, '2026-09-30']]);
  });

  it('splits an interval crossing a km equation into the runs on either side', () => {
    const withBreak = route('QL.24', [{ id: 'r', line: [P(0, 0), P(2000, 0)] }], {
      posts: [
        { id: 'k0', km: 0, position: P(0, 0) },
        { id: 'k1', km: 1, position: P(1000, 0) },
      ],
      equations: [{ id: 'e', back: 1400, ahead: 2000 }],
    });
    expect(chainageRuns(withBreak, 1395, 1405)).toEqual([
      [1395, 1400],
      [2000, 2005],
    ]);
    const r = matchByGps([at(2, P(1395, 1), P(1405, 1))], [withBreak], identity, { file: 'f.csv' });
    expect(r.segments.map((s) => [s.from, s.to])).toEqual([
      [1395, 1400],
      [2000, 2005],
    ]);
  });
});

describe('matching by chainage', () => {
  const routes = new Map([['QL.14', ql14]]);
  const rows: SurveyInterval[] = [
    { row: 2, routeCode: 'QL.14', fromChainage: 1200, toChainage: 1100, iri: 4.2, surveyedAt: '2026-10-05' },
    { row: 3, routeCode: 'QL.14', fromChainage: 2900, toChainage: 3100, surveyedAt: '2026-10-05' },
    { row: 4, routeCode: 'QL.99', fromChainage: 0, toChainage: 100, surveyedAt: '2026-10-05' },
    { row: 5, routeCode: 'QL.14', fromChainage: 500, toChainage: 500, surveyedAt: '2026-10-05' },
  ];
  const result = matchByChainage(rows, routes, { file: 'khao-sat.xlsx/Sheet1' });

  it('orders a range written backwards and marks it as surveyed against the chainage', () => {
    expect(result.segments.map((s) => [s.row, s.from, s.to, s.direction, s.iri])).toEqual([
      [2, 1100, 1200, 'nguoc', 4.2],
    ]);
  });

  it('reports chainages off the route, unknown routes and empty ranges', () => {
    expect(result.problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'chainage_outside_route'],
      [4, 'unknown_route'],
      [5, 'zero_length'],
    ]);
    expect(result.problems[0]!.text).toBe(
      'khao-sat.xlsx/Sheet1, row 3: Km 3+100 is outside route QL.14 (Km 0+000 – Km 3+000)',
    );
  });
});

describe('classing a matched survey', () => {
  it('uses the surface of the road segment each interval lies on', () => {
    // ql-a is asphalt, ql-b gravel: IRI 6 is "trung bình" on asphalt, "tốt" on gravel (4 classes).
    const roads = new Map([
      ['ql-a', { surface: 'btn', grade: 'III' }],
      ['ql-b', { surface: 'cap_phoi', grade: 'IV' }],
    ]);
    const along = roadContextAlong(ql14, roads);
    const matched = matchByGps(
      [
        at(2, P(500, 0), P(510, 0), { iri: 6 }),
        at(3, P(1500, 0), P(1510, 0), { iri: 6 }),
        at(4, P(600, 0), P(610, 0), { iri: undefined }),
      ],
      [ql14],
      identity,
      { file: 'f.csv' },
    );
    const classed = classifySurvey(matched.segments, DEFAULT_THRESHOLDS['4'], (_r, c) => along(c));
    expect(classed.segments.map((s) => [s.row, s.classCode])).toEqual([
      [2, 'trung_binh'],
      [3, 'tot'],
    ]);
    expect(classed.unclassified.map((u) => [u.row, u.code])).toEqual([[4, 'no_measurement']]);
  });
});

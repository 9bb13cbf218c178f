// A GPS survey file matched onto routes built here near Kon Tum (WGS 84, measured in EPSG:9216): read the
// RoadLab file, match every interval, class it — the whole survey import short of the store.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Position } from '../../../domain/geometry/geojson';
import { buildGeoRoute } from '../../../domain/location/routes/route-geojson';
import { classifySurvey, roadContextAlong } from '../../../domain/pavement/classify-survey';
import { DEFAULT_THRESHOLDS } from '../../../domain/pavement/condition-thresholds';
import { matchByGps } from '../../../domain/pavement/survey-matching';
import { readRoadLabFile } from './read-survey';

const CRS = 'EPSG:9216';
const geo = (code: string, coordinates: Position[], startChainage: number) => {
  const g = buildGeoRoute({
    code,
    roads: [{ id: `${code}-road`, geometry: { type: 'LineString', coordinates } }],
    origin: coordinates[0]!,
    startChainage,
    workingCrs: CRS,
  });
  if (!g.built.ok) throw new Error(code);
  return { ...g, route: g.built.route };
};

// QL.14 bends north-east out of Kon Tum from Km 5+000; ĐT.671 runs north-south across it.
const ql14 = geo(
  'QL.14',
  [
    [107.99, 14.35],
    [108.0, 14.355],
    [108.01, 14.356],
    [108.02, 14.36],
  ],
  5000,
);
const dt671 = geo(
  'ĐT.671',
  [
    [108.005, 14.33],
    [108.005, 14.38],
  ],
  0,
);

/** lon/lat `side` metres right of QL.14 at `along` metres from its start. */
const beside = (along: number, side = 2.5) => ql14.toWgs84(ql14.route.line.pointBeside(along, side));
const f = (n: number) => n.toFixed(7);

/** The survey file: up QL.14 in the right lane, back down the left lane a little, and one detour. */
function writeSurvey(): string {
  const rows: string[] = [
    'Time,Interval_Start_Latitude,Interval_Start_Longitude,Interval_End_Latitude,Interval_End_Longitude,Interval_Length,Roughness',
  ];
  // 150 intervals of 10 m driving up the chainage in the right lane: IRI rising from 2 to 9.45.
  for (let k = 0; k < 150; k++) {
    const [a, b] = [beside(k * 10), beside(k * 10 + 10)];
    rows.push(
      `09:00:00 2026-October-05,${f(a[1])},${f(a[0])},${f(b[1])},${f(b[0])},10,${(2 + k * 0.05).toFixed(2)}`,
    );
  }
  // Back down the other lane for three intervals (against the chainage).
  for (let k = 0; k < 3; k++) {
    const [a, b] = [beside(500 - k * 10, -2.5), beside(490 - k * 10, -2.5)];
    rows.push(`10:00:00 2026-October-05,${f(a[1])},${f(a[0])},${f(b[1])},${f(b[0])},10,4.00`);
  }
  // A detour far from every road.
  rows.push('10:05:00 2026-October-05,14.5,108.2,14.5001,108.2,10,3.00');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gps-')), 'Intervals_QL14.csv');
  fs.writeFileSync(file, rows.join('\n'));
  return file;
}

describe('a RoadLab GPS survey matched onto routes', () => {
  let read: Awaited<ReturnType<typeof readRoadLabFile>>;
  let matched: ReturnType<typeof matchByGps>;
  beforeAll(async () => {
    read = await readRoadLabFile(writeSurvey());
    matched = matchByGps(read.intervals, [ql14.route, dt671.route], ql14.toPlane, {
      file: read.file,
      source: 'roadlab',
    });
  });

  it('reads every row', () => {
    expect(read.problems).toEqual([]);
    expect(read.intervals).toHaveLength(154);
  });

  it('places each interval on QL.14 at the chainage it was driven, to the centimetre', () => {
    const up = matched.segments.filter((s) => s.direction === 'xuoi');
    expect(up).toHaveLength(150);
    expect(new Set(up.map((s) => s.route))).toEqual(new Set(['QL.14']));
    up.forEach((s, k) => {
      expect(s.from).toBeCloseTo(5000 + k * 10, 1);
      expect(s.to).toBeCloseTo(5010 + k * 10, 1);
    });
  });

  it('recognises the lane driven against the chainage', () => {
    const down = matched.segments.filter((s) => s.direction === 'nguoc');
    expect(down.map((s) => [Math.round(s.from), Math.round(s.to)])).toEqual([
      [5490, 5500],
      [5480, 5490],
      [5470, 5480],
    ]);
  });

  it('reports the interval that matches no route', () => {
    expect(matched.problems.map((p) => [p.row, p.code])).toEqual([[155, 'no_route_within']]);
  });

  it('classes the matched intervals with the road’s surface', () => {
    const along = roadContextAlong(ql14.route, new Map([['QL.14-road', { surface: 'btn', grade: 'III' }]]));
    const classed = classifySurvey(matched.segments, DEFAULT_THRESHOLDS['4'], (_r, c) => along(c));
    expect(classed.unclassified).toEqual([]);
    const count = (code: string) =>
      classed.segments.filter((s) => s.classCode === code && s.direction === 'xuoi').length;
    // IRI 2 + 0.05 k: ≤ 4.5 for k ≤ 50 (tốt), ≤ 9 for k ≤ 140 (trung bình), above for k ≥ 141 (kém).
    expect([count('tot'), count('trung_binh'), count('kem')]).toEqual([51, 90, 9]);
  });
});

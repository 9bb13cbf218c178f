// npm run bench:survey — a 500 km RoadLab Pro survey at 10 m intervals (50,000 rows): parse the CSV, match
// every interval onto the routes by GPS and class it. Goal (issue 11): ≤ 2 s. The routes (5 × 100 km, km posts
// every kilometre) are built first and timed apart: a project builds them once, not per import.
// BENCH_KM sets the survey length; BENCH_RUNS the number of timed runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { classifySurvey, roadContextAlong } from '../src/domain/pavement/classify-survey';
import { DEFAULT_THRESHOLDS } from '../src/domain/pavement/condition-thresholds';
import { matchByGps } from '../src/domain/pavement/survey-matching';
import { readRoadLabFile } from '../src/main/io/survey/read-survey';
import { fixtureRoutes, random } from './field-fixture';

const KM = Number(process.env.BENCH_KM ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROUTES = 5;
const ms = (t0: number) => performance.now() - t0;

let t0 = performance.now();
const routes = fixtureRoutes(ROUTES, KM / ROUTES);
const buildRoutesMs = ms(t0);

// The survey drives each route end to end in the right lane with ±3 m of GPS noise, written the way the
// Android app writes it (v2 headings, commas, decimal points, a time per interval).
const rnd = random(7);
const rows = [
  'Time,Interval_Start_Latitude,Interval_Start_Longitude,Interval_End_Latitude,Interval_End_Longitude,Interval_Length,Roughness,Suspension_Type',
];
for (const r of routes) {
  if (!r.geo.built.ok) throw new Error(r.code);
  const route = r.geo.built.route;
  const at = (along: number) => {
    const [x, y] = route.line.pointBeside(along, 2.5);
    return r.geo.toWgs84([x + (rnd() - 0.5) * 6, y + (rnd() - 0.5) * 6]);
  };
  let prev = at(0);
  for (let along = 10; along <= route.line.length; along += 10) {
    const next = at(along);
    const second = Math.floor(along / 10);
    const time = `${String(8 + (Math.floor(second / 3600) % 10)).padStart(2, '0')}:${String(Math.floor(second / 60) % 60).padStart(2, '0')}:${String(second % 60).padStart(2, '0')} 2026-October-05`;
    rows.push(
      `${time},${prev[1].toFixed(7)},${prev[0].toFixed(7)},${next[1].toFixed(7)},${next[0].toFixed(7)},10.0,${(1.5 + rnd() * 10).toFixed(2)},hard-medium`,
    );
    prev = next;
  }
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadgis-bench-survey-'));
const file = path.join(dir, 'Intervals_survey.csv');
fs.writeFileSync(file, rows.join('\n'));
const intervals = rows.length - 1;

const builtRoutes = routes.map((r) => (r.geo.built.ok ? r.geo.built.route : null!));
const toPlane = routes[0]!.geo.toPlane;
const roadAt = new Map(
  builtRoutes.map((route) => [
    route.code,
    roadContextAlong(route, new Map([[route.code, { surface: 'btn', grade: 'III' }]])),
  ]),
);

const results: Array<{
  parse: number;
  match: number;
  classify: number;
  total: number;
  cpu: number;
  unmatched: number;
}> = [];
for (let run = 0; run < RUNS; run++) {
  const cpu0 = process.cpuUsage();
  t0 = performance.now();
  const read = await readRoadLabFile(file);
  const parse = ms(t0);
  let t1 = performance.now();
  const matched = matchByGps(read.intervals, builtRoutes, toPlane, { file: read.file, source: 'roadlab' });
  const match = ms(t1);
  t1 = performance.now();
  const classed = classifySurvey(matched.segments, DEFAULT_THRESHOLDS['4'], (route, c) =>
    roadAt.get(route)!(c),
  );
  const classify = ms(t1);
  if (read.problems.length || classed.unclassified.length)
    throw new Error('the fixture should read and class whole');
  const cpu = process.cpuUsage(cpu0);
  results.push({
    parse,
    match,
    classify,
    total: ms(t0),
    cpu: (cpu.user + cpu.system) / 1000,
    unmatched: matched.problems.length,
  });
}
fs.rmSync(dir, { recursive: true, force: true });

const f = (n: number) => (n / 1000).toFixed(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `Survey: ${KM} km, ${intervals} intervals of 10 m on ${ROUTES} routes; routes built in ${f(buildRoutesMs)} s (once per project)`,
);
console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}, ${os.platform()}, load average ${os.loadavg()[0]!.toFixed(1)}; ${new Date().toISOString().slice(0, 10)}`,
);
console.log('');
console.log('| run | parse CSV | match by GPS | class | total (wall) | total (CPU) | unmatched intervals |');
console.log('| --- | --------- | ------------ | ----- | ------------ | ----------- | ------------------- |');
results.forEach((r, i) =>
  console.log(
    `| ${i + 1} | ${f(r.parse)} s | ${f(r.match)} s | ${f(r.classify)} s | ${f(r.total)} s | ${f(r.cpu)} s | ${r.unmatched} |`,
  ),
);
const med = (k: 'parse' | 'match' | 'classify' | 'total' | 'cpu') => f(median(results.map((r) => r[k])));
console.log(
  `| median | ${med('parse')} s | ${med('match')} s | ${med('classify')} s | ${med('total')} s | ${med('cpu')} s | |`,
);

// npm run bench:checks — the data checks (src/domain/checks) on a seeded synthetic province: a lattice of
// ~100k roads × 20 vertices in lon/lat around Kon Tum, 50k bridges and culverts, and known numbers of planted
// problems. Prints the time of one full run (projection to EPSG:9216 included) and whether each check found
// exactly what was planted. Goal (issue 14): ≤ 5 s. BENCH_CELLS=60 for a quick run.
import os from 'node:os';
import type { PlainFeature } from '../src/domain/editing/line-edit-plan';
import type { Position } from '../src/domain/geometry/geojson';
import type { CheckCode } from '../src/domain/checks/findings';
import { planeProjector } from '../src/domain/checks/plane-projection';
import { runChecks } from '../src/domain/checks/run-checks';
import { measuringProjection } from '../src/domain/location/transform';

const CELLS = Number(process.env.BENCH_CELLS ?? 224); // nodes per side: 2·n·(n−1) lattice roads (224 → 99,904)
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SPACING = 500; // metres between lattice nodes
const VERTICES = 20;
const PLANTED = 100;

// mulberry32: a small seeded generator, so every run checks the same province.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(14);

// Metres east/north of an origin near Kon Tum → lon/lat (a local approximation is enough for a fixture).
const LON0 = 107.45;
const LAT0 = 14.0;
const M_PER_DEG_LAT = 110_650;
const M_PER_DEG_LON = 111_320 * Math.cos((LAT0 + 0.5) * (Math.PI / 180));
const ll = (x: number, y: number): Position => [LON0 + x / M_PER_DEG_LON, LAT0 + y / M_PER_DEG_LAT];

let uid = 0;
const nextUid = () => `f${(uid++).toString(36)}`;
const road = (coords: Position[], code: string | null = 'ĐH.87'): PlainFeature => ({
  uid: nextUid(),
  geometry: { type: 'LineString', coordinates: coords },
  properties: { road_code: code, name: 'Đường thử', start_chainage_m: 0 },
});

/** A lattice edge from node (i, j) east or north, with jittered interior vertices (in metres). */
function edge(i: number, j: number, dir: 'east' | 'north'): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  for (let k = 0; k < VERTICES; k++) {
    const along = (k / (VERTICES - 1)) * SPACING;
    const side = k === 0 || k === VERTICES - 1 ? 0 : (rnd() - 0.5) * 40;
    pts.push(
      dir === 'east' ? [i * SPACING + along, j * SPACING + side] : [i * SPACING + side, j * SPACING + along],
    );
  }
  return pts;
}

function buildProvince() {
  const roads: PlainFeature[] = [];
  const metres: Array<Array<[number, number]>> = [];
  const interiorNorth: number[] = []; // north-going roads that start at an interior node
  for (let j = 0; j < CELLS; j++) {
    for (let i = 0; i < CELLS; i++) {
      for (const dir of ['east', 'north'] as const) {
        if ((dir === 'east' && i === CELLS - 1) || (dir === 'north' && j === CELLS - 1)) continue;
        const m = edge(i, j, dir);
        if (dir === 'north' && i > 0 && i < CELLS - 1 && j > 0) interiorNorth.push(roads.length);
        metres.push(m);
        roads.push(
          road(
            m.map(([x, y]) => ll(x, y)),
            `ĐH.${(i + j) % 97}`,
          ),
        );
      }
    }
  }
  const lattice = roads.length;
  // Disjoint sets of roads for each planted problem.
  for (let k = interiorNorth.length - 1; k > 0; k--) {
    const r = Math.floor(rnd() * (k + 1));
    [interiorNorth[k], interiorNorth[r]] = [interiorNorth[r]!, interiorNorth[k]!];
  }
  const take = (n: number) => interiorNorth.splice(0, n);

  for (const r of take(PLANTED)) {
    // Undershoot: the road starts 3 m short of its junction.
    const m = metres[r]!;
    const [x0, y0] = m[0]!;
    const [x1, y1] = m[1]!;
    const d = Math.hypot(x1 - x0, y1 - y0);
    (roads[r]!.geometry as { coordinates: Position[] }).coordinates[0] = ll(
      x0 + ((x1 - x0) * 3) / d,
      y0 + ((y1 - y0) * 3) / d,
    );
  }
  for (const r of take(PLANTED)) roads[r]!.properties.road_code = null;
  for (const r of take(PLANTED)) {
    const copy = road(
      (roads[r]!.geometry as { coordinates: Position[] }).coordinates.map((p) => [p[0], p[1]]),
    );
    copy.properties.road_code = roads[r]!.properties.road_code ?? null;
    roads.push(copy);
  }
  for (const r of take(PLANTED)) {
    // Runs 3 cm beside the first 5 segments of a road (≈ 125 m), then turns 200 m away into the cell.
    const m = metres[r]!;
    const pts: Array<[number, number]> = [
      m[0]!,
      ...m.slice(1, 6).map(([x, y]): [number, number] => [x + 0.03, y]),
    ];
    const [xe, ye] = pts[pts.length - 1]!;
    pts.push([xe + 200, ye]);
    roads.push(
      road(
        pts.map(([x, y]) => ll(x, y)),
        roads[r]!.properties.road_code as string,
      ),
    );
  }
  for (let k = 0; k < PLANTED / 2; k++) {
    const x = (Math.floor(rnd() * (CELLS - 1)) + 0.5) * SPACING;
    const y = (Math.floor(rnd() * (CELLS - 1)) + 0.5) * SPACING;
    roads.push(road([ll(x, y), ll(x, y)], 'ĐX.1'));
  }

  // Points on roads: at a vertex of a random lattice road, a few metres off.
  const onRoad = (offset: number): Position => {
    const m = metres[Math.floor(rnd() * lattice)]!;
    const [x, y] = m[1 + Math.floor(rnd() * (VERTICES - 2))]!;
    return ll(x + (rnd() - 0.5) * offset, y + (rnd() - 0.5) * offset);
  };
  const point = (at: Position): PlainFeature => ({
    uid: nextUid(),
    geometry: { type: 'Point', coordinates: at },
    properties: {},
  });
  const bridges = Array.from({ length: 20_000 - PLANTED }, () => point(onRoad(10)));
  for (let k = 0; k < PLANTED; k++) {
    // In the middle of a cell: ≥ ~200 m from every road.
    const x = (Math.floor(rnd() * (CELLS - 1)) + 0.5) * SPACING + 30;
    const y = (Math.floor(rnd() * (CELLS - 1)) + 0.5) * SPACING - 30;
    bridges.push(point(ll(x, y)));
  }
  const culverts = Array.from({ length: 30_000 - PLANTED }, () => point(onRoad(6)));
  for (let k = 0; k < PLANTED; k++) {
    const original = culverts[k * 7]!.geometry as { coordinates: Position };
    culverts.push(point([original.coordinates[0], original.coordinates[1]]));
  }
  return { roads, bridges, culverts, vertices: roads.length * VERTICES };
}

const planted: Record<CheckCode, number> = {
  no_geometry: 0,
  degenerate_line: 0,
  zero_length_line: PLANTED / 2,
  duplicate_feature: 2 * PLANTED, // roads and culverts
  overlapping_roads: PLANTED,
  dangling_end: PLANTED,
  far_from_road: PLANTED,
  road_without_code: PLANTED,
};

const province = buildProvince();
// Wall time, and the CPU time the process used meanwhile (other work on a shared machine inflates the first).
function timed(run: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}
const runs: Array<{ wall: number; cpu: number }> = [];
let counts: Record<CheckCode, number> | null = null;
for (let run = 0; run < RUNS; run++) {
  runs.push(timed(() => (counts = runChecks(province, { workingCrs: 'EPSG:9216' }).counts)));
}
// Side by side: the roads' vertices projected by proj4 (one call and a few objects per point) and by the
// checks' in-place projector, into the same flat array.
const lines = province.roads.map((r) => (r.geometry as { coordinates: Position[] }).coordinates);
const flat = new Float64Array(province.vertices * 2 + 64);
const viaProj4 = timed(() => {
  const p = measuringProjection('EPSG:9216');
  let at = 0;
  for (const line of lines) {
    for (const pos of line) {
      const q = p(pos);
      flat[at++] = q[0];
      flat[at++] = q[1];
    }
  }
});
const inPlace = timed(() => {
  const p = planeProjector('EPSG:9216');
  let at = 0;
  for (const line of lines) {
    p.line(line, flat, at);
    at += 2 * line.length;
  }
});
const networkOnly = timed(() =>
  runChecks(province, { workingCrs: 'EPSG:9216', only: ['road_without_code'] }),
);

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `${province.roads.length.toLocaleString('en')} roads × ${VERTICES} vertices, ${province.bridges.length.toLocaleString('en')} bridges, ${province.culverts.length.toLocaleString('en')} culverts (lon/lat, measured in EPSG:9216). Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`,
);
console.log('');
console.log(
  `Load average before the runs: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}`,
);
console.log('');
console.log(`| | all checks, median of ${RUNS} | each run (first is cold) | projection + index only |`);
console.log('| --- | --- | --- | --- |');
for (const k of ['wall', 'cpu'] as const) {
  const xs = runs.map((r) => r[k]);
  console.log(
    `| ${k === 'wall' ? 'wall' : 'CPU'} | ${s(median(xs))} | ${xs.map(s).join(' / ')} | ${s(networkOnly[k])} |`,
  );
}
console.log('');
console.log(
  `Projecting the ${(province.vertices / 1e6).toFixed(1)} M road vertices to EPSG:9216: proj4 ${s(viaProj4.wall)} wall / ${s(viaProj4.cpu)} CPU; in place ${s(inPlace.wall)} / ${s(inPlace.cpu)}.`,
);
console.log('');
console.log('| check | planted | found |');
console.log('| --- | --- | --- |');
let ok = true;
for (const [code, n] of Object.entries(planted) as Array<[CheckCode, number]>) {
  const found = counts![code];
  if (found !== n) ok = false;
  console.log(`| ${code} | ${n} | ${found}${found === n ? '' : ' ≠'} |`);
}
if (!ok) {
  console.error('The checks did not find exactly what was planted.');
  process.exitCode = 1;
}

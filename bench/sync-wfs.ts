// npm run bench:sync — the WFS-T protocol layer against the local QGIS Server (scripts/gis-server.sh), side by
// side with the reference clients in the same run:
//   push: one Transaction of N inserts, sent raw by curl (body prepared beforehand) vs our encoder + client
//         (encode, send, decode, match outcomes by handle);
//   pull: ogr2ogr reading the roads layer into a GeoPackage vs our paged GetFeature reader (GML 3, typed).
// Each side runs as its own process; runs are interleaved after one warm-up of each, and the table gives the
// median and range of wall time, CPU time (user + system) and peak memory of the client process (the server's
// own work is in every wall time alike). Ours is timed inside its process, so Node's start-up is left out
// (it is shown separately). BENCH_PUSH (1000), BENCH_PULL (10000), BENCH_RUNS (5), BENCH_PAGE (10000).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getFeatureFormats } from '../src/main/sync/wfs/capabilities';
import { WfsClient } from '../src/main/sync/wfs/client';
import { readPages } from '../src/main/sync/wfs/feature-reader';
import { PULL_SRS, pickOutputFormat } from '../src/main/sync/wfs/get-feature';
import type { TransactionAction } from '../src/main/sync/wfs/transaction-encode';
import { encodeTransaction } from '../src/main/sync/wfs/transaction-encode';

const PUSH = Number(process.env.BENCH_PUSH ?? 1000);
const PULL = Number(process.env.BENCH_PULL ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAGE = Number(process.env.BENCH_PAGE ?? 10_000);
const root = path.resolve(import.meta.dirname, '..');
const script = path.join(root, 'scripts/gis-server.sh');
const QGS = 'http://www.qgis.org/gml';

interface Sample {
  wall: number;
  cpu: number;
  rssMb: number;
}

/** The same N bridge inserts for both push sides: uids fixed by run, Vietnamese text, lon/lat points. */
function pushActions(n: number, run: number): TransactionAction[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: 'insert',
    handle: `r${run}-c${i}`,
    type: { name: 'bridges', namespace: QGS },
    geometryName: 'geometry',
    geometry: { type: 'Point', coordinates: [107.5 + (i % 100) * 1e-3, 14.2 + Math.floor(i / 100) * 1e-3] },
    properties: {
      uid: `${String(run).padStart(8, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `Cầu số ${i} trên ĐT.671`,
      route_code: 'ĐT.671',
      chainage_m: i * 35.5,
      spans: 1 + (i % 5),
      length_m: 12.5 + (i % 40),
      updated_by: 'Nguyễn Văn Ân',
    },
  }));
}

// ---- child mode: one side of one run, reporting its own time, CPU and peak memory as JSON --------------
async function child(kind: string, url: string, arg: string): Promise<void> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const client = new WfsClient({ url, timeoutMs: 600_000 });
  let count = 0;
  if (kind === 'push') {
    const actions = pushActions(PUSH, Number(arg));
    const { outcomes } = await client.transaction(actions);
    count = outcomes.filter((o) => o.status === 'inserted').length;
  } else {
    const caps = await client.getCapabilities();
    const roads = caps.featureTypes.find((t) => t.name === 'roads')!;
    const [schema] = await client.describeFeatureType([roads]);
    const fieldTypes = Object.fromEntries(schema!.fields.map((f) => [f.name, f.type]));
    for await (const page of readPages(client, {
      type: roads,
      outputFormat: pickOutputFormat(getFeatureFormats(caps), 'gml3'),
      format: 'gml3',
      srsName: PULL_SRS,
      sortProperty: 'id',
      pageSize: PAGE,
      gml: { fieldTypes },
    })) {
      count += page.length;
    }
  }
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(
    JSON.stringify({
      wall: (performance.now() - t0) / 1000,
      cpu: (cpu.user + cpu.system) / 1e6,
      rssMb: process.resourceUsage().maxRSS / 1024,
      count,
    }),
  );
}

// ---- parent mode -------------------------------------------------------------------------------------
// CPU and peak memory of a command, from the kernel's accounting of a wrapper's children.
const RUSAGE = `import resource, subprocess, sys, time
t = time.monotonic(); r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); w = time.monotonic() - t
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(r.returncode, w, u.ru_utime + u.ru_stime, u.ru_maxrss / 1024)`;

function external(cmd: string[]): Sample {
  const out = execFileSync('/usr/bin/python3', ['-c', RUSAGE, ...cmd], { encoding: 'utf8' })
    .trim()
    .split(' ');
  if (out[0] !== '0') throw new Error(`${cmd[0]} exited ${out[0]}`);
  return { wall: Number(out[1]), cpu: Number(out[2]), rssMb: Number(out[3]) };
}

function ours(kind: string, url: string, arg: string, expect: number): Sample & { startup: number } {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'bench/sync-wfs.ts'), 'child', kind, url, arg],
    {
      cwd: root,
      encoding: 'utf8',
      env: process.env,
      maxBuffer: 1 << 24,
    },
  );
  const total = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`our ${kind} failed: ${r.stderr}`);
  const s = JSON.parse(r.stdout) as Sample & { count: number };
  if (s.count !== expect) throw new Error(`our ${kind}: ${s.count} features, expected ${expect}`);
  return { wall: s.wall, cpu: s.cpu, rssMb: s.rssMb, startup: total - s.wall };
}

function psql(pgUrl: string, sql: string): string {
  return execFileSync('psql', ['-X', '-q', '-tA', pgUrl, '-c', sql], { encoding: 'utf8' }).trim();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[], digits: number) =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

async function main(): Promise<void> {
  if (spawnSync('bash', [script, 'status']).status !== 0)
    execFileSync('bash', [script, 'start'], { stdio: 'inherit' });
  const state = JSON.parse(execFileSync('bash', [script, 'status'], { encoding: 'utf8' })) as {
    wfsUrl: string;
    pgUrl: string;
  };
  execFileSync('bash', [script, 'reset']);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadgis-bench-sync-'));
  // The layer to pull: PULL roads of 20 vertices with typical attributes, written straight into PostGIS
  // (through the stamp trigger) — not timed.
  psql(
    state.pgUrl,
    `INSERT INTO roads (road_code, name, management_level, surface_type, width_m, lanes, managing_unit,
       start_chainage_m, length_m, year_built, geometry)
     SELECT 'ĐT.' || (600 + i % 90), 'Đường tỉnh số ' || i, 'provincial', 'asphalt', 7.5, 2,
       'Sở Xây dựng Kon Tum', 0, 1900.5, 2000 + i % 25,
       ST_MakeLine(ARRAY(SELECT ST_MakePoint(107.5 + (i % 300) * 0.001 + k * 0.0001,
                                             14.3 + (i / 300) * 0.001 + (k % 2) * 0.00005)
                         FROM generate_series(0, 19) k))
     FROM generate_series(1, ${PULL}) i`,
  );
  const raw = (run: number) => {
    const file = path.join(dir, `push-${run}.xml`);
    fs.writeFileSync(file, encodeTransaction(pushActions(PUSH, run)));
    return file;
  };
  const push = { curl: [] as Sample[], ours: [] as Sample[] };
  const pull = { ogr2ogr: [] as Sample[], ours: [] as Sample[] };
  const startups: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const warm = run === 0;
    const body = raw(run);
    // Interleaved, alternating which side goes first.
    const sides = run % 2 === 0 ? ['curl', 'ours'] : ['ours', 'curl'];
    for (const side of sides) {
      psql(state.pgUrl, 'TRUNCATE bridges');
      const s =
        side === 'curl'
          ? external([
              'curl',
              '-sS',
              '-f',
              '-o',
              '/dev/null',
              '-H',
              'Content-Type: text/xml; charset=UTF-8',
              '--data-binary',
              `@${body}`,
              state.wfsUrl,
            ])
          : ours('push', state.wfsUrl, String(run), PUSH);
      if (Number(psql(state.pgUrl, 'SELECT count(*) FROM bridges')) !== PUSH)
        throw new Error(`${side} push incomplete`);
      if (!warm) push[side as 'curl' | 'ours'].push(s);
      if ('startup' in s && !warm) startups.push((s as { startup: number }).startup);
    }
    for (const side of run % 2 === 0 ? ['ogr2ogr', 'ours'] : ['ours', 'ogr2ogr']) {
      const gpkg = path.join(dir, `pull-${run}.gpkg`);
      fs.rmSync(gpkg, { force: true });
      const s =
        side === 'ogr2ogr'
          ? external(['ogr2ogr', '-f', 'GPKG', gpkg, `WFS:${state.wfsUrl}?SRSNAME=EPSG:4326`, 'roads'])
          : ours('pull', state.wfsUrl, '', PULL);
      if (!warm) pull[side as 'ogr2ogr' | 'ours'].push(s);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  execFileSync('bash', [script, 'reset']);

  const qgis = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'qgis-server'], { encoding: 'utf8' });
  console.log(
    `Push ${PUSH.toLocaleString('en')} inserts (bridges), pull ${PULL.toLocaleString('en')} roads × 20 vertices (pages of ${PAGE}); ` +
      `${RUNS} interleaved runs after a warm-up. QGIS Server ${qgis}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ` +
      `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Median (min–max).`,
  );
  console.log('');
  console.log('| job | client | wall s | CPU s | peak MB | wall ratio |');
  console.log('|---|---|---|---|---|---|');
  const row = (job: string, name: string, xs: Sample[], base: Sample[]) =>
    console.log(
      `| ${job} | ${name} | ${fmt(
        xs.map((s) => s.wall),
        2,
      )} | ${fmt(
        xs.map((s) => s.cpu),
        2,
      )} | ${fmt(
        xs.map((s) => s.rssMb),
        0,
      )} | ${(median(xs.map((s) => s.wall)) / median(base.map((s) => s.wall))).toFixed(2)}× |`,
    );
  row('push', 'curl, raw Transaction', push.curl, push.curl);
  row('push', 'RoadGIS encoder + client', push.ours, push.curl);
  row('pull', 'ogr2ogr → GeoPackage', pull.ogr2ogr, pull.ogr2ogr);
  row('pull', 'RoadGIS paged GML reader', pull.ours, pull.ogr2ogr);
  console.log('');
  console.log(`Node + tsx start-up of our child process, not in the figures above: ${fmt(startups, 2)} s.`);
}

if (process.argv[2] === 'child') {
  await child(process.argv[3]!, process.argv[4]!, process.argv[5] ?? '');
} else {
  await main();
}

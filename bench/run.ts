// npm run bench — durability cost of an edit and project open time (issue 2), and the cost of a bridge edit as
// the road network grows (issue 8). Prints Markdown tables for BENCHMARKS.md. Compares the journal (append +
// fsync per edit, checkpoint later) with the naive way of making an in-memory SQLite durable: write the whole
// database and sync it after every edit. Every edit goes through the in-process client, as the UI's do.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RoadGisClient } from '../src/api/contract';
import { openProjectClient } from '../src/main/hosts/in-process-client';
import { nodeHostPorts } from '../src/main/services/host-ports';
import { buildProjectOfSize } from './project-fixture';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

async function measure(sizeBytes: number, edits: number, naiveEdits: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadgis-bench-'));
  const file = await buildProjectOfSize(dir, sizeBytes);
  const size = fs.statSync(file).size;
  const ports = nodeHostPorts();
  let t0 = process.hrtime.bigint();
  const project = await openProjectClient(file, ports);
  const openMs = ms(t0);
  const { client } = project;
  const uids = (
    await client.call('features.list', { layer: 'roads', bbox: [107.9, 14.3, 108.0, 14.4] })
  ).features.map((f) => f.id);
  const journal: number[] = [];
  for (let i = 0; i < edits; i++) {
    t0 = process.hrtime.bigint();
    await client.call('features.update', {
      layer: 'roads',
      uid: uids[i % uids.length]!,
      properties: { lanes: 1 + (i % 4) },
    });
    journal.push(ms(t0));
  }
  const naive: number[] = [];
  for (let i = 0; i < naiveEdits; i++) {
    t0 = process.hrtime.bigint();
    await client.call('features.update', {
      layer: 'roads',
      uid: uids[i % uids.length]!,
      properties: { lanes: 1 + (i % 4) },
    });
    // The naive way: the whole database written out and synced after every edit (what a checkpoint does).
    await project.checkpoint();
    naive.push(ms(t0));
  }
  t0 = process.hrtime.bigint();
  await project.checkpoint();
  const checkpointMs = ms(t0);
  const bridgeMs = await bridgeEdits(client, uids[0]!, 200);
  await project.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { size, openMs, journal, naive, checkpointMs, bridgeMs };
}

/**
 * A bridge placed on a road and moved along it `n` times: each move measures its chainage again, which needs
 * the road of its route near it (found through the R*Tree, not by decoding every road of the project).
 */
async function bridgeEdits(client: RoadGisClient, roadUid: string, n: number): Promise<number[]> {
  const road = await client.call('features.get', { layer: 'roads', uid: roadUid });
  const line = road.geometry!.type === 'LineString' ? road.geometry!.coordinates : [];
  const code = String(road.properties.road_code);
  const at = (i: number) => line[(i * 7) % line.length]!;
  const bridge = await client.call('features.create', {
    layer: 'bridges',
    geometry: { type: 'Point', coordinates: at(0) },
    properties: { name: 'Cầu đo', route_code: code },
  });
  if (bridge.properties.chainage_m === null) throw new Error('the bench bridge found no route to measure on');
  const times: number[] = [];
  for (let i = 1; i <= n; i++) {
    const t0 = process.hrtime.bigint();
    await client.call('features.update', {
      layer: 'bridges',
      uid: bridge.id,
      geometry: { type: 'Point', coordinates: at(i) },
    });
    times.push(ms(t0));
  }
  return times;
}

const rows: string[] = [];
const bridgeRows: string[] = [];
for (const [target, edits, naiveEdits] of [
  [10e6, 300, 50],
  [200e6, 300, 10],
  [340e6, 100, 5],
] as const) {
  const r = await measure(target, edits, naiveEdits);
  const mb = (r.size / 1e6).toFixed(0);
  rows.push(
    `| ${mb} MB | ${r.openMs.toFixed(0)} ms | ${pct(r.journal, 50).toFixed(2)} / ${pct(r.journal, 99).toFixed(2)} ms (n=${r.journal.length}) | ${pct(r.naive, 50).toFixed(1)} / ${pct(r.naive, 99).toFixed(1)} ms (n=${r.naive.length}) | ${r.checkpointMs.toFixed(0)} ms |`,
  );
  const roads = Math.ceil(target / 3400);
  bridgeRows.push(
    `| ${roads.toLocaleString('en-GB')} roads (${mb} MB) | ${pct(r.bridgeMs, 50).toFixed(2)} / ${pct(r.bridgeMs, 95).toFixed(2)} ms (n=${r.bridgeMs.length}) |`,
  );
  console.error(`done ${mb} MB`);
}
console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}, ${os.platform()}; ${new Date().toISOString().slice(0, 10)}`,
);
console.log('');
console.log(
  '| project | open (incl. journal replay) | edit commit p50 / p99, journal + fsync | edit p50 / p99, whole DB written + fsync per edit | one checkpoint |',
);
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log('');
console.log('| project | move a bridge along its road (chainage measured again), p50 / p95 |');
console.log('|---|---|');
for (const r of bridgeRows) console.log(r);

// npm run bench — durability cost of an edit and project open time (issue 2). Prints a Markdown table for
// BENCHMARKS.md. Compares the journal (append + fsync per edit, checkpoint later) with the naive way of making an
// in-memory SQLite durable: export the whole database and rewrite the file after every edit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../src/main/services/create-services';
import { nodeHostPorts } from '../src/main/services/host-ports';
import { openProject } from '../src/main/services/open-project';
import { exportDatabase } from '../src/main/geopackage/sqlite-engine';
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
  const store = await openProject(file, ports);
  const openMs = ms(t0);
  const { handlers } = createServices(store, ports);
  const uids = (
    await handlers['features.list']({ layer: 'roads', bbox: [107.9, 14.3, 108.0, 14.4] })
  ).features.map((f) => f.id);
  const journal: number[] = [];
  for (let i = 0; i < edits; i++) {
    t0 = process.hrtime.bigint();
    await handlers['features.update']({
      layer: 'roads',
      uid: uids[i % uids.length]!,
      properties: { lanes: 1 + (i % 4) },
    });
    journal.push(ms(t0));
  }
  const naive: number[] = [];
  for (let i = 0; i < naiveEdits; i++) {
    t0 = process.hrtime.bigint();
    await handlers['features.update']({
      layer: 'roads',
      uid: uids[i % uids.length]!,
      properties: { lanes: 1 + (i % 4) },
    });
    const bytes = await exportDatabase(store.db);
    const fd = fs.openSync(path.join(dir, 'naive.gpkg'), 'w');
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    naive.push(ms(t0));
  }
  t0 = process.hrtime.bigint();
  await store.checkpoint();
  const checkpointMs = ms(t0);
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { size, openMs, journal, naive, checkpointMs };
}

const rows: string[] = [];
for (const [target, edits, naiveEdits] of [
  [10e6, 300, 50],
  [200e6, 300, 10],
] as const) {
  const r = await measure(target, edits, naiveEdits);
  const mb = (r.size / 1e6).toFixed(0);
  rows.push(
    `| ${mb} MB | ${r.openMs.toFixed(0)} ms | ${pct(r.journal, 50).toFixed(2)} / ${pct(r.journal, 99).toFixed(2)} ms (n=${r.journal.length}) | ${pct(r.naive, 50).toFixed(1)} / ${pct(r.naive, 99).toFixed(1)} ms (n=${r.naive.length}) | ${r.checkpointMs.toFixed(0)} ms |`,
  );
  console.error(`done ${mb} MB`);
}
console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}, ${os.platform()}; ${new Date().toISOString().slice(0, 10)}`,
);
console.log('');
console.log(
  '| project | open (incl. journal replay) | edit commit p50 / p99, journal + fsync | edit p50 / p99, export whole DB + fsync per edit | one checkpoint |',
);
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(r);

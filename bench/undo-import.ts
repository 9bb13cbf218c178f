// npm run bench:undo — import N culverts through the services (as the wizard does), then undo and redo the
// import: how long a person waits for one click on "Hoàn tác" after a big import. BENCH_FEATURES sets N.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createProjectClient } from '../src/main/hosts/in-process-client';
import { nodeHostPorts } from '../src/main/services/host-ports';

const N = Number(process.env.BENCH_FEATURES ?? 30_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadgis-bench-undo-'));
const file = path.join(dir, 'cong.geojson');
fs.writeFileSync(
  file,
  JSON.stringify({
    type: 'FeatureCollection',
    features: Array.from({ length: N }, (_, i) => ({
      type: 'Feature',
      properties: { ma: `C-${i}`, ten: `Cống số ${i}` },
      geometry: {
        type: 'Point',
        coordinates: [107.6 + (i % 300) * 1e-3, 14.3 + Math.floor(i / 300) * 1e-3],
      },
    })),
  }),
);
const ports = nodeHostPorts();
const project = await createProjectClient(
  path.join(dir, 'p.gpkg'),
  { name: 'bench', province: 'kon-tum', workingCrs: 'EPSG:9216' },
  ports,
);
const { client } = project;
const timed = async (what: () => Promise<unknown>) => {
  const t0 = performance.now();
  await what();
  return ((performance.now() - t0) / 1000).toFixed(1);
};
const importS = await timed(() =>
  client.call('interchange.import', {
    path: file,
    layer: 'culverts',
    skipInvalid: false,
    mapping: { ma: 'code' },
  }),
);
const undoS = await timed(() => client.call('history.undo', {}));
const redoS = await timed(() => client.call('history.redo', {}));
await project.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(
  `${N.toLocaleString('en')} culverts; Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
);
console.log('| import | undo | redo |');
console.log('|---|---|---|');
console.log(`| ${importS} s | ${undoS} s | ${redoS} s |`);

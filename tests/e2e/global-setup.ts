// Builds a fresh sample project in a temp folder and serves it with the real web host for the browser tests.
import path from 'node:path';
import fs from 'node:fs';
import { buildSample } from '../../scripts/build-sample';
import { createServices } from '../../src/main/services/create-services';
import { nodeHostPorts } from '../../src/main/services/host-ports';
import { openProject } from '../../src/main/services/open-project';
import { startWebHost } from '../../src/main/hosts/web/server';
import { tempDir } from '../support/temp';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const root = path.resolve(import.meta.dirname, '../..');
  const staticDir = path.join(root, 'dist/renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html')))
    throw new Error('dist/renderer is missing: run "npm run build" first');
  const dir = tempDir('roadgis-e2e-');
  const resources = path.join(dir, 'resources');
  const file = path.join(dir, 'kon-tum.gpkg');
  await buildSample(file, path.join(resources, 'basemap/kon-tum.geojson'));
  const ports = nodeHostPorts({ resourcesDir: resources, author: () => 'e2e' });
  const store = await openProject(file, ports);
  const services = createServices(store, ports);
  const host = await startWebHost({
    handlers: services.handlers,
    events: services.events,
    staticDir,
    port: 5181,
  });
  process.env.ROADGIS_E2E_PROJECT = file;
  // Files for the import wizard test: two culverts and one that lies in Laos (a wrong-CRS row).
  const fixtures = path.join(dir, 'fixtures');
  fs.mkdirSync(fixtures);
  fs.writeFileSync(
    path.join(fixtures, 'cong-moi.geojson'),
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { ma_cong: 'C-KT-901', khau_do: 'D100', loai_cong: 'Cống tròn' },
          geometry: { type: 'Point', coordinates: [107.95, 14.45] },
        },
        {
          type: 'Feature',
          properties: { ma_cong: 'C-KT-902', khau_do: '2x2 m', loai_cong: 'Cống hộp' },
          geometry: { type: 'Point', coordinates: [107.97, 14.47] },
        },
        {
          type: 'Feature',
          properties: { ma_cong: 'C-KT-903', khau_do: 'D75', loai_cong: 'Cống tròn' },
          geometry: { type: 'Point', coordinates: [98.5, 14.4] },
        },
      ],
    }),
  );
  // A bridge list from an old office PC: CSV bytes in the TCVN3 font encoding, "Cầu Đắk Bla" typed as below.
  fs.writeFileSync(
    path.join(fixtures, 'cau-tcvn3.csv'),
    Buffer.from('ten_cau;lon;lat\nCÇu §¾k Bla;107.96;14.46\n', 'latin1'),
  );
  process.env.ROADGIS_E2E_FIXTURES = fixtures;
  return async () => {
    await host.close();
    await store.close();
  };
}

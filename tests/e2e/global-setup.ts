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
  return async () => {
    await host.close();
    await store.close();
  };
}

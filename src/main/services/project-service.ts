// Project facts for the UI: name, province, working CRS, layers; and the bundled offline basemap.
import fs from 'node:fs';
import path from 'node:path';
import type { ApiHandlers } from '../../api/contract';
import { LAYER_NAMES } from '../../domain/assets/layers';
import type { ProjectStore } from '../store/project-store';
import type { HostPorts } from './host-ports';

type Handlers = Pick<ApiHandlers, 'project.info' | 'project.basemap'>;

export function createProjectService(store: ProjectStore, ports: HostPorts): Handlers {
  return {
    async 'project.info'() {
      return {
        path: store.path,
        name: store.meta('name') ?? path.basename(store.path),
        province: store.meta('province') ?? '',
        workingCrs: store.meta('working_crs') ?? 'EPSG:4326',
        lastSeq: store.lastSeq,
        layers: LAYER_NAMES.map((name) => ({
          name,
          count: store.read.count(name),
          extent: store.read.extent(name),
        })),
      };
    },
    async 'project.basemap'() {
      const province = store.meta('province') ?? '';
      const file = path.join(ports.resourcesDir, 'basemap', `${province}.geojson`);
      if (!/^[a-z0-9-]+$/u.test(province) || !fs.existsSync(file))
        return { type: 'FeatureCollection', features: [] };
      return JSON.parse(fs.readFileSync(file, 'utf8'));
    },
  };
}

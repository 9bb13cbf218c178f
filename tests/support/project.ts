// A fresh project with services, for tests that drive the real stack without a transport.
import path from 'node:path';
import { createServices } from '../../src/main/services/create-services';
import type { Services } from '../../src/main/services/create-services';
import type { HostPorts } from '../../src/main/services/host-ports';
import { nodeHostPorts } from '../../src/main/services/host-ports';
import { createProject, openProject } from '../../src/main/services/open-project';
import { tempDir, testStoreOptions } from './temp';

export const testPorts = (author = 'kỹ sư Nguyễn Văn A', overrides: Partial<HostPorts> = {}) =>
  nodeHostPorts({ ...testStoreOptions, author: () => author, ...overrides });

export async function newProject(
  name = 'test.gpkg',
  overrides: Partial<HostPorts> = {},
): Promise<Services & { file: string }> {
  const file = path.join(tempDir(), name);
  const ports = testPorts(undefined, overrides);
  const store = await createProject(
    file,
    { name: 'Dự án thử', province: 'kon-tum', workingCrs: 'EPSG:9216' },
    ports,
  );
  return { ...createServices(store, ports), file };
}

export async function reopen(file: string): Promise<Services> {
  const ports = testPorts();
  return createServices(await openProject(file, ports), ports);
}

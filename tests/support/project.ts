// A fresh project with services, for tests that drive the real stack without a transport.
import path from 'node:path';
import { openDatabaseFile } from '../../src/main/geopackage/sqlite-engine';
import { throughTheDoor } from '../../src/main/hosts/in-process-client';
import { createServices } from '../../src/main/services/create-services';
import type { Services } from '../../src/main/services/create-services';
import type { HostPorts } from '../../src/main/services/host-ports';
import { nodeHostPorts } from '../../src/main/services/host-ports';
import { createProject, openProject } from '../../src/main/services/open-project';
import { tempDir, testStoreOptions } from './temp';

/** Services whose handlers go through the one door (validated input, API errors), as every host calls them. */
const doorway = (s: Services): Services => ({ ...s, handlers: throughTheDoor(s.handlers) });

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
  return { ...doorway(createServices(store, ports)), file };
}

export async function reopen(file: string): Promise<Services> {
  const ports = testPorts();
  return doorway(createServices(await openProject(file, ports), ports));
}

/** One value of a query on a project file as saved (after a checkpoint), read the way GDAL would read it. */
export async function valueInFile(file: string, sql: string): Promise<unknown> {
  const db = await openDatabaseFile(file);
  try {
    return db.selectValue(sql);
  } finally {
    db.close();
  }
}

// Opening a project the same way in every host: store options from the host ports, services over it.
import type { NewProjectSettings } from '../store/project-store';
import { ProjectStore } from '../store/project-store';
import type { Services } from './create-services';
import { createServices } from './create-services';
import type { HostPorts } from './host-ports';

export type { NewProjectSettings } from '../store/project-store';

export function openProject(file: string, ports: HostPorts): Promise<ProjectStore> {
  return ProjectStore.open(file, { newId: ports.newId, now: ports.now });
}

export function createProject(
  file: string,
  settings: NewProjectSettings,
  ports: HostPorts,
): Promise<ProjectStore> {
  return ProjectStore.create(file, settings, { newId: ports.newId, now: ports.now });
}

/** An existing project, open with its services; `close()` saves it and releases its lock. */
export async function openServices(file: string, ports: HostPorts): Promise<Services> {
  return createServices(await openProject(file, ports), ports);
}

/** A new, empty project (the file must not exist), open with its services. */
export async function createServicesForNewProject(
  file: string,
  settings: NewProjectSettings,
  ports: HostPorts,
): Promise<Services> {
  return createServices(await createProject(file, settings, ports), ports);
}

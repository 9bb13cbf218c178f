// Opening a project the same way in every host: store options from the host ports.
import type { NewProjectSettings } from '../store/project-store';
import { ProjectStore } from '../store/project-store';
import type { HostPorts } from './host-ports';

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

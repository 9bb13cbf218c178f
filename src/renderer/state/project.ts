// The open project (name, working CRS, layers), the CRSs the registry knows and what the host offers.
import type { ReadonlySignal } from '@preact/signals';
import { batch, signal } from '@preact/signals';
import type { MethodOutput, RoadGisClient } from '../../api/contract';

export type ProjectInfo = MethodOutput<'project.info'>;
export type CrsEntry = MethodOutput<'crs.list'>[number];

export interface ProjectState {
  info: ReadonlySignal<ProjectInfo | null>;
  crsList: ReadonlySignal<readonly CrsEntry[]>;
  /** The host has a native file dialog (the desktop app); in a browser paths are typed. */
  fileDialog: ReadonlySignal<boolean>;
  load(): Promise<void>;
}

export function createProject(client: RoadGisClient): ProjectState {
  const info = signal<ProjectInfo | null>(null);
  const crsList = signal<readonly CrsEntry[]>([]);
  const fileDialog = signal(false);
  return {
    info,
    crsList,
    fileDialog,
    async load() {
      const [i, crs, host] = await Promise.all([
        client.call('project.info', {}),
        client.call('crs.list', {}),
        client.call('host.capabilities', {}),
      ]);
      batch(() => {
        info.value = i;
        crsList.value = crs;
        fileDialog.value = host.fileDialog;
      });
    },
  };
}

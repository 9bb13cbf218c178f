// The one composition root: every host builds its services here, over one open project.
import type { ApiHandlers } from '../../api/contract';
import type { ProjectStore } from '../store/project-store';
import { createCrsService } from './crs-service';
import { ServiceEvents } from './events';
import { createFeaturesService } from './features-service';
import { createHistoryService } from './history-service';
import { createHostService } from './host-service';
import { createInterchangeService } from './interchange-service';
import type { HostPorts } from './host-ports';
import { createProjectService } from './project-service';

export interface Services {
  handlers: ApiHandlers;
  events: ServiceEvents;
  store: ProjectStore;
  /** Writes the whole project file now (hosts may do it when idle; benchmarks compare against it). */
  checkpoint(): Promise<void>;
  /** Saves what the journal holds into the file and releases the project's lock. */
  close(): Promise<void>;
}

export function createServices(store: ProjectStore, ports: HostPorts): Services {
  const events = new ServiceEvents();
  const handlers: ApiHandlers = {
    ...createProjectService(store, ports),
    ...createFeaturesService(store, ports, events),
    ...createHistoryService(store, ports, events),
    ...createInterchangeService(store, ports, events),
    ...createCrsService(),
    ...createHostService(ports),
  };
  return { handlers, events, store, checkpoint: () => store.checkpoint(), close: () => store.close() };
}

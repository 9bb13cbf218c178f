// The contract's client inside one Node process (CLI, benchmarks, scripts, tests): every call goes through the
// one door (dispatch: known method, validated input, errors mapped), exactly as over IPC or HTTP. Nothing
// calls services around it.
import { METHOD_NAMES } from '../../api/contract';
import type {
  ApiEvents,
  ApiHandlers,
  EventName,
  MethodInput,
  MethodName,
  MethodOutput,
  RoadGisClient,
} from '../../api/contract';
import type { Services } from '../services/create-services';
import type { HostPorts } from '../services/host-ports';
import type { NewProjectSettings } from '../services/open-project';
import { createServicesForNewProject, openServices } from '../services/open-project';
import { dispatch } from './dispatch';

/** The services' handlers as seen through the one door: each call validated and its errors mapped. */
export function throughTheDoor(handlers: ApiHandlers): ApiHandlers {
  return Object.fromEntries(
    METHOD_NAMES.map((m) => [m, (input: unknown) => dispatch(handlers, m, input)]),
  ) as unknown as ApiHandlers;
}

export function inProcessClient(services: Pick<Services, 'handlers' | 'events'>): RoadGisClient {
  return {
    call: <M extends MethodName>(method: M, input: MethodInput<M>) =>
      dispatch(services.handlers, method, input) as Promise<MethodOutput<M>>,
    onEvent: <E extends EventName>(event: E, listener: (p: ApiEvents[E]) => void) =>
      services.events.on(event, listener),
  };
}

/** A project opened in this process with a client over it; close() saves and releases it. */
export interface ProjectClient {
  client: RoadGisClient;
  /** Writes the whole project file now (hosts do it when idle; benchmarks compare against it). */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

const over = (services: Services): ProjectClient => ({
  client: inProcessClient(services),
  checkpoint: () => services.checkpoint(),
  close: () => services.close(),
});

export async function openProjectClient(file: string, ports: HostPorts): Promise<ProjectClient> {
  return over(await openServices(file, ports));
}

export async function createProjectClient(
  file: string,
  settings: NewProjectSettings,
  ports: HostPorts,
): Promise<ProjectClient> {
  return over(await createServicesForNewProject(file, settings, ports));
}

// What the host offers beyond the project: its native file dialog, where there is one (Electron).
import { ApiError } from '../../api/errors';
import type { ApiHandlers } from '../../api/contract';
import type { HostPorts } from './host-ports';

type Handlers = Pick<ApiHandlers, 'host.capabilities' | 'host.chooseFile'>;

export function createHostService(ports: HostPorts): Handlers {
  return {
    async 'host.capabilities'() {
      return { fileDialog: ports.chooseFile !== undefined };
    },
    async 'host.chooseFile'(input) {
      if (!ports.chooseFile)
        throw new ApiError('NOT_FOUND', 'this host has no file dialog: type the path instead');
      const { defaultName, ...rest } = input;
      return { path: await ports.chooseFile(defaultName ? { ...rest, defaultName } : rest) };
    },
  };
}

// Every transport a client can use, built over a fresh project. The same contract suite runs over each,
// so Electron IPC, HTTP and in-process calls cannot drift apart. (The Electron IPC transport is covered by
// tests/contract/electron-ipc.test.ts with the electron module replaced, and by the Electron smoke test.)
import type { RoadGisClient } from '../../src/api/contract';
import { inProcessClient } from '../../src/main/hosts/in-process-client';
import { startWebHost } from '../../src/main/hosts/web/server';
import type { Services } from '../../src/main/services/create-services';
import { createHttpClient } from '../../src/renderer/api/http-client';
import { electronClient } from '../../src/renderer/api/client';
import type { RoadGisBridge } from '../../src/api/bridge';
import { registerIpc } from '../../src/main/hosts/electron/ipc';
import type { IpcMain } from 'electron';
import { newProject } from '../support/project';

export interface Transport {
  name: string;
  client: RoadGisClient;
  services: Services & { file: string };
  close(): Promise<void>;
}

export const TRANSPORTS: Record<string, () => Promise<Transport>> = {
  async dispatch() {
    const services = await newProject();
    return {
      name: 'dispatch',
      client: inProcessClient(services),
      services,
      close: () => services.store.close(),
    };
  },
  /** Electron IPC as the preload uses it: every value crosses a structured clone, as ipcRenderer.invoke does. */
  async 'electron-ipc'() {
    const services = await newProject();
    let handler: ((event: unknown, method: unknown, input: unknown) => Promise<unknown>) | undefined;
    const ipcMain = { handle: (_channel: string, h: typeof handler) => (handler = h) } as unknown as IpcMain;
    registerIpc(ipcMain, services);
    const trustedEvent = { senderFrame: { url: 'app://roadgis/index.html' } };
    const bridge: RoadGisBridge = {
      call: async (method, input) =>
        structuredClone(await handler!(trustedEvent, method, structuredClone(input))) as never,
      onEvent: (event, listener) =>
        services.events.on(event as 'project.changed', (p) => listener(structuredClone(p))),
    };
    return {
      name: 'electron-ipc',
      client: electronClient(bridge),
      services,
      close: () => services.store.close(),
    };
  },
  async http() {
    const services = await newProject();
    const host = await startWebHost({ handlers: services.handlers, events: services.events, port: 0 });
    return {
      name: 'http',
      client: createHttpClient(host.url),
      services,
      close: async () => {
        await host.close();
        await services.store.close();
      },
    };
  },
};

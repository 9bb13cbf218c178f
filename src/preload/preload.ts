// The preload exposes exactly two functions to the sandboxed page: call(method, input) and onEvent.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { BridgeResponse, RoadGisBridge } from '../api/bridge';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../api/bridge';

const bridge: RoadGisBridge = {
  call: (method: string, input: unknown) =>
    ipcRenderer.invoke(IPC_CALL_CHANNEL, method, input) as Promise<BridgeResponse>,
  onEvent(event: string, listener: (payload: unknown) => void) {
    const handler = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('roadgisBridge', bridge);

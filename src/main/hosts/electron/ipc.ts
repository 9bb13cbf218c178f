// IPC: one channel, every call through the same dispatch as HTTP; only our own pages may call.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../../api/bridge';
import type { BridgeResponse } from '../../../api/bridge';
import { ApiError } from '../../../api/errors';
import { EVENT_NAMES } from '../../../api/contract';
import type { Services } from '../../services/create-services';
import { dispatch } from '../dispatch';
import { isTrustedUrl } from './security';

export function registerIpc(ipcMain: IpcMain, services: Services): void {
  ipcMain.handle(
    IPC_CALL_CHANNEL,
    async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<BridgeResponse> => {
      if (!isTrustedUrl(event.senderFrame?.url)) {
        return { error: { code: 'INVALID_INPUT', message: 'calls are accepted only from RoadGIS pages' } };
      }
      if (typeof method !== 'string')
        return { error: { code: 'INVALID_INPUT', message: 'method must be a string' } };
      try {
        return { result: await dispatch(services.handlers, method, input) };
      } catch (e) {
        return { error: (e instanceof ApiError ? e : new ApiError('INTERNAL', String(e))).toBody() };
      }
    },
  );
}

export function forwardEvents(services: Services, target: WebContents): () => void {
  const offs = EVENT_NAMES.map((name) =>
    services.events.on(name, (payload) => {
      if (!target.isDestroyed()) target.send(IPC_EVENT_CHANNEL, name, payload);
    }),
  );
  return () => offs.forEach((off) => off());
}

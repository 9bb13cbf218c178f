// What the Electron preload exposes on window.roadgisBridge. Errors cannot cross contextBridge as classes,
// so calls resolve to an envelope the renderer unwraps into ApiError.
import type { ApiErrorBody } from './errors';

export type BridgeResponse = { result: unknown } | { error: ApiErrorBody };

export interface RoadGisBridge {
  call(method: string, input: unknown): Promise<BridgeResponse>;
  onEvent(event: string, listener: (payload: unknown) => void): () => void;
}

export const IPC_CALL_CHANNEL = 'roadgis:call';
export const IPC_EVENT_CHANNEL = 'roadgis:event';

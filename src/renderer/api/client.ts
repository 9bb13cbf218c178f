// Picks the transport: the Electron preload bridge when present, otherwise HTTP to the web host.
import type { RoadGisBridge } from '../../api/bridge';
import type { ApiEvents, EventName, MethodOutput, RoadGisClient } from '../../api/contract';
import { ApiError } from '../../api/errors';
import { createHttpClient } from './http-client';

declare global {
  interface Window {
    roadgisBridge?: RoadGisBridge;
  }
}

export function electronClient(bridge: RoadGisBridge): RoadGisClient {
  return {
    async call(method, input) {
      const res = await bridge.call(method, input);
      if ('error' in res) throw ApiError.fromBody(res.error);
      return res.result as MethodOutput<typeof method>;
    },
    onEvent<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      return bridge.onEvent(event, (p) => listener(p as ApiEvents[E]));
    },
  };
}

export function createClient(): RoadGisClient {
  return window.roadgisBridge ? electronClient(window.roadgisBridge) : createHttpClient();
}

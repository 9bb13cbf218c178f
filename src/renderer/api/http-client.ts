// Browser transport: POST /api/<method> to the web host, server-sent events for notifications.
import type {
  ApiEvents,
  EventName,
  MethodInput,
  MethodName,
  MethodOutput,
  RoadGisClient,
} from '../../api/contract';
import { ApiError, isApiErrorBody } from '../../api/errors';

export function createHttpClient(baseUrl = ''): RoadGisClient {
  // One event stream, open while anyone listens.
  let source: EventSource | null = null;
  let listeners = 0;
  return {
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      let res: Response;
      try {
        res = await fetch(`${baseUrl}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch (e) {
        throw new ApiError(
          'IO',
          `Cannot reach RoadGIS at ${baseUrl || location.origin}: ${(e as Error).message}`,
        );
      }
      const body: unknown = await res.json().catch(() => null);
      if (res.ok && body && typeof body === 'object' && 'result' in body)
        return body.result as MethodOutput<M>;
      const err = body && typeof body === 'object' && 'error' in body ? body.error : null;
      throw isApiErrorBody(err)
        ? ApiError.fromBody(err)
        : new ApiError('INTERNAL', `HTTP ${res.status} from ${method}`);
    },
    onEvent<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      if (typeof EventSource === 'undefined') return () => {};
      const stream = (source ??= new EventSource(`${baseUrl}/api/events`));
      const handler = (m: MessageEvent<string>) => listener(JSON.parse(m.data) as ApiEvents[E]);
      stream.addEventListener(event, handler);
      listeners++;
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        stream.removeEventListener(event, handler);
        if (--listeners === 0) {
          stream.close();
          source = null;
        }
      };
    },
  };
}

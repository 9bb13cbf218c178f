// The one door to the network for WFS: a fetch-like function the client is given, so tests can put faults
// in its way (drop, stall, cut short, 5xx) and the desktop can add proxies or credentials. The default uses
// Node's fetch with a time limit.
export interface HttpRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** Aborts the request: fired on the client's timeout. */
  signal: AbortSignal;
}

export interface HttpResponse {
  status: number;
  contentType: string;
  /** The whole body as text (UTF-8); rejects when the connection breaks before the end. */
  text(): Promise<string>;
}

export type HttpPort = (request: HttpRequest) => Promise<HttpResponse>;

export const nodeHttpPort: HttpPort = async (request) => {
  const res = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: request.signal,
    redirect: 'error',
  });
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    text: () => res.text(),
  };
};

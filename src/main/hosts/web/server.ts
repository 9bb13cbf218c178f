// Web host: the built renderer and the API over HTTP on 127.0.0.1 only. POST /api/<method> with a JSON body;
// GET /api/events streams service events (server-sent events). Same dispatch as Electron and the CLI.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers } from '../../../api/contract';
import { EVENT_NAMES } from '../../../api/contract';
import { ApiError } from '../../../api/errors';
import type { ServiceEvents } from '../../services/events';
import { dispatch } from '../dispatch';
import { HTTP_STATUS } from './http-status';
import { serveStatic } from './static-files';

export interface WebHostOptions {
  handlers: ApiHandlers;
  events: ServiceEvents;
  /** Folder with the built renderer (index.html); omit to serve the API only. */
  staticDir?: string;
  port: number;
  maxBodyBytes?: number;
}

export interface WebHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new ApiError('INVALID_INPUT', `Request body is larger than ${limit} bytes`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  let allowedHosts = new Set<string>();

  const server = http.createServer(async (req, res) => {
    // DNS-rebinding guard: only answer requests addressed to our loopback name and port.
    if (!allowedHosts.has(req.headers.host ?? '')) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('misdirected request');
      return;
    }
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      const origin = req.headers.origin;
      if (origin && !allowedHosts.has(origin.replace(/^https?:\/\//u, ''))) {
        sendJson(res, 403, {
          error: { code: 'INVALID_INPUT', message: 'cross-origin requests are refused' },
        });
        return;
      }
      if (url === '/api/events' && req.method === 'GET') return streamEvents(res);
      if (req.method !== 'POST') {
        sendJson(res, 405, { error: { code: 'INVALID_INPUT', message: 'use POST /api/<method>' } });
        return;
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        sendJson(res, 415, {
          error: { code: 'INVALID_INPUT', message: 'send the input as application/json' },
        });
        return;
      }
      const method = url.slice('/api/'.length).split('?')[0] ?? '';
      try {
        const text = await readBody(req, maxBody);
        let input: unknown;
        try {
          input = text ? JSON.parse(text) : {};
        } catch {
          throw new ApiError('INVALID_INPUT', 'The request body is not valid JSON');
        }
        const result = await dispatch(options.handlers, method, input);
        sendJson(res, 200, { result });
      } catch (e) {
        const err = e instanceof ApiError ? e : new ApiError('INTERNAL', String(e));
        sendJson(res, HTTP_STATUS[err.code], { error: err.toBody() });
      }
      return;
    }
    if (req.method !== 'GET' || !options.staticDir) {
      res.writeHead(404).end();
      return;
    }
    serveStatic(options.staticDir, url, res);
  });

  const streamEvents = (res: http.ServerResponse) => {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const offs = EVENT_NAMES.map((name) =>
      options.events.on(name, (p) => res.write(`event: ${name}\ndata: ${JSON.stringify(p)}\n\n`)),
    );
    res.on('close', () => offs.forEach((off) => off()));
  };

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

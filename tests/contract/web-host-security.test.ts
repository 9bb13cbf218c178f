// The web host answers only loopback requests addressed to itself, JSON only, and never serves outside dist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { WebHost } from '../../src/main/hosts/web/server';
import { startWebHost } from '../../src/main/hosts/web/server';
import type { Services } from '../../src/main/services/create-services';
import { newProject } from '../support/project';
import { tempDir } from '../support/temp';

function request(
  port: number,
  opts: http.RequestOptions & { body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, ...opts }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('web host security', () => {
  let p: Services;
  let host: WebHost;
  let staticDir: string;
  beforeAll(async () => {
    p = await newProject();
    staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>x</title>');
    fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'do not serve');
    host = await startWebHost({ handlers: p.handlers, events: p.events, staticDir, port: 0 });
  });
  afterAll(async () => {
    await host.close();
    await p.store.close();
  });

  it('listens on 127.0.0.1 only', () => expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u));

  it('serves the app with a strict CSP', async () => {
    const r = await request(host.port, { path: '/', headers: { host: `127.0.0.1:${host.port}` } });
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['content-security-policy']).toContain("object-src 'none'");
  });

  it('refuses other Host names (DNS rebinding)', async () => {
    const r = await request(host.port, {
      path: '/api/project.info',
      method: 'POST',
      headers: { host: 'evil.example:80', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(r.status).toBe(421);
  });

  it('refuses cross-origin API calls and non-JSON bodies', async () => {
    const h = { host: `127.0.0.1:${host.port}` };
    const cross = await request(host.port, {
      path: '/api/project.info',
      method: 'POST',
      headers: { ...h, origin: 'http://evil.example', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(cross.status).toBe(403);
    const form = await request(host.port, {
      path: '/api/project.info',
      method: 'POST',
      headers: { ...h, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const broken = await request(host.port, {
      path: '/api/project.info',
      method: 'POST',
      headers: { ...h, 'content-type': 'application/json' },
      body: '{nope',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.message).toBe('The request body is not valid JSON');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const r = await request(host.port, { path: p, headers: { host: `127.0.0.1:${host.port}` } });
      expect(r.status, p).toBe(404);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { WfsClient } from './client';
import { recorded } from './fixtures/recorded';
import type { HttpPort, HttpRequest } from './http-port';

const type = { name: 'bridges', namespace: 'http://www.qgis.org/gml' };
const reply =
  (status: number, body: string, contentType = 'text/xml'): HttpPort =>
  async () => ({ status, contentType, text: async () => body });
const client = (http: HttpPort, timeoutMs = 1000) =>
  new WfsClient({ url: 'http://gis.example/ows?MAP=/srv/roadgis.qgs&service=wms', http, timeoutMs });
const insert = {
  kind: 'insert' as const,
  handle: 'h1',
  type,
  geometryName: 'geometry',
  geometry: null,
  properties: {},
};

describe('WfsClient over an injected HTTP port', () => {
  it('builds KVP URLs on the configured endpoint, keeping its own parameters', async () => {
    const seen: HttpRequest[] = [];
    const http: HttpPort = async (r) => {
      seen.push(r);
      return { status: 200, contentType: 'text/xml', text: async () => recorded('capabilities.xml') };
    };
    const c = new WfsClient({
      url: 'http://gis.example/ows?MAP=/srv/roadgis.qgs&service=wms',
      http,
      authorization: () => 'Basic cm9hZDpnaXM=',
    });
    const caps = await c.getCapabilities();
    expect(caps.featureTypes).toHaveLength(4);
    const url = new URL(seen[0]!.url);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      MAP: '/srv/roadgis.qgs',
      SERVICE: 'WFS',
      VERSION: '1.1.0',
      REQUEST: 'GetCapabilities',
    });
    expect(seen[0]!.headers.Authorization).toBe('Basic cm9hZDpnaXM=');
  });

  it('posts a Transaction and returns outcomes matched by handle', async () => {
    let body = '';
    const http: HttpPort = async (r) => {
      body = r.body!;
      return { status: 200, contentType: 'text/xml', text: async () => recorded('transaction-insert.xml') };
    };
    const { outcomes } = await client(http).transaction([{ ...insert, handle: 'chg-1' }]);
    expect(body).toContain('<wfs:Insert handle="chg-1">');
    expect(outcomes).toEqual([{ handle: 'chg-1', kind: 'insert', status: 'inserted', fid: 'bridges.1' }]);
  });

  it('types every failure by code', async () => {
    const code = async (p: Promise<unknown>) =>
      p.then(
        () => 'no error',
        (e: { code: string; detail: { status?: number; exceptionCode?: string } }) =>
          [e.code, e.detail.status, e.detail.exceptionCode].filter((x) => x !== undefined).join(':'),
      );
    // Never answers: the client's own time limit aborts it.
    const stall: HttpPort = (r) =>
      new Promise((_, reject) => r.signal.addEventListener('abort', () => reject(new Error('aborted'))));
    expect(await code(client(stall, 50).transaction([insert]))).toBe('timeout');
    // Connection refused / dropped before an answer.
    const drop: HttpPort = async () => {
      throw new TypeError('fetch failed', { cause: new Error('ECONNRESET') });
    };
    expect(await code(client(drop).getCapabilities())).toBe('network');
    // Headers arrived, the body broke off.
    const cut: HttpPort = async () => ({
      status: 200,
      contentType: 'text/xml',
      text: async () => Promise.reject(new Error('terminated')),
    });
    expect(await code(client(cut).transaction([insert]))).toBe('network');
    // A body cut short that still arrived "complete".
    const half = recorded('transaction-mixed.xml');
    expect(await code(client(reply(200, half.slice(0, 300))).transaction([insert]))).toBe('malformed_answer');
    expect(await code(client(reply(502, '<html>Bad Gateway</html>', 'text/html')).getCapabilities())).toBe(
      'http_status:502',
    );
    expect(await code(client(reply(503, 'Service Unavailable', 'text/plain')).transaction([insert]))).toBe(
      'http_status:503',
    );
    expect(await code(client(reply(403, recorded('transaction-read-only.xml'))).transaction([insert]))).toBe(
      'server_exception:403:Security',
    );
    expect(await code(client(reply(200, recorded('getfeature-unknown-type.xml'))).getCapabilities())).toBe(
      'server_exception:200:RequestNotWellFormed',
    );
    const page = (body: string, status = 200) =>
      client(reply(status, body)).getFeaturePage({ type, outputFormat: 'application/json' }, 'geojson');
    expect(await code(page(recorded('getfeature-unknown-type.xml'), 400))).toBe(
      'server_exception:400:RequestNotWellFormed',
    );
    expect(await code(page(recorded('getfeature-unknown-type.xml'), 200))).toBe(
      'server_exception:200:RequestNotWellFormed',
    );
    expect(await code(page('{"type":"FeatureCollection","features":[', 200))).toBe('malformed_answer');
    const gml = (body: string) =>
      client(reply(200, body)).getFeaturePage({ type, outputFormat: 'text/xml; subtype=gml/3.1.1' }, 'gml3');
    expect(await code(gml(recorded('getfeature-unknown-type.xml')))).toBe(
      'server_exception:200:RequestNotWellFormed',
    );
    expect(await code(gml(recorded('getfeature-gml3.xml').slice(0, 2000)))).toBe('malformed_answer');
  });

  it('reads a GML page by POST', async () => {
    const page = await client(reply(200, recorded('getfeature-gml3.xml'))).getFeaturePage(
      { type, outputFormat: 'text/xml; subtype=gml/3.1.1', srsName: 'urn:ogc:def:crs:OGC:1.3:CRS84' },
      'gml3',
      { fieldTypes: { spans: 'int' } },
    );
    expect(page.features[0]!.properties.spans).toBe(3);
  });
});

describe('WfsClient retries', () => {
  it('sends a read again after a network error, never a Transaction', async () => {
    let calls = 0;
    const flaky: HttpPort = async () => {
      calls++;
      if (calls === 1) throw new TypeError('fetch failed', { cause: new Error('other side closed') });
      return { status: 200, contentType: 'text/xml', text: async () => recorded('capabilities.xml') };
    };
    await expect(client(flaky).getCapabilities()).resolves.toMatchObject({ version: '1.1.0' });
    expect(calls).toBe(2);
    calls = 0;
    const tx = client(flaky).transaction([insert]);
    await expect(tx).rejects.toMatchObject({ code: 'network' });
    expect(calls).toBe(1);
  });
});

describe('readPages', () => {
  it('asks for the next page before parsing the current one, and stops after a short page', async () => {
    const { readPages } = await import('./feature-reader');
    const page = recorded('getfeature-gml3.xml');
    const empty = page.replace(/<gml:featureMember>[\s\S]*<\/gml:featureMember>/, '');
    const starts: string[] = [];
    const http: HttpPort = async (r) => {
      const start = /startIndex="(\d+)"/.exec(r.body!)![1]!;
      starts.push(start);
      // Pages of one feature: two full pages, then an empty one.
      return { status: 200, contentType: 'text/xml', text: async () => (Number(start) < 2 ? page : empty) };
    };
    const seen: string[] = [];
    for await (const features of readPages(client(http), {
      type,
      outputFormat: 'text/xml; subtype=gml/3.1.1',
      format: 'gml3',
      sortProperty: 'id',
      pageSize: 1,
    })) {
      seen.push(...features.map((f) => f.fid));
      // By the time a page is handed out, the next one has been asked for.
      expect(starts.length).toBe(seen.length + 1);
    }
    expect(seen).toEqual(['bridges.1', 'bridges.1']);
    expect(starts).toEqual(['0', '1', '2', '3']);
  });
});

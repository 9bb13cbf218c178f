// The API contract, run over every transport: what a renderer or script sees is the same everywhere.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/temp';
import { ApiError } from '../../src/api/errors';
import { API, METHOD_NAMES } from '../../src/api/contract';
import type { Transport } from './transports';
import { TRANSPORTS } from './transports';
import { createHostService } from '../../src/main/services/host-service';
import { testPorts } from '../support/project';

const LINE = {
  type: 'LineString' as const,
  coordinates: [
    [107.93, 14.51],
    [107.95, 14.53],
  ] as [number, number][],
};
const POINT = { type: 'Point' as const, coordinates: [107.94, 14.52] as [number, number] };

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error('expected the call to fail');
}

describe.each(Object.keys(TRANSPORTS))('API over %s', (name) => {
  let t: Transport;
  beforeEach(async () => {
    t = await TRANSPORTS[name]!();
  });
  afterEach(async () => t.close());

  it('every method outputs what its schema promises', async () => {
    const dir = tempDir();
    const road = await t.client.call('features.create', {
      layer: 'roads',
      geometry: LINE,
      properties: { road_code: 'QL14', name: 'Quốc lộ 14' },
    });
    const outputs: Record<string, unknown> = {
      'project.info': await t.client.call('project.info', {}),
      'project.basemap': await t.client.call('project.basemap', {}),
      'features.list': await t.client.call('features.list', { layer: 'roads' }),
      'features.get': await t.client.call('features.get', { layer: 'roads', uid: road.id }),
      'features.update': await t.client.call('features.update', {
        layer: 'roads',
        uid: road.id,
        properties: { lanes: 2 },
      }),
      'history.state': await t.client.call('history.state', {}),
      'history.feature': await t.client.call('history.feature', { layer: 'roads', uid: road.id }),
      'history.undo': await t.client.call('history.undo', {}),
      'history.redo': await t.client.call('history.redo', {}),
      'crs.list': await t.client.call('crs.list', {}),
      'crs.transform': await t.client.call('crs.transform', {
        from: 'EPSG:4326',
        to: 'EPSG:9216',
        positions: [[108.0005, 14.3545]],
      }),
      'interchange.export': await t.client.call('interchange.export', {
        layer: 'roads',
        format: 'geojson',
        path: path.join(dir, 'roads.geojson'),
      }),
      'interchange.preview': await t.client.call('interchange.preview', {
        path: path.join(dir, 'roads.geojson'),
        layer: 'roads',
      }),
      'interchange.import': await t.client.call('interchange.import', {
        path: path.join(dir, 'roads.geojson'),
        layer: 'roads',
        jobId: '11111111-1111-4111-8111-111111111111',
      }),
      'interchange.openData': await t.client.call('interchange.openData', { dir }),
      'jobs.cancel': await t.client.call('jobs.cancel', { jobId: '11111111-1111-4111-8111-111111111111' }),
      'features.delete': await t.client.call('features.delete', { layer: 'roads', uid: road.id }),
      'features.create': road,
      'host.capabilities': await t.client.call('host.capabilities', {}),
      // These hosts have no dialog (see below); the output shape is checked on a host that has one.
      'host.chooseFile': await createHostService({
        ...testPorts(),
        chooseFile: async () => path.join(dir, 'duong.shp'),
      })['host.chooseFile']({ mode: 'open', title: 'Chọn tệp', extensions: ['shp'] }),
    };
    expect(Object.keys(outputs).sort()).toEqual([...METHOD_NAMES].sort());
    for (const [method, out] of Object.entries(outputs)) {
      const r = API[method as keyof typeof API].output.safeParse(out);
      expect(r.success, `${method}: ${r.error?.message}`).toBe(true);
    }
  });

  it('a host without a file dialog says so, and dialog requests are validated', async () => {
    expect(await t.client.call('host.capabilities', {})).toEqual({ fileDialog: false });
    const choice = { mode: 'open' as const, title: 'Chọn tệp', extensions: ['shp'] };
    expect((await failure(t.client.call('host.chooseFile', choice))).code).toBe('NOT_FOUND');
    const bad = await failure(
      t.client.call('host.chooseFile', { ...choice, mode: 'save', defaultName: '../../etc/passwd' }),
    );
    expect(bad.code).toBe('INVALID_INPUT');
    expect((await failure(t.client.call('host.chooseFile', { ...choice, extensions: ['*.shp'] }))).code).toBe(
      'INVALID_INPUT',
    );
  });

  it('creates, reads, updates and deletes with uid identity and normalised road codes', async () => {
    const road = await t.client.call('features.create', {
      layer: 'roads',
      geometry: LINE,
      properties: { road_code: 'Quốc lộ 14', lanes: 2 },
    });
    expect(road.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
    expect(road.properties).toMatchObject({
      road_code: 'QL.14',
      road_code_raw: 'Quốc lộ 14',
      lanes: 2,
      created_by: 'kỹ sư Nguyễn Văn A',
    });
    expect(road.properties.length_m as number).toBeGreaterThan(3000);
    const bridge = await t.client.call('features.create', {
      layer: 'bridges',
      geometry: POINT,
      properties: { name: 'Cầu Đắk Psi', route_code: 'QL.14' },
    });
    expect(bridge.properties.chainage_m as number).toBeGreaterThan(0);
    const updated = await t.client.call('features.update', {
      layer: 'bridges',
      uid: bridge.id,
      properties: { spans: 4 },
    });
    expect(updated.properties).toMatchObject({
      spans: 4,
      name: 'Cầu Đắk Psi',
      chainage_m: bridge.properties.chainage_m,
    });
    await t.client.call('features.delete', { layer: 'bridges', uid: bridge.id });
    const gone = await failure(t.client.call('features.get', { layer: 'bridges', uid: bridge.id }));
    expect(gone.code).toBe('NOT_FOUND');
  });

  it('undo and redo walk the change log; history says who changed what, old → new', async () => {
    const c = await t.client.call('features.create', {
      layer: 'culverts',
      geometry: POINT,
      properties: { code: 'C-1', aperture: 'D75' },
    });
    await t.client.call('features.update', {
      layer: 'culverts',
      uid: c.id,
      properties: { aperture: 'D100' },
    });
    expect((await t.client.call('history.state', {})).undo).toEqual({
      code: 'feature.update',
      params: { layer: 'culverts' },
      text: 'Edit culvert',
    });
    await t.client.call('history.undo', {});
    expect((await t.client.call('features.get', { layer: 'culverts', uid: c.id })).properties.aperture).toBe(
      'D75',
    );
    await t.client.call('history.undo', {});
    expect((await failure(t.client.call('features.get', { layer: 'culverts', uid: c.id }))).code).toBe(
      'NOT_FOUND',
    );
    await t.client.call('history.redo', {});
    await t.client.call('history.redo', {});
    expect((await t.client.call('features.get', { layer: 'culverts', uid: c.id })).properties.aperture).toBe(
      'D100',
    );
    const state = await t.client.call('history.state', {});
    expect(state).toMatchObject({ canUndo: true, canRedo: false });
    expect((await failure(t.client.call('history.redo', {}))).code).toBe('CONFLICT');

    const history = await t.client.call('history.feature', { layer: 'culverts', uid: c.id });
    expect(history.map((h) => [h.op, h.kind])).toEqual([
      ['insert', 'edit'],
      ['update', 'edit'],
      ['update', 'undo'],
      ['delete', 'undo'],
      ['insert', 'redo'],
      ['update', 'redo'],
    ]);
    expect(history[1]!.changes).toEqual([{ field: 'aperture', before: 'D75', after: 'D100' }]);
    expect(history[1]!.author).toBe('kỹ sư Nguyễn Văn A');
  });

  describe('invalid input gets a clear error and changes nothing', () => {
    const bad: Array<[string, string, unknown, RegExp]> = [
      ['unknown method', 'features.explode', {}, /no method "features.explode"/u],
      ['unknown layer', 'features.list', { layer: 'tunnels' }, /layer/u],
      ['not a uuid', 'features.get', { layer: 'roads', uid: '42' }, /uid must be a UUID/u],
      [
        'longitude out of range',
        'features.create',
        { layer: 'bridges', geometry: { type: 'Point', coordinates: [190, 14] } },
        /geometry\.coordinates\.0/u,
      ],
      [
        'one-vertex line',
        'features.create',
        { layer: 'roads', geometry: { type: 'LineString', coordinates: [[108, 14]] } },
        /at least two vertices/u,
      ],
      [
        'point on the roads layer',
        'features.create',
        { layer: 'roads', geometry: POINT },
        /roads are lines; this is a Point/u,
      ],
      [
        'unknown attribute',
        'features.create',
        { layer: 'bridges', geometry: POINT, properties: { colour: 'red' } },
        /bridges have no field "colour"/u,
      ],
      [
        'wrong type',
        'features.create',
        { layer: 'bridges', geometry: POINT, properties: { spans: 'three' } },
        /properties\.spans/u,
      ],
      [
        'negative width',
        'features.create',
        { layer: 'roads', geometry: LINE, properties: { width_m: -3 } },
        /properties\.width_m/u,
      ],
      [
        'unknown coded value',
        'features.create',
        { layer: 'roads', geometry: LINE, properties: { surface_type: 'gold' } },
        /properties\.surface_type/u,
      ],
      [
        'unrecognised road code',
        'features.create',
        { layer: 'roads', geometry: LINE, properties: { road_code: 'XY-12' } },
        /not a road number/u,
      ],
      ['extra top-level key', 'features.list', { layer: 'roads', limit: 5 }, /limit/u],
      [
        'NaN coordinate',
        'crs.transform',
        { from: 'EPSG:4326', to: 'EPSG:9216', positions: [['x', 1]] },
        /positions/u,
      ],
      [
        'unknown CRS',
        'crs.transform',
        { from: 'EPSG:4326', to: 'EPSG:1234', positions: [[108, 14]] },
        /Unknown CRS "EPSG:1234"/u,
      ],
      [
        'relative export path',
        'interchange.export',
        { layer: 'roads', format: 'shp', path: 'roads.shp' },
        /must be an absolute path/u,
      ],
      [
        'unknown export format',
        'interchange.export',
        { layer: 'roads', format: 'dxf', path: '/tmp/x.dxf' },
        /format/u,
      ],
      [
        'import of a missing file',
        'interchange.import',
        { layer: 'roads', path: '/nonexistent/roads.shp' },
        /roads\.shp: not found/u,
      ],
      [
        'import of an unknown kind of file',
        'interchange.preview',
        { layer: 'roads', path: '/etc/hostname' },
        /cannot import this kind of file/u,
      ],
      [
        'update of a missing feature',
        'features.update',
        { layer: 'roads', uid: '00000000-0000-4000-8000-000000000000', properties: {} },
        /No roads feature has uid/u,
      ],
    ];
    // Edits are checked like imported rows (issue 13): the same rules, the same coded reasons.
    const asImport: Array<[string, unknown, string]> = [
      [
        'a bridge at 0,0',
        { layer: 'bridges', geometry: { type: 'Point', coordinates: [0, 0] } },
        'outside_vietnam',
      ],
      [
        'a bridge in New York',
        { layer: 'bridges', geometry: { type: 'Point', coordinates: [-74.0, 40.7] } },
        'outside_vietnam',
      ],
      [
        'a culvert at the South Pole',
        { layer: 'culverts', geometry: { type: 'Point', coordinates: [0, -90] } },
        'outside_vietnam',
      ],
      [
        'a zero-length road',
        {
          layer: 'roads',
          geometry: {
            type: 'LineString',
            coordinates: [
              [108, 14],
              [108, 14],
            ],
          },
        },
        'degenerate_line',
      ],
      [
        'a road far from the project zone (Kon Tum, 107.5°E) in Điện Biên',
        {
          layer: 'roads',
          geometry: {
            type: 'LineString',
            coordinates: [
              [103.0, 21.38],
              [103.02, 21.39],
            ],
          },
        },
        'far_from_zone',
      ],
      ['a lanes count of 2.5', { layer: 'roads', geometry: LINE, properties: { lanes: 2.5 } }, 'not_integer'],
    ];
    it.each(asImport)('%s is refused with the code an import gives', async (_label, input, code) => {
      const before = await t.client.call('project.info', {});
      const err = await failure(
        (t.client.call as (m: string, i: unknown) => Promise<unknown>)('features.create', input),
      );
      expect(err.code).toBe('INVALID_INPUT');
      expect(err.detail?.code).toBe(code);
      expect(await t.client.call('project.info', {})).toEqual(before);
    });

    it.each(bad)('%s', async (_label, method, input, message) => {
      const before = await t.client.call('project.info', {});
      const journalBefore = fs.statSync(`${t.services.file}.journal`).size;
      const err = await failure(
        (t.client.call as (m: string, i: unknown) => Promise<unknown>)(method, input),
      );
      expect(['INVALID_INPUT', 'UNKNOWN_METHOD', 'NOT_FOUND']).toContain(err.code);
      expect(`${err.message} ${JSON.stringify(err.issues ?? [])}`).toMatch(message);
      expect(await t.client.call('project.info', {})).toEqual(before);
      expect(fs.statSync(`${t.services.file}.journal`).size).toBe(journalBefore);
    });
  });
});

describe('long imports and exports report progress and can be cancelled', () => {
  it('cancelling lands nothing and writes nothing', async () => {
    const t = await TRANSPORTS.dispatch!();
    try {
      const file = path.join(tempDir(), 'nhieu-cong.geojson');
      fs.writeFileSync(
        file,
        JSON.stringify({
          type: 'FeatureCollection',
          features: Array.from({ length: 6000 }, (_, i) => ({
            type: 'Feature',
            properties: { ma: `C-${i}` },
            geometry: { type: 'Point', coordinates: [107.9 + i * 1e-5, 14.4] },
          })),
        }),
      );
      const jobId = '22222222-2222-4222-8222-222222222222';
      const progress: number[] = [];
      t.client.onEvent('job.progress', (p) => p.jobId === jobId && progress.push(p.done));
      const running = t.client.call('interchange.import', { path: file, layer: 'culverts', jobId });
      await new Promise((r) => setImmediate(r));
      expect(await t.client.call('jobs.cancel', { jobId })).toEqual({ cancelled: true });
      const err = await failure(running);
      expect([err.code, err.detail?.code]).toEqual(['CANCELLED', 'cancelled']);
      expect(err.message).toBe('Import cancelled: nothing was imported');
      expect((await t.client.call('project.info', {})).layers.find((l) => l.name === 'culverts')!.count).toBe(
        0,
      );
      expect(progress.length).toBeGreaterThan(0);
      const done = await t.client.call('interchange.import', { path: file, layer: 'culverts', jobId });
      expect(done.imported).toBe(6000);
      expect(progress.at(-1)).toBe(6000);

      // Exports too, in every format: a cancel stops between pages and leaves no file (nor a .tmp) behind.
      const exportJob = '44444444-4444-4444-8444-444444444444';
      const exported: number[] = [];
      t.client.onEvent('job.progress', (p) => p.jobId === exportJob && exported.push(p.done));
      for (const format of ['shp', 'gpkg', 'geojson', 'csv'] as const) {
        const dir = tempDir();
        const out = path.join(dir, `cong.${format}`);
        const request = { layer: 'culverts' as const, format, path: out, jobId: exportJob };
        const stopped = t.client.call('interchange.export', request);
        await new Promise((r) => setImmediate(r));
        expect(await t.client.call('jobs.cancel', { jobId: exportJob })).toEqual({ cancelled: true });
        const why = await failure(stopped);
        expect([why.code, why.detail?.code, why.message]).toEqual([
          'CANCELLED',
          'export_cancelled',
          'Export cancelled: no file was written',
        ]);
        expect(fs.readdirSync(dir)).toEqual([]);
        exported.length = 0;
        expect((await t.client.call('interchange.export', request)).count).toBe(6000);
        expect(exported.at(-1)).toBe(6000);
        expect(exported.length).toBeGreaterThan(1);
      }
      // A cancel that overtakes its call (the close button right after "Export") still stops the job.
      const early = '55555555-5555-4555-8555-555555555555';
      expect(await t.client.call('jobs.cancel', { jobId: early })).toEqual({ cancelled: false });
      const out = path.join(tempDir(), 'cong.xlsx');
      const late = await failure(
        t.client.call('interchange.export', { layer: 'culverts', format: 'xlsx', path: out, jobId: early }),
      );
      expect(late.code).toBe('CANCELLED');
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      await t.close();
    }
  });
});

// Imports big enough for a worker thread: the same features land as when prepared inline, errors and rejected
// rows come back as the same API errors, and cancelling stops the worker with nothing imported.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../src/api/errors';
import type { Feature } from '../../src/api/contract';
import { transformPosition } from '../../src/domain/location/transform';
import { projectedLength } from '../../src/domain/location/route-measure';
import { newProject } from '../support/project';
import { ogr2ogr } from '../support/gdal';
import { tempDir } from '../support/temp';

const N = 2500;

/** N roads in VN-2000 / TM-3 107°30' (EPSG:9216) written by ogr2ogr, the project's own working CRS. */
function roadsShapefile(bad: { row: number; lanes: string } | null = null): string {
  const dir = tempDir();
  const src = path.join(dir, 'src.geojson');
  fs.writeFileSync(
    src,
    JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: N }, (_, i) => ({
        type: 'Feature',
        properties: {
          so_hieu: `ĐH.${i}`,
          ten_duong: `Đường liên xã số ${i} — thôn Kon Klor`,
          so_lan: bad && i === bad.row ? bad.lanes : String(1 + (i % 4)),
          be_rong: 3.5 + (i % 5),
        },
        geometry: {
          type: 'LineString',
          coordinates: Array.from({ length: 12 }, (_, k) =>
            transformPosition(
              [107.6 + (i % 50) * 0.01 + k * 0.001, 14.1 + i * 1e-4 + k * 5e-4],
              'EPSG:4326',
              'EPSG:9216',
            ),
          ),
        },
      })),
    }),
  );
  const out = path.join(dir, 'duong.shp');
  ogr2ogr('-f', 'ESRI Shapefile', out, src, '-a_srs', 'EPSG:9216', '-lco', 'ENCODING=UTF-8');
  return out;
}

const MAPPING = { so_hieu: 'road_code', ten_duong: 'name', so_lan: 'lanes', be_rong: 'width_m' };
const ROADS = { layer: 'roads', mapping: MAPPING, skipInvalid: false } as const;

/** What must not depend on where rows were prepared: everything but the uid and the clock. */
function comparable(features: Feature[]) {
  return features
    .map((f) => {
      const { created_at: _c, updated_at: _u, uid: _id, ...rest } = f.properties;
      return { geometry: f.geometry, properties: rest };
    })
    .sort((a, b) => String(a.properties.name).localeCompare(String(b.properties.name)));
}

async function caught(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected the call to fail');
}

describe('imports in a worker thread', () => {
  it('land exactly the features an inline import lands, measured in the project CRS', async () => {
    const shp = roadsShapefile();
    const inWorker = await newProject('worker.gpkg', { workerJobs: 'always' });
    const inline = await newProject('inline.gpkg', { workerJobs: 'never' });
    try {
      const a = await inWorker.handlers['interchange.import']({
        path: shp,
        ...ROADS,
      });
      const b = await inline.handlers['interchange.import']({ path: shp, ...ROADS });
      expect(a.imported).toBe(N);
      expect({ ...a, rejected: a.rejected.length }).toEqual({ ...b, rejected: b.rejected.length });
      const fa = (await inWorker.handlers['features.list']({ layer: 'roads' })).features;
      const fb = (await inline.handlers['features.list']({ layer: 'roads' })).features;
      expect(comparable(fa)).toEqual(comparable(fb));
      expect(new Set(fa.map((f) => f.id)).size).toBe(N);
      const road = fa.find((f) => f.properties.road_code === 'ĐH.17')!;
      expect(road.properties).toMatchObject({
        name: 'Đường liên xã số 17 — thôn Kon Klor',
        lanes: 2,
        width_m: 5.5,
      });
      // Measured on the file's own VN-2000 coordinates; the same line measured through WGS 84 agrees.
      expect(
        Math.abs(Number(road.properties.length_m) - projectedLength(road.geometry, 'EPSG:9216')!),
      ).toBeLessThanOrEqual(0.02);
      // One transaction: one undo takes the whole import back.
      await inWorker.handlers['history.undo']({});
      expect((await inWorker.handlers['features.list']({ layer: 'roads' })).features).toHaveLength(0);
    } finally {
      await inWorker.store.close();
      await inline.store.close();
    }
  });

  it.each(['gpkg', 'geojson', 'csv'] as const)(
    'land a %s the same in a worker as inline (each reader runs on the worker thread)',
    async (format) => {
      const shp = roadsShapefile();
      const out = shp.replace(/\.shp$/u, `.${format}`);
      if (format === 'csv') ogr2ogr('-f', 'CSV', out, shp, '-lco', 'GEOMETRY=AS_WKT');
      else ogr2ogr('-f', format === 'gpkg' ? 'GPKG' : 'GeoJSON', out, shp, '-t_srs', 'EPSG:4326');
      const lists = [];
      for (const workerJobs of ['always', 'never'] as const) {
        const p = await newProject(`${format}-${workerJobs}.gpkg`, { workerJobs });
        const r = await p.handlers['interchange.import']({
          path: out,
          ...ROADS,
          ...(format === 'csv' ? { crs: 'EPSG:9216' } : {}),
        });
        expect(r.imported).toBe(N);
        lists.push(comparable((await p.handlers['features.list']({ layer: 'roads' })).features));
        await p.store.close();
      }
      expect(lists[0]).toEqual(lists[1]);
    },
  );

  it('preview the same in a worker as inline: counts, samples, mapping, rejected rows, map sample', async () => {
    const shp = roadsShapefile({ row: 7, lanes: 'hai' });
    const previews = [];
    for (const workerJobs of ['always', 'never'] as const) {
      const p = await newProject(`preview-${workerJobs}.gpkg`, { workerJobs });
      previews.push(await p.handlers['interchange.preview']({ path: shp, layer: 'roads', mapping: MAPPING }));
      await p.store.close();
    }
    expect(previews[0]).toEqual(previews[1]);
    expect(previews[0]).toMatchObject({ total: N, valid: N - 1, crs: 'EPSG:9216' });
    expect(previews[0]!.rejected).toMatchObject([{ row: 8, field: 'so_lan' }]);
    expect(previews[0]!.sample.features).toHaveLength(200);
    expect(previews[0]!.fields.find((f) => f.name === 'ten_duong')!.samples[0]).toBe(
      'Đường liên xã số 0 — thôn Kon Klor',
    );
  });

  it('report a bad file with the same error as inline, and change nothing', async () => {
    const shp = roadsShapefile();
    fs.truncateSync(shp, 5000);
    const errors: ApiError[] = [];
    for (const workerJobs of ['always', 'never'] as const) {
      const p = await newProject(`${workerJobs}.gpkg`, { workerJobs });
      errors.push(await caught(p.handlers['interchange.import']({ path: shp, ...ROADS })));
      expect((await p.handlers['project.info']({})).lastSeq).toBe(0);
      await p.store.close();
    }
    expect(errors[0]!.code).toBe('INVALID_INPUT');
    expect(errors[0]!.detail).toBeDefined();
    expect(errors[0]!.toBody()).toEqual(errors[1]!.toBody());
  });

  it('reject the whole file for one bad row, and report every bad row', async () => {
    const shp = roadsShapefile({ row: 2200, lanes: 'hai' });
    const p = await newProject('rejected.gpkg', { workerJobs: 'always' });
    try {
      const report = path.join(tempDir(), 'rejected.csv');
      const err = await caught(p.handlers['interchange.import']({ path: shp, ...ROADS, reportPath: report }));
      expect(err.code).toBe('INVALID_INPUT');
      expect(err.issues?.[0]?.path).toBe('duong.shp:2201:so_lan');
      expect(fs.readFileSync(report, 'utf8')).toMatch(/duong\.shp,2201,so_lan,/u);
      expect((await p.handlers['features.list']({ layer: 'roads' })).features).toHaveLength(0);
      const skipped = await p.handlers['interchange.import']({
        path: shp,
        ...ROADS,
        skipInvalid: true,
      });
      expect([skipped.imported, skipped.rejected.length]).toEqual([N - 1, 1]);
    } finally {
      await p.store.close();
    }
  });

  it('stop when cancelled, with nothing imported, and let the next import run', async () => {
    const shp = roadsShapefile();
    const p = await newProject('cancel.gpkg', { workerJobs: 'always' });
    try {
      const jobId = '33333333-3333-4333-8333-333333333333';
      const cancelled = new Promise<void>((resolve) => {
        p.events.on('job.progress', (e) => {
          if (e.jobId !== jobId || e.done === 0) return;
          void p.handlers['jobs.cancel']({ jobId }).then(() => resolve());
        });
      });
      const running = p.handlers['interchange.import']({
        path: shp,
        ...ROADS,
        jobId,
      });
      await cancelled;
      const err = await caught(running);
      expect(err.message).toMatch(/cancelled: nothing was imported/u);
      expect((await p.handlers['project.info']({})).lastSeq).toBe(0);
      expect((await p.handlers['features.list']({ layer: 'roads' })).features).toHaveLength(0);
      const again = await p.handlers['interchange.import']({ path: shp, ...ROADS });
      expect(again.imported).toBe(N);
    } finally {
      await p.store.close();
    }
  });
});

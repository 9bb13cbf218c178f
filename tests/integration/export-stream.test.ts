// A streamed export that fails part-way (here the shapefile size limit) stops cleanly: nothing is left on disk,
// the reprojection worker is stopped, and the pages still in flight do not surface as unhandled rejections
// (vitest fails a run that has any).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ShapefileLimitError, writeShapefile } from '../../src/main/io/shapefile/write-shapefile';
import { reprojectInWorker } from '../../src/main/jobs/reproject/reprojector';
import { exportStream } from '../../src/main/services/export-data';
import { exportLayer } from '../../src/main/services/interchange-export';
import { newProject, testPorts } from '../support/project';
import { tempDir } from '../support/temp';

describe('a streamed export that fails part-way', () => {
  it('leaves no file behind and no page in flight', async () => {
    const p = await newProject();
    try {
      const src = path.join(tempDir(), 'cong.geojson');
      fs.writeFileSync(
        src,
        JSON.stringify({
          type: 'FeatureCollection',
          features: Array.from({ length: 9000 }, (_, i) => ({
            type: 'Feature',
            properties: { ma: `C-${i}` },
            geometry: {
              type: 'Point',
              coordinates: [107.6 + (i % 100) * 1e-3, 14.3 + Math.floor(i / 100) * 1e-3],
            },
          })),
        }),
      );
      await p.handlers['interchange.import']({ path: src, layer: 'culverts', skipInvalid: false });
      const out = path.join(tempDir(), 'cong.shp');
      const reprojector = reprojectInWorker('EPSG:4326', 'EPSG:9216');
      try {
        const stream = exportStream(p.store, { layer: 'culverts', crs: 'EPSG:9216' }, reprojector);
        // A limit the first page passes and the second does not, while later pages are being reprojected.
        await expect(writeShapefile(out, stream, 1, 100 + 2500 * 28)).rejects.toBeInstanceOf(
          ShapefileLimitError,
        );
      } finally {
        await reprojector.close();
      }
      expect(fs.readdirSync(path.dirname(out))).toEqual([]);
      await new Promise((r) => setTimeout(r, 50)); // let any rejection of an abandoned page surface
    } finally {
      await p.store.close();
    }
  });
});

describe('a cancel that arrives while the writer finishes its file', () => {
  it.each(['xlsx', 'shp'] as const)('leaves no %s behind and answers cancelled', async (format) => {
    const p = await newProject();
    try {
      for (let i = 0; i < 3; i++)
        await p.handlers['features.create']({
          layer: 'culverts',
          geometry: { type: 'Point', coordinates: [107.9 + i * 1e-3, 14.4] },
          properties: { code: `C-${i}` },
        });
      const out = path.join(tempDir(), `cong.${format}`);
      // Asked before the one page and after the last: not cancelled then; cancelled once the pages are all read
      // and the writer is finishing its file.
      let asked = 0;
      const watch = { read: () => {}, cancelled: () => ++asked > 2 };
      await expect(
        exportLayer(p.store, testPorts(), { layer: 'culverts', format, path: out }, watch),
      ).rejects.toMatchObject({ kind: 'cancelled', code: 'export_cancelled' });
      expect(fs.readdirSync(path.dirname(out))).toEqual([]);
    } finally {
      await p.store.close();
    }
  });
});

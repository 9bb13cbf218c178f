// The roadgis command line as scripts use it: exit codes 0 / 1 / 2 and messages that say what to do.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/main/hosts/cli/main';
import { tempDir } from '../support/temp';
import { testPorts } from '../support/project';
import { ogrinfo } from '../support/gdal';
import { buildSample } from '../../scripts/build-sample';
import { openProjectClient } from '../../src/main/hosts/in-process-client';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('roadgis CLI', () => {
  it('help and usage errors', async () => {
    expect((await cli('help')).out).toMatch(/roadgis import FILE --project/u);
    const bad = await cli('frobnicate');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown command "frobnicate"[\s\S]*roadgis help/u);
    expect((await cli('new', 'x.gpkg')).code).toBe(2);
    expect((await cli('info', '--nope')).code).toBe(2);
  });

  it('new → import (dry run, then real) → export → info, with a failing import exiting 1', async () => {
    const dir = tempDir();
    const project = path.join(dir, 'qn.gpkg');
    const created = await cli('new', project, '--province', 'Quảng Ngãi', '--scheme', '34');
    expect(created).toMatchObject({ code: 0 });
    expect(created.out).toMatch(/EPSG:5898/u);

    const src = path.join(dir, 'cau.geojson');
    fs.writeFileSync(
      src,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { uid: '5b0c8f3e-2f7a-4d0e-9a51-3c1f0b6e7d21', ten_cau: 'Cầu Trà Khúc', so_nhip: 12 },
            geometry: { type: 'Point', coordinates: [108.79, 15.13] },
          },
          {
            type: 'Feature',
            properties: { ten_cau: 'Cầu lỗi', so_nhip: 'mười' },
            geometry: { type: 'Point', coordinates: [108.8, 15.14] },
          },
        ],
      }),
    );
    const importBridges = [
      'import',
      src,
      '--project',
      project,
      '--layer',
      'bridges',
      '--map',
      'ten_cau=name',
      '--map',
      'so_nhip=spans',
    ];
    const dry = await cli(...importBridges, '--dry-run');
    expect(dry.code).toBe(1);
    expect(dry.out).toMatch(/2 rows, 1 valid, CRS EPSG:4326/u);
    expect(dry.out).toMatch(/uid → \(kept as each feature’s identity/u);
    expect(dry.err).toMatch(/row 2, so_nhip: "mười" is not a number/u);

    const refused = await cli(...importBridges);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/1 row\(s\) of cau\.geojson cannot be imported; nothing was imported/u);

    const ok = await cli(...importBridges, '--skip-invalid');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Imported 1 feature\(s\) into bridges/u);

    const out = path.join(dir, 'cau.shp');
    expect((await cli('export', out, '--project', project, '--layer', 'bridges')).code).toBe(0);
    expect(fs.existsSync(out.replace('.shp', '.prj'))).toBe(true);
    expect(fs.readFileSync(out.replace('.shp', '.prj'), 'utf8')).toContain('VN_2000_TM-3_zone_491');
    expect((await cli('export', out, '--project', project, '--layer', 'bridges')).code).toBe(1); // exists, no --overwrite

    const gj = path.join(dir, 'cau.geojson.out.geojson');
    expect((await cli('export', gj, '--project', project, '--layer', 'bridges')).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(gj, 'utf8')).features[0].properties.uid).toBe(
      '5b0c8f3e-2f7a-4d0e-9a51-3c1f0b6e7d21',
    );

    const info = JSON.parse((await cli('info', project, '--json')).out);
    expect(info.layers.find((l: { name: string }) => l.name === 'bridges').count).toBe(1);
    const list = await cli('info', project);
    expect(list.out).toMatch(/bridges\s+1 features/u);
  });

  it('export --where types the value by its field, refuses an unknown field, and writes into an existing folder', async () => {
    const dir = tempDir();
    const project = path.join(dir, 'kt.gpkg');
    await buildSample(project, path.join(dir, 'basemap.geojson'));
    const opened = await openProjectClient(project, testPorts());
    const roads = (await opened.client.call('features.list', { layer: 'roads' })).features;
    await opened.close();
    const twoLanes = roads.filter((f) => f.properties.lanes === 2).length;
    expect(twoLanes).toBeGreaterThan(0);
    expect(twoLanes).toBeLessThan(roads.length);

    const out = path.join(dir, 'hai-lan.geojson');
    const typed = await cli('export', out, '--project', project, '--layer', 'roads', '--where', 'lanes=2');
    expect(typed.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).features).toHaveLength(twoLanes);

    const unknown = path.join(dir, 'x.geojson');
    const bad = await cli('export', unknown, '--project', project, '--layer', 'roads', '--where', 'lane=2');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/"lane", which is not a field of this layer \(fields: .*\blanes\b/u);
    expect(fs.existsSync(unknown)).toBe(false);

    const folder = path.join(dir, 'shp');
    fs.mkdirSync(folder);
    const intoFolder = await cli('export', folder, '--project', project, '--layer', 'bridges');
    expect(intoFolder.code).toBe(0);
    expect(ogrinfo('-so', path.join(folder, 'bridges.shp'), 'bridges')).toMatch(/Feature Count: 57\b/u);
  });

  it('fails with exit code 1 and a clear message when the project is missing', async () => {
    const r = await cli('info', '/nonexistent/p.gpkg');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\/nonexistent\/p\.gpkg does not exist/u);
  });

  it('the installed command (bin/roadgis.mjs, the build when there is one) imports in its worker thread', () => {
    const dir = tempDir();
    const project = path.join(dir, 'kt.gpkg');
    const src = path.join(dir, 'cong.geojson');
    fs.writeFileSync(
      src,
      JSON.stringify({
        type: 'FeatureCollection',
        features: Array.from({ length: 30 }, (_, i) => ({
          type: 'Feature',
          properties: { ma: `C-${i}`, ten: `Cống Đắk Bla ${i}` },
          geometry: { type: 'Point', coordinates: [107.9 + i * 1e-3, 14.4] },
        })),
      }),
    );
    const bin = path.resolve(import.meta.dirname, '../../bin/roadgis.mjs');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, ...args], {
        encoding: 'utf8',
        env: { ...process.env, ROADGIS_WORKER_JOBS: 'always' },
      });
    expect(run('new', project, '--province', 'Kon Tum').status).toBe(0);
    const imported = run('import', src, '--project', project, '--layer', 'culverts', '--map', 'ma=code');
    expect([imported.status, imported.stderr]).toEqual([0, '']);
    expect(imported.stdout).toMatch(/Imported 30 feature\(s\) into culverts from cong\.geojson/u);
    const bad = spawnSync(process.execPath, [bin, 'info', project], {
      encoding: 'utf8',
      env: { ...process.env, ROADGIS_WORKER_JOBS: 'sometimes' },
    });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/ROADGIS_WORKER_JOBS must be auto, always or never/u);
  });
});

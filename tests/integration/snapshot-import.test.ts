// Large imports are committed by writing the project file itself (no journal line): all or nothing, whether the
// write fails or the process is killed at any point of it.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createServices } from '../../src/main/services/create-services';
import { ProjectStore } from '../../src/main/store/project-store';
import type { FeatureState } from '../../src/domain/changes/change';
import { randomUUID } from 'node:crypto';
import { newProject, reopen, testPorts, valueInFile } from '../support/project';
import { ogrinfo, validateGpkg } from '../support/gdal';
import { tempDir } from '../support/temp';

const N = 1200;

function culvertsFile(n = N): string {
  const file = path.join(tempDir(), 'cong.geojson');
  fs.writeFileSync(
    file,
    JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: n }, (_, i) => ({
        type: 'Feature',
        properties: { ma: `C-${i}` },
        geometry: { type: 'Point', coordinates: [107.6 + i * 1e-4, 14.3] },
      })),
    }),
  );
  return file;
}

/** The feature's state as stored now. */
function storedState(p: { store: ProjectStore }, uid: string): [FeatureState] {
  return [p.store.read.feature('culverts', uid)!];
}

async function count(file: string): Promise<number> {
  const p = await reopen(file);
  const n = (await p.handlers['project.info']({})).layers.find((l) => l.name === 'culverts')!.count;
  await p.store.close();
  return n;
}

describe('snapshot-committed imports', () => {
  it('land whole, with no journal line, and undo as one change', async () => {
    const p = await newProject();
    await p.handlers['features.create']({
      layer: 'culverts',
      geometry: { type: 'Point', coordinates: [107.5, 14.2] },
      properties: { code: 'before' },
    });
    const r = await p.handlers['interchange.import']({
      path: culvertsFile(),
      layer: 'culverts',
      skipInvalid: false,
    });
    expect(r.imported).toBe(N);
    expect(fs.statSync(`${p.file}.journal`).size).toBe(0);
    // The file on disk holds the import right away (it was written by the commit itself).
    expect(ogrinfo('-ro', '-so', p.file, 'culverts')).toMatch(new RegExp(`Feature Count: ${N + 1}`, 'u'));
    expect(validateGpkg(p.file)).toEqual({ ok: true, output: '' });
    await p.handlers['history.undo']({});
    expect((await p.handlers['project.info']({})).layers.find((l) => l.name === 'culverts')!.count).toBe(1);
    await p.store.close();
    expect(validateGpkg(p.file).ok).toBe(true);
  });

  it('record imported features by reference yet give history, undo and redo their full states', async () => {
    const p = await newProject();
    await p.handlers['interchange.import']({ path: culvertsFile(), layer: 'culverts', skipInvalid: false });
    const stored = await valueInFile(
      p.file,
      "SELECT count(*) FROM roadgis_changes WHERE op = 'insert' AND after_json IS NULL",
    );
    expect(Number(stored)).toBe(N); // no JSON copy of each imported feature
    const list = await p.handlers['features.list']({ layer: 'culverts' });
    const edited = list.features.find((f) => f.properties.code === 'C-7')!;
    await p.handlers['features.update']({ layer: 'culverts', uid: edited.id, properties: { code: 'C-7b' } });
    // The import's after-state of C-7 resolves to the state the later edit started from.
    const history = await p.handlers['history.feature']({ layer: 'culverts', uid: edited.id });
    expect(history.map((h) => [h.op, h.kind])).toEqual([
      ['insert', 'import'],
      ['update', 'edit'],
    ]);
    expect(history[0]!.changes).toContainEqual({ field: 'code', before: null, after: 'C-7' });
    expect(history[1]!.changes).toEqual([{ field: 'code', before: 'C-7', after: 'C-7b' }]);
    await p.handlers['history.undo']({}); // the edit
    await p.handlers['history.undo']({}); // the import
    expect((await p.handlers['features.list']({ layer: 'culverts' })).features).toHaveLength(0);
    await p.handlers['history.redo']({});
    const redone = await p.handlers['features.list']({ layer: 'culverts' });
    expect(redone.features).toHaveLength(N);
    expect(redone.features.find((f) => f.id === edited.id)).toEqual(edited);
    await p.store.close();
    const again = await reopen(p.file);
    expect((await again.handlers['features.list']({ layer: 'culverts' })).features).toEqual(redone.features);
    await again.store.close();
  });

  it('edits made while an import is landing wait for it and stay a separate change', async () => {
    for (const workerJobs of ['always', 'never'] as const) {
      const p = await newProject(`queue-${workerJobs}.gpkg`, { workerJobs });
      const importing = p.handlers['interchange.import']({
        path: culvertsFile(),
        layer: 'culverts',
        skipInvalid: false,
      });
      const editing = p.handlers['features.create']({
        layer: 'culverts',
        geometry: { type: 'Point', coordinates: [107.5, 14.2] },
        properties: { code: 'during' },
      });
      const [imported, created] = await Promise.all([importing, editing]);
      expect(imported.imported).toBe(N);
      // The edit came second: undo takes it back first, then the whole import.
      expect((await p.handlers['history.state']({})).undo?.code).toBe('feature.create');
      await p.handlers['history.undo']({});
      const left = (await p.handlers['features.list']({ layer: 'culverts' })).features;
      expect([left.length, left.some((f) => f.id === created.id)]).toEqual([N, false]);
      expect((await p.handlers['history.state']({})).undo).toMatchObject({
        code: 'import',
        params: { count: N, layer: 'culverts', file: 'cong.geojson' },
      });
      await p.store.close();
    }
  });

  it('an import that fails half-way leaves the spatial index and its trigger working', async () => {
    const p = await newProject();
    const file = culvertsFile(4500);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    json.features[4499].geometry = null; // rejected after two batches of 2 000 were written
    fs.writeFileSync(file, JSON.stringify(json));
    await expect(
      p.handlers['interchange.import']({ path: file, layer: 'culverts', skipInvalid: false }),
    ).rejects.toThrow(/cannot be imported; nothing was imported/u);
    expect((await p.handlers['project.info']({})).lastSeq).toBe(0);
    const made = await p.handlers['features.create']({
      layer: 'culverts',
      geometry: { type: 'Point', coordinates: [107.55, 14.25] },
      properties: { code: 'after' },
    });
    const inBox = await p.handlers['features.list']({
      layer: 'culverts',
      bbox: [107.54, 14.24, 107.56, 14.26],
    });
    expect(inBox.features.map((f) => f.id)).toEqual([made.id]);
    await p.store.close();
    expect(validateGpkg(p.file)).toEqual({ ok: true, output: '' });
  });

  it('undo of an import refuses when a change from the server touched one of its features since', async () => {
    const p = await newProject();
    await p.handlers['interchange.import']({ path: culvertsFile(), layer: 'culverts', skipInvalid: false });
    const list = (await p.handlers['features.list']({ layer: 'culverts' })).features;
    const pulled = list.find((f) => f.properties.code === 'C-42')!;
    const [before] = storedState(p, pulled.id);
    await p.store.commit({
      kind: 'pull',
      action: { code: 'legacy', params: { text: 'server' } },
      author: 'server',
      changes: [
        {
          changeId: randomUUID(),
          layer: 'culverts',
          uid: pulled.id,
          op: 'update',
          before,
          after: { ...before, properties: { ...before.properties, code: 'C-42 (sở)' } },
          baseVersion: 3,
        },
      ],
    });
    await expect(p.handlers['history.undo']({})).rejects.toThrow(
      new RegExp(`Cannot undo: feature ${pulled.id} in culverts has changed since that edit`, 'u'),
    );
    expect((await p.handlers['features.list']({ layer: 'culverts' })).features).toHaveLength(N);
    await p.store.close();
  });

  it('a write that fails leaves memory and file as they were', async () => {
    const p = await newProject();
    await p.store.close();
    const before = fs.readFileSync(p.file);
    const ports = testPorts();
    let failing = true;
    const store = await ProjectStore.open(p.file, {
      newId: ports.newId,
      now: ports.now,
      fault: (point) => {
        if (failing && point === 'checkpoint:after-temp') throw new Error('disk full (simulated)');
      },
    });
    const s = createServices(store, ports);
    await expect(
      s.handlers['interchange.import']({ path: culvertsFile(), layer: 'culverts', skipInvalid: false }),
    ).rejects.toThrow(/disk full/u);
    expect((await s.handlers['project.info']({})).layers.find((l) => l.name === 'culverts')!.count).toBe(0);
    expect(fs.readFileSync(p.file).equals(before)).toBe(true);
    failing = false;
    await s.handlers['features.create']({
      layer: 'culverts',
      geometry: { type: 'Point', coordinates: [107.5, 14.2] },
      properties: { code: 'after' },
    });
    await store.close();
    expect(await count(p.file)).toBe(1);
  });

  it.each([
    ['checkpoint:after-temp', 0],
    ['checkpoint:after-rename', N],
  ])('a kill at %s leaves %d culverts and a valid file', async (fault, expected) => {
    const p = await newProject();
    await p.store.close();
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.resolve(import.meta.dirname, 'crash/import-child.ts'),
        p.file,
        culvertsFile(),
        fault,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(child.signal).toBe('SIGKILL');
    expect(child.stdout).not.toContain('ack');
    expect(await count(p.file)).toBe(expected);
    expect(validateGpkg(p.file)).toEqual({ ok: true, output: '' });
  });
});

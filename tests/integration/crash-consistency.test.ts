// Kill the process at any instant: no acknowledged edit is lost and the project is never corrupt (design.md §3).
// A child edits in a loop and is SIGKILLed at random moments, or at named points inside commit and checkpoint;
// after each kill the project is reopened, every acknowledged edit is checked, and the file is validated.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createServices } from '../../src/main/services/create-services';
import { newProject, reopen, testPorts } from '../support/project';
import { validateGpkg } from '../support/gdal';
import { seededRandom } from '../../scripts/sample/generate';
import { openProject } from '../../src/main/services/open-project';

const CHILD = path.resolve(import.meta.dirname, 'crash/edit-loop-child.ts');
// CI-sized by default (each round restarts a process and validates the file); ROADGIS_CRASH_ROUNDS=1000 for a long run.
const ROUNDS = Number(process.env.ROADGIS_CRASH_ROUNDS ?? 80);

interface Acked {
  created: Map<string, number>;
  /** uid → highest aperture number acknowledged. */
  updated: Map<string, number>;
  deleted: Set<string>;
  /** Deletes started but not acknowledged when the child died: either outcome is correct. */
  inFlightDeletes: Set<string>;
  last: number;
}

function runChild(
  file: string,
  start: number,
  killAfterMs: number | null,
  fault?: string,
): Promise<{ lines: string[]; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, String(start)], {
      env: { ...process.env, ...(fault ? { ROADGIS_FAULT: fault } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      // The clock starts at the first acknowledged edit, so a slow start on a busy machine still edits.
      if (killAfterMs !== null && out.includes('\nack ') && !child.killed) {
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        killAfterMs = null;
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    // A child that is never killed would edit forever: stop it and fail the round.
    const guard = setTimeout(() => child.kill('SIGTERM'), 30_000);
    child.on('exit', () => clearTimeout(guard));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL')
        reject(new Error(`child ended without being killed (${signal ?? _code}): ${err}`));
      else
        resolve({
          lines: out.split('\n').filter((l) => l.startsWith('ack ') || l.startsWith('try ')),
          signal,
        });
    });
  });
}

const noAcks = (): Acked => ({
  created: new Map(),
  updated: new Map(),
  deleted: new Set(),
  inFlightDeletes: new Set(),
  last: 0,
});

function record(acked: Acked, lines: string[]): void {
  for (const line of lines) {
    const [kind, op, uid, n] = line.split(' ');
    const num = Number(n);
    if (kind === 'try') {
      acked.inFlightDeletes.add(uid!);
      continue;
    }
    acked.last = Math.max(acked.last, num);
    if (op === 'create') acked.created.set(uid!, num);
    else if (op === 'update') acked.updated.set(uid!, Math.max(acked.updated.get(uid!) ?? 0, num));
    else {
      acked.deleted.add(uid!);
      acked.inFlightDeletes.delete(uid!);
    }
  }
}

async function verify(file: string, acked: Acked, validate: boolean): Promise<void> {
  const p = await reopen(file);
  try {
    const rows = (await p.handlers['features.list']({ layer: 'culverts' })).features;
    const byUid = new Map(rows.map((f) => [f.id, f]));
    for (const [uid, n] of acked.created) {
      if (acked.deleted.has(uid)) {
        expect(byUid.has(uid), `deleted ${uid} is back`).toBe(false);
        continue;
      }
      const f = byUid.get(uid);
      if (!f && acked.inFlightDeletes.has(uid)) continue;
      expect(f, `acknowledged culvert K-${n} (${uid}) is missing`).toBeDefined();
      expect(f!.properties.code).toBe(`K-${n}`);
      const aperture = Number(String(f!.properties.aperture).slice(1));
      expect(aperture, `acknowledged update of ${uid} lost`).toBeGreaterThanOrEqual(
        acked.updated.get(uid) ?? n,
      );
    }
    const codes = rows.map((f) => f.properties.code);
    expect(new Set(codes).size, 'an edit was applied twice').toBe(codes.length);
  } finally {
    await p.store.close();
  }
  if (validate) expect(validateGpkg(file)).toEqual({ ok: true, output: '' });
}

describe('crash consistency', () => {
  it(`survives ${ROUNDS} random SIGKILLs with every acknowledged edit intact`, async () => {
    const p = await newProject('crash.gpkg');
    await p.store.close();
    const rand = seededRandom(7);
    const acked = noAcks();
    for (let round = 0; round < ROUNDS; round++) {
      const { lines } = await runChild(p.file, acked.last + 1 + round * 1000, Math.floor(rand() * 120));
      record(acked, lines);
      await verify(p.file, acked, round % 10 === 9 || round === ROUNDS - 1);
    }
    expect(acked.created.size).toBeGreaterThanOrEqual(ROUNDS);
  }, 900_000);

  it.each([
    ['commit:after-journal', 5],
    ['checkpoint:after-temp', 2],
    ['checkpoint:after-rename', 2],
    ['checkpoint:after-rename', 1],
  ])(
    'a kill at %s (#%d) loses nothing and leaves a valid file',
    async (point, nth) => {
      const p = await newProject('fault.gpkg');
      await p.store.close();
      const acked = noAcks();
      const { lines } = await runChild(p.file, 1, null, `${point}:${nth}`);
      record(acked, lines);
      expect(acked.created.size).toBeGreaterThan(0);
      await verify(p.file, acked, true);
      // The reopened project keeps working: edit again, close, reopen.
      const ports = testPorts();
      const again = createServices(await openProject(p.file, ports), ports);
      await again.handlers['features.create']({
        layer: 'culverts',
        geometry: { type: 'Point', coordinates: [107.6, 14.6] },
        properties: { code: 'after' },
      });
      await again.store.close();
      expect(validateGpkg(p.file).ok).toBe(true);
    },
    120_000,
  );
});

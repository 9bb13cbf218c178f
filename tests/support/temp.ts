import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

const made: string[] = [];

/** A fresh folder in the system temp directory, removed when the test file ends (tests/support/cleanup.ts). */
export function tempDir(prefix = 'roadgis-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

let tick = Date.parse('2026-11-23T08:00:00.000Z');
export const testStoreOptions = {
  newId: () => randomUUID(),
  now: () => new Date((tick += 1000)).toISOString(),
};

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

export function tempDir(prefix = 'roadgis-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

let tick = Date.parse('2026-11-23T08:00:00.000Z');
export const testStoreOptions = {
  newId: () => randomUUID(),
  now: () => new Date((tick += 1000)).toISOString(),
};

// Project settings (`roadgis_meta`): name, province, working CRS, schema version, last change number.
import type { Database } from '../geopackage/sqlite-engine';
import { one, run } from '../geopackage/sqlite-engine';

export function readMeta(db: Database, key: string): string | null {
  const hasMeta = one(db, "SELECT 1 AS ok FROM sqlite_master WHERE type='table' AND name='roadgis_meta'");
  if (!hasMeta) return null;
  const r = one(db, 'SELECT value FROM roadgis_meta WHERE key=?', [key]);
  return r ? String(r.value) : null;
}

export function writeMeta(db: Database, key: string, value: string): void {
  run(
    db,
    'INSERT INTO roadgis_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value',
    [key, value],
  );
}

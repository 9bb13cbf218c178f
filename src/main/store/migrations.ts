// Versioned schema migrations. A project (or a plain GeoPackage from QGIS/GDAL) is brought up to the current
// version on open; each step runs inside the opening transaction so a failed upgrade changes nothing.
import { LAYER_NAMES } from '../../domain/assets/layers';
import { layerTableSpec } from './asset-tables';
import type { Database } from '../geopackage/sqlite-engine';
import { all, one, quoteIdent, run } from '../geopackage/sqlite-engine';
import { addTransactionActions, createChangeLogTables } from './change-log/records';
import { readMeta, writeMeta } from './meta';
import {
  createAttributeTable,
  createCoreTables,
  createFeatureTable,
  isGeoPackage,
} from '../geopackage/schema';

export const SCHEMA_VERSION = 2;

/** Adds the asset table, or the columns RoadGIS needs to a same-named table made elsewhere. */
function ensureLayerTable(db: Database, layer: (typeof LAYER_NAMES)[number]): void {
  const spec = layerTableSpec(layer);
  const existing = all(db, `PRAGMA table_info(${quoteIdent(spec.table)})`);
  if (existing.length === 0) {
    createFeatureTable(db, spec);
    run(db, `CREATE UNIQUE INDEX ${quoteIdent(`idx_${spec.table}_uid`)} ON ${quoteIdent(spec.table)}(uid)`);
    return;
  }
  const geom = one(db, 'SELECT column_name FROM gpkg_geometry_columns WHERE table_name=?', [spec.table]);
  if (!geom || geom.column_name !== spec.geometryColumn) {
    throw new Error(
      `table "${spec.table}" exists but its geometry column is ${geom ? `"${String(geom.column_name)}"` : 'missing'}; RoadGIS expects "${spec.geometryColumn}"`,
    );
  }
  const have = new Set(existing.map((c) => String(c.name)));
  for (const c of spec.columns) {
    if (!have.has(c.name))
      run(db, `ALTER TABLE ${quoteIdent(spec.table)} ADD COLUMN ${quoteIdent(c.name)} ${c.sqlType}`);
  }
  // Features made elsewhere get their identity now (design.md §5): a random UUID v4 each.
  run(
    db,
    `UPDATE ${quoteIdent(spec.table)} SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||
      substr(hex(randomblob(2)),2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)),2) ||
      '-' || hex(randomblob(6))) WHERE uid IS NULL`,
  );
  run(
    db,
    `CREATE UNIQUE INDEX IF NOT EXISTS ${quoteIdent(`idx_${spec.table}_uid`)} ON ${quoteIdent(spec.table)}(uid)`,
  );
}

const STEPS: Array<(db: Database) => void> = [
  // 1: asset tables, metadata, the change log.
  (db) => {
    createAttributeTable(
      db,
      'roadgis_meta',
      'RoadGIS project settings',
      'key TEXT NOT NULL UNIQUE, value TEXT',
    );
    for (const layer of LAYER_NAMES) ensureLayerTable(db, layer);
    createChangeLogTables(db);
  },
  // 2: transactions say what they did as a code and values, not a sentence.
  addTransactionActions,
];

export function migrate(db: Database): { from: number; to: number } {
  if (!isGeoPackage(db)) createCoreTables(db);
  const from = Number(readMeta(db, 'schema_version') ?? 0);
  if (from > SCHEMA_VERSION) {
    throw new Error(
      `this project was saved by a newer RoadGIS (schema ${from}; this version knows up to ${SCHEMA_VERSION})`,
    );
  }
  for (let v = from; v < SCHEMA_VERSION; v++) {
    STEPS[v]!(db);
    writeMeta(db, 'schema_version', String(v + 1));
  }
  return { from, to: SCHEMA_VERSION };
}

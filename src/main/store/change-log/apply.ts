// Applies a transaction to the feature tables and records it, inside the caller's SQLite transaction (design.md,
// "the path of one edit"). Live edits and journal replay both come through here, so replay rebuilds exactly what
// the edit did.
import type { ChangeRecord, ChangeTransaction } from '../../../domain/changes/change';
import type { BBox } from '../../../domain/geometry/geojson';
import { geometryBBox, mergeBBox } from '../../../domain/geometry/geojson';
import type { Database } from '../../geopackage/sqlite-engine';
import { lastInsertRowid, run } from '../../geopackage/sqlite-engine';
import { suspendRtreeInsertTrigger } from '../../geopackage/schema';
import { GEOMETRY_COLUMN } from '../asset-tables';
import { deleteFeatureRow, noLongerExists, writeFeatureRow } from '../feature-rows';
import { insertChangeRecord, insertTransaction } from './records';

/** Widens gpkg_contents extents once per layer and transaction (exact extents are recomputed at checkpoint). */
export function expandExtents(db: Database, boxes: Map<string, BBox | null>): void {
  const now = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";
  for (const [layer, box] of boxes) {
    if (!box) {
      run(db, `UPDATE gpkg_contents SET last_change = ${now} WHERE table_name = ?`, [layer]);
      continue;
    }
    run(
      db,
      `UPDATE gpkg_contents SET last_change = ${now}, min_x = min(coalesce(min_x, ?1), ?1), min_y = min(coalesce(min_y, ?2), ?2),
        max_x = max(coalesce(max_x, ?3), ?3), max_y = max(coalesce(max_y, ?4), ?4) WHERE table_name = ?5`,
      [box[0], box[1], box[2], box[3], layer],
    );
  }
}

function applyChange(db: Database, c: ChangeRecord): void {
  switch (c.op) {
    case 'insert':
      writeFeatureRow(db, c.layer, c.uid, c.after!, 'insert');
      break;
    case 'update':
      if (writeFeatureRow(db, c.layer, c.uid, c.after!, 'update') === 0) throw noLongerExists(c.layer, c.uid);
      break;
    case 'delete':
      if (deleteFeatureRow(db, c.layer, c.uid) === 0) throw noLongerExists(c.layer, c.uid);
      break;
  }
}

/** Inserts at or above this count go through the bulk path. */
const BULK_INSERTS = 200;

/** Many inserts into one layer (redoing an import): the R*Tree is filled directly (suspendRtreeInsertTrigger). */
function bulkInsert(db: Database, changes: readonly ChangeRecord[]): BBox | null {
  const layer = changes[0]!.layer;
  const rtree = suspendRtreeInsertTrigger(db, layer, GEOMETRY_COLUMN);
  let extent: BBox | null = null;
  for (const c of changes) {
    writeFeatureRow(db, layer, c.uid, c.after!, 'insert');
    const box = c.after!.geometry ? geometryBBox(c.after!.geometry) : null;
    if (!box) continue;
    extent = mergeBBox(extent, box);
    rtree.add(lastInsertRowid(db), box);
  }
  rtree.restore();
  return extent;
}

/**
 * Applies and records one transaction. The caller owns BEGIN/COMMIT. A bulk insert (redoing an import) records
 * its after-states by reference, as the import itself did (records.ts insertChangeRecord).
 */
export function applyTransaction(db: Database, tx: ChangeTransaction): void {
  for (const c of tx.changes) {
    if ((c.op !== 'delete' && !c.after) || (c.op !== 'insert' && !c.before)) {
      throw new Error(`change ${c.changeId} (${c.op}) is missing its ${c.after ? 'before' : 'after'} state`);
    }
  }
  const boxes = new Map<string, BBox | null>();
  const bulk =
    tx.changes.length >= BULK_INSERTS &&
    tx.changes.every((c) => c.op === 'insert' && c.layer === tx.changes[0]!.layer);
  if (bulk) boxes.set(tx.changes[0]!.layer, bulkInsert(db, tx.changes));
  for (const c of tx.changes) {
    if (!bulk) {
      applyChange(db, c);
      const box = c.after?.geometry ? geometryBBox(c.after.geometry) : null;
      boxes.set(c.layer, box ? mergeBBox(boxes.get(c.layer) ?? null, box) : (boxes.get(c.layer) ?? null));
    }
    insertChangeRecord(db, tx, c, bulk);
  }
  expandExtents(db, boxes);
  insertTransaction(db, tx);
}

// The one write path (design.md, "the path of one edit"): apply a transaction's changes to the feature
// tables and record them in the change log, inside the caller's SQLite transaction. Live edits and
// journal replay both come through here, so replay rebuilds exactly what the edit did.
import type { LayerName } from '../../domain/assets/layers';
import type { ChangeRecord, ChangeTransaction, FeatureState } from '../../domain/changes/change';
import type { BBox } from '../../domain/geometry/geojson';
import { geometryBBox, mergeBBox } from '../../domain/geometry/geojson';
import { GEOMETRY_COLUMN, geometryValue, rowToState } from './asset-tables';
import type { Database, SqlValue } from '../geopackage/sqlite-engine';
import { all, allCached, lastInsertRowid, quoteIdent, run, runCached } from '../geopackage/sqlite-engine';
import { suspendRtreeInsertTrigger } from '../geopackage/schema';
import { writeMeta } from './migrations';

export class ChangeConflictError extends Error {
  constructor(
    message: string,
    readonly layer: LayerName,
    readonly uid: string,
  ) {
    super(message);
  }
}

const columnCache = new WeakMap<Database, Map<string, string[]>>();

/** Attribute columns of a feature table (everything except fid and geometry), cached per database. */
export function tableColumns(db: Database, table: string): string[] {
  let perDb = columnCache.get(db);
  if (!perDb) columnCache.set(db, (perDb = new Map()));
  let cols = perDb.get(table);
  if (!cols) {
    cols = all(db, `PRAGMA table_info(${quoteIdent(table)})`)
      .map((c) => String(c.name))
      .filter((n) => n !== 'fid' && n !== GEOMETRY_COLUMN);
    perDb.set(table, cols);
  }
  return cols;
}

export function readFeatureState(db: Database, layer: LayerName, uid: string): FeatureState | null {
  const [row] = allCached(db, `SELECT * FROM ${quoteIdent(layer)} WHERE uid = ?`, [uid]);
  return row ? rowToState(row, tableColumns(db, layer)) : null;
}

interface RowStatements {
  known: Set<string>;
  names: string[];
  insert: string;
  update: string;
}

// Keyed by the column list tableColumns caches, so a migration's new column list gets new statements.
const rowStatements = new WeakMap<string[], RowStatements>();

function statementsFor(layer: string, cols: string[]): RowStatements {
  let s = rowStatements.get(cols);
  if (!s) {
    const names = cols.filter((n) => n !== 'uid');
    const t = quoteIdent(layer);
    const all = [GEOMETRY_COLUMN, 'uid', ...names].map(quoteIdent).join(', ');
    const sets = [GEOMETRY_COLUMN, ...names].map((n) => `${quoteIdent(n)} = ?`).join(', ');
    s = {
      known: new Set(cols),
      names,
      insert: `INSERT INTO ${t} (${all}) VALUES (${new Array(names.length + 2).fill('?').join(', ')})`,
      update: `UPDATE ${t} SET ${sets} WHERE uid = ?`,
    };
    rowStatements.set(cols, s);
  }
  return s;
}

function writeRow(db: Database, c: ChangeRecord, state: FeatureState, mode: 'insert' | 'update'): number {
  const { known, names, insert, update } = statementsFor(c.layer, tableColumns(db, c.layer));
  const unknown = Object.keys(state.properties).filter((k) => !known.has(k));
  if (unknown.length) throw new Error(`layer ${c.layer} has no field(s) ${unknown.join(', ')}`);
  const values: SqlValue[] = names.map((n) => state.properties[n] ?? null);
  if (mode === 'insert') {
    try {
      return runCached(db, insert, [geometryValue(state), c.uid, ...values]);
    } catch (e) {
      if (/UNIQUE constraint failed/u.test((e as Error).message)) {
        throw new ChangeConflictError(`feature ${c.uid} already exists in ${c.layer}`, c.layer, c.uid);
      }
      throw e;
    }
  }
  return runCached(db, update, [geometryValue(state), ...values, c.uid]);
}

/** Widens gpkg_contents extents once per layer and transaction (exact extents are recomputed at checkpoint). */
export function expandExtents(db: Database, boxes: Map<string, BBox | null>): void {
  for (const [layer, box] of boxes) {
    const now = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";
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
  const missing = () =>
    new ChangeConflictError(`feature ${c.uid} no longer exists in ${c.layer}`, c.layer, c.uid);
  switch (c.op) {
    case 'insert':
      writeRow(db, c, c.after!, 'insert');
      break;
    case 'update':
      if (writeRow(db, c, c.after!, 'update') === 0) throw missing();
      break;
    case 'delete':
      if (runCached(db, `DELETE FROM ${quoteIdent(c.layer)} WHERE uid = ?`, [c.uid]) === 0) throw missing();
      break;
  }
}

/** Inserts at or above this count go through the bulk path. */
const BULK_INSERTS = 200;

/** Many inserts into one layer (redoing an import): the R*Tree is filled directly (suspendRtreeInsertTrigger). */
function bulkInsert(db: Database, layer: string, changes: readonly ChangeRecord[]): BBox | null {
  const rtree = suspendRtreeInsertTrigger(db, layer, GEOMETRY_COLUMN);
  let extent: BBox | null = null;
  for (const c of changes) {
    writeRow(db, c, c.after!, 'insert');
    const box = c.after!.geometry ? geometryBBox(c.after!.geometry) : null;
    if (!box) continue;
    extent = mergeBBox(extent, box);
    rtree.add(lastInsertRowid(db), box);
  }
  rtree.restore();
  return extent;
}

/**
 * Applies and records one transaction. The caller owns BEGIN/COMMIT.
 *
 * Bulk inserts (imports) record their after-state by reference: after_json stays NULL, meaning "the row as it
 * was written" — which is the before-state of the feature's next change, or the live row if there is none
 * (every update and delete records its before-state, so the reference always resolves; see queries.ts). An
 * import of 100k roads otherwise wrote every feature three times (row, JSON copy, journal) and doubled the file.
 */
export function applyTransaction(db: Database, tx: ChangeTransaction): void {
  const boxes = new Map<string, BBox | null>();
  const inserts = tx.changes.filter((c) => c.op === 'insert');
  const bulk =
    inserts.length >= BULK_INSERTS &&
    inserts.length === tx.changes.length &&
    new Set(inserts.map((c) => c.layer)).size === 1;
  // The bulk path measures the boxes as it fills the R*Tree; the others per change below.
  if (bulk) boxes.set(inserts[0]!.layer, bulkInsert(db, inserts[0]!.layer, inserts));
  for (const c of tx.changes) {
    if ((c.op !== 'delete' && !c.after) || (c.op !== 'insert' && !c.before)) {
      throw new Error(`change ${c.changeId} (${c.op}) is missing its ${c.after ? 'before' : 'after'} state`);
    }
    if (!bulk) {
      applyChange(db, c);
      const box = c.after?.geometry ? geometryBBox(c.after.geometry) : null;
      boxes.set(c.layer, box ? mergeBBox(boxes.get(c.layer) ?? null, box) : (boxes.get(c.layer) ?? null));
    }
    runCached(
      db,
      `INSERT INTO roadgis_changes (change_id, tx_id, seq, layer, uid, op, before_json, after_json, author, time, base_version)
       VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
      [
        c.changeId,
        tx.txId,
        tx.seq,
        c.layer,
        c.uid,
        c.op,
        c.before ? JSON.stringify(c.before) : null,
        c.after && !(bulk && c.op === 'insert') ? JSON.stringify(c.after) : null,
        tx.author,
        tx.time,
        c.baseVersion,
      ],
    );
  }
  expandExtents(db, boxes);
  recordTransaction(db, tx);
}

/** The transaction's own row and the project's sequence number; its change rows are already written. */
export function recordTransaction(db: Database, tx: Omit<ChangeTransaction, 'changes' | 'projectId'>): void {
  run(
    db,
    'INSERT INTO roadgis_transactions (tx_id, seq, kind, label, reverses, author, time) VALUES (?,?,?,?,?,?,?)',
    [tx.txId, tx.seq, tx.kind, tx.label, tx.reverses, tx.author, tx.time],
  );
  writeMeta(db, 'last_seq', String(tx.seq));
}

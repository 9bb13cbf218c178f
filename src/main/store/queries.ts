// Read-side queries over the project database: features (optionally through the R*Tree), change history.
import type { LayerName } from '../../domain/assets/layers';
import type { ChangeRecord, ChangeTransaction, FeatureState } from '../../domain/changes/change';
import type { BBox } from '../../domain/geometry/geojson';
import { rowToState } from './asset-tables';
import { tableColumns } from './change-log';
import type { Database, Row, SqlValue } from '../geopackage/sqlite-engine';
import { all, allCached, one, quoteIdent } from '../geopackage/sqlite-engine';

export interface StoredFeature extends FeatureState {
  uid: string;
}

export function listFeatures(db: Database, layer: LayerName, bbox?: BBox): StoredFeature[] {
  return [...featurePages(db, layer, bbox, Number.MAX_SAFE_INTEGER)].flat();
}

/**
 * The layer's features (optionally those whose box meets bbox) in fid order, `size` at a time: a whole-layer
 * export holds one page of decoded features at a time instead of all of them (100k roads: 1.9 s of garbage
 * collection went to keeping every decoded feature alive until the end).
 */
export function* featurePages(
  db: Database,
  layer: LayerName,
  bbox: BBox | undefined,
  size: number,
): Generator<StoredFeature[]> {
  const cols = tableColumns(db, layer);
  for (const rows of rowPages(db, layer, bbox, size))
    yield rows.map((r) => ({ uid: String(r.uid), ...rowToState(r, cols) }));
}

/** The same pages as stored rows (geometry still a GeoPackage blob), for writers that decode it themselves. */
export function* rowPages(
  db: Database,
  layer: LayerName,
  bbox: BBox | undefined,
  size: number,
): Generator<Row[]> {
  const t = quoteIdent(layer);
  const page = Math.min(size, 2 ** 31 - 1);
  for (let after = -Infinity; ;) {
    const rows = bbox
      ? allCached(
          db,
          `SELECT f.* FROM ${t} f JOIN ${quoteIdent(`rtree_${layer}_geom`)} r ON r.id = f.fid
           WHERE r.maxx >= ? AND r.minx <= ? AND r.maxy >= ? AND r.miny <= ? AND f.fid > ? ORDER BY f.fid LIMIT ?`,
          [bbox[0], bbox[2], bbox[1], bbox[3], after, page],
        )
      : allCached(db, `SELECT * FROM ${t} WHERE fid > ? ORDER BY fid LIMIT ?`, [after, page]);
    if (!rows.length) return;
    yield rows;
    if (rows.length < page) return;
    after = Number(rows[rows.length - 1]!.fid);
  }
}

export function countFeatures(db: Database, layer: LayerName): number {
  return Number(one(db, `SELECT count(*) AS n FROM ${quoteIdent(layer)}`)?.n ?? 0);
}

export function layerExtent(db: Database, layer: LayerName): BBox | null {
  const r = one(
    db,
    `SELECT min(minx) a, min(miny) b, max(maxx) c, max(maxy) d FROM ${quoteIdent(`rtree_${layer}_geom`)}`,
  );
  return r && r.a !== null ? [Number(r.a), Number(r.b), Number(r.c), Number(r.d)] : null;
}

/** A change record as stored; an insert's after-state may be NULL (recorded by reference, see change-log.ts). */
function toChange(r: Row, after: FeatureState | null = parseState(r.after_json)): ChangeRecord {
  return {
    changeId: String(r.change_id),
    layer: String(r.layer) as LayerName,
    uid: String(r.uid),
    op: String(r.op) as ChangeRecord['op'],
    before: parseState(r.before_json),
    after,
    baseVersion: r.base_version === null ? null : Number(r.base_version),
  };
}

function parseState(json: SqlValue | undefined): FeatureState | null {
  return json ? (JSON.parse(String(json)) as FeatureState) : null;
}

/**
 * Change rows with every by-reference after-state resolved: the before-state of the feature's next change if
 * there is one, else the live row. One query per layer, so undoing a 100k-feature import stays one pass.
 */
function withResolvedAfter(db: Database, rows: Row[]): ChangeRecord[] {
  return resolveAfter(db, rows).changes;
}

/**
 * The change records with every by-reference after-state resolved; `live[i]` says record i's after-state was
 * read from the feature's row as it is now (no later change touched it), so it is the current state.
 */
function resolveAfter(db: Database, rows: Row[]): { changes: ChangeRecord[]; live: boolean[] } {
  const pending = new Map<string, Row[]>();
  for (const r of rows) {
    if (r.op !== 'delete' && r.after_json === null) {
      const layer = String(r.layer);
      const list = pending.get(layer);
      if (list) list.push(r);
      else pending.set(layer, [r]);
    }
  }
  if (!pending.size) return { changes: rows.map((r) => toChange(r)), live: rows.map(() => false) };
  const resolved = new Map<SqlValue, FeatureState | null>();
  const fromRow = new Set<SqlValue>();
  for (const [layer, list] of pending) {
    const cols = tableColumns(db, layer);
    const ids = list.map((r) => r.fid!);
    const found = all(
      db,
      `SELECT c.fid AS change_fid, (SELECT n.before_json FROM roadgis_changes n WHERE n.layer = c.layer AND n.uid = c.uid
         AND (n.seq > c.seq OR (n.seq = c.seq AND n.fid > c.fid)) ORDER BY n.seq, n.fid LIMIT 1) AS next_before, f.*
       FROM roadgis_changes c LEFT JOIN ${quoteIdent(layer)} f ON f.uid = c.uid
       WHERE c.fid IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(ids)],
    );
    for (const f of found) {
      resolved.set(
        f.change_fid!,
        f.next_before ? parseState(f.next_before) : f.uid === null ? null : rowToState(f, cols),
      );
      if (!f.next_before && f.uid !== null) fromRow.add(f.change_fid!);
    }
  }
  return {
    changes: rows.map((r) =>
      toChange(r, resolved.has(r.fid!) ? resolved.get(r.fid!)! : parseState(r.after_json)),
    ),
    live: rows.map((r) => fromRow.has(r.fid!)),
  };
}

export interface FeatureHistoryRow extends ChangeRecord {
  seq: number;
  txId: string;
  kind: string;
  author: string;
  time: string;
}

export function featureHistory(db: Database, layer: LayerName, uid: string): FeatureHistoryRow[] {
  const rows = all(
    db,
    `SELECT c.*, t.kind FROM roadgis_changes c JOIN roadgis_transactions t ON t.tx_id = c.tx_id
     WHERE c.layer = ? AND c.uid = ? ORDER BY c.seq, c.fid`,
    [layer, uid],
  );
  const changes = withResolvedAfter(db, rows);
  return rows.map((r, i) => ({
    ...changes[i]!,
    seq: Number(r.seq),
    txId: String(r.tx_id),
    kind: String(r.kind),
    author: String(r.author),
    time: String(r.time),
  }));
}

export type TransactionHeader = Omit<ChangeTransaction, 'changes' | 'projectId'>;

export function transactionHeaders(db: Database): TransactionHeader[] {
  return all(db, 'SELECT * FROM roadgis_transactions ORDER BY seq').map((r) => ({
    txId: String(r.tx_id),
    seq: Number(r.seq),
    kind: String(r.kind) as ChangeTransaction['kind'],
    label: String(r.label ?? ''),
    reverses: r.reverses === null ? null : String(r.reverses),
    author: String(r.author),
    time: String(r.time),
  }));
}

export function transactionChanges(db: Database, txId: string): ChangeRecord[] {
  return transactionChangesLive(db, txId).changes;
}

/** The same, saying which after-states were read from the live rows just now (see resolveAfter). */
export function transactionChangesLive(
  db: Database,
  txId: string,
): { changes: ChangeRecord[]; live: boolean[] } {
  return resolveAfter(db, all(db, 'SELECT * FROM roadgis_changes WHERE tx_id = ? ORDER BY fid', [txId]));
}

// Read-side queries over the project database: features (optionally through the R*Tree), change history.
import type { LayerName } from '../../domain/assets/layers';
import type { ChangeRecord, ChangeTransaction, FeatureState } from '../../domain/changes/change';
import type { BBox } from '../../domain/geometry/geojson';
import { rowToState } from './asset-tables';
import { tableColumns } from './change-log';
import type { Database, Row } from './geopackage/sqlite-engine';
import { all, one, quoteIdent } from './geopackage/sqlite-engine';

export interface StoredFeature extends FeatureState {
  uid: string;
}

export function listFeatures(db: Database, layer: LayerName, bbox?: BBox): StoredFeature[] {
  const cols = tableColumns(db, layer);
  const t = quoteIdent(layer);
  const rows = bbox
    ? all(
        db,
        `SELECT f.* FROM ${t} f JOIN ${quoteIdent(`rtree_${layer}_geom`)} r ON r.id = f.fid
         WHERE r.maxx >= ? AND r.minx <= ? AND r.maxy >= ? AND r.miny <= ? ORDER BY f.fid`,
        [bbox[0], bbox[2], bbox[1], bbox[3]],
      )
    : all(db, `SELECT * FROM ${t} ORDER BY fid`);
  return rows.map((r) => ({ uid: String(r.uid), ...rowToState(r, cols) }));
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

function toChange(r: Row): ChangeRecord {
  return {
    changeId: String(r.change_id),
    layer: String(r.layer) as LayerName,
    uid: String(r.uid),
    op: String(r.op) as ChangeRecord['op'],
    before: r.before_json ? (JSON.parse(String(r.before_json)) as FeatureState) : null,
    after: r.after_json ? (JSON.parse(String(r.after_json)) as FeatureState) : null,
    baseVersion: r.base_version === null ? null : Number(r.base_version),
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
  return all(
    db,
    `SELECT c.*, t.kind FROM roadgis_changes c JOIN roadgis_transactions t ON t.tx_id = c.tx_id
     WHERE c.layer = ? AND c.uid = ? ORDER BY c.seq, c.fid`,
    [layer, uid],
  ).map((r) => ({
    ...toChange(r),
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
  return all(db, 'SELECT * FROM roadgis_changes WHERE tx_id = ? ORDER BY fid', [txId]).map(toChange);
}

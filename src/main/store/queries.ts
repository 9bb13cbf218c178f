// Read-side queries over the feature tables, optionally through the R*Tree (the change log has its own, in
// change-log/records.ts).
import type { LayerName } from '../../domain/assets/layers';
import type { FeatureState } from '../../domain/changes/change';
import type { BBox } from '../../domain/geometry/geojson';
import { rowToState } from './asset-tables';
import { tableColumns } from './feature-rows';
import type { Database, Row } from '../geopackage/sqlite-engine';
import { allCached, one, quoteIdent } from '../geopackage/sqlite-engine';

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

/**
 * Features of a layer whose box meets `box`, through the R*Tree, optionally only those whose `field` equals
 * `value` (a bridge's route among the roads near it): an edit then decodes a few candidates, not the layer.
 */
export function featuresNear(
  db: Database,
  layer: LayerName,
  box: BBox,
  where?: { field: string; value: string },
): StoredFeature[] {
  const cols = tableColumns(db, layer);
  if (where && !cols.includes(where.field)) throw new Error(`layer ${layer} has no field ${where.field}`);
  const rows = allCached(
    db,
    `SELECT f.* FROM ${quoteIdent(layer)} f JOIN ${quoteIdent(`rtree_${layer}_geom`)} r ON r.id = f.fid
     WHERE r.maxx >= ? AND r.minx <= ? AND r.maxy >= ? AND r.miny <= ?${where ? ` AND f.${quoteIdent(where.field)} = ?` : ''}
     ORDER BY f.fid`,
    where ? [box[0], box[2], box[1], box[3], where.value] : [box[0], box[2], box[1], box[3]],
  );
  return rows.map((r) => ({ uid: String(r.uid), ...rowToState(r, cols) }));
}

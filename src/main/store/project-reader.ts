// What services may read from the project: features, layer counts and extents, the change history. The
// database handle stays private to the store; services get answers, never SQL.
import type { LayerName } from '../../domain/assets/layers';
import type { FeatureState } from '../../domain/changes/change';
import type { BBox } from '../../domain/geometry/geojson';
import type { Database, Row } from '../geopackage/sqlite-engine';
import type { FeatureHistoryRow, TransactionHeader } from './change-log/records';
import { featureHistory, transactionChanges, transactionHeaders } from './change-log/records';
import { readFeatureState, tableColumns } from './feature-rows';
import type { StoredFeature } from './queries';
import { countFeatures, featurePages, featuresNear, layerExtent, listFeatures, rowPages } from './queries';

export type { FeatureHistoryRow, TransactionHeader } from './change-log/records';
export type { StoredFeature } from './queries';

export class ProjectReader {
  constructor(private readonly db: Database) {}

  /** The layer table's attribute columns (uid included; fid and geometry not). */
  columns(layer: LayerName): string[] {
    return tableColumns(this.db, layer);
  }

  feature(layer: LayerName, uid: string): FeatureState | null {
    return readFeatureState(this.db, layer, uid);
  }

  features(layer: LayerName, bbox?: BBox): StoredFeature[] {
    return listFeatures(this.db, layer, bbox);
  }

  /** See queries.ts featuresNear. */
  featuresNear(layer: LayerName, box: BBox, where?: { field: string; value: string }): StoredFeature[] {
    return featuresNear(this.db, layer, box, where);
  }

  featurePages(layer: LayerName, bbox: BBox | undefined, size: number): Generator<StoredFeature[]> {
    return featurePages(this.db, layer, bbox, size);
  }

  /** Pages of stored rows, geometry still a GeoPackage blob (writers that decode it themselves). */
  rowPages(layer: LayerName, bbox: BBox | undefined, size: number): Generator<Row[]> {
    return rowPages(this.db, layer, bbox, size);
  }

  count(layer: LayerName): number {
    return countFeatures(this.db, layer);
  }

  extent(layer: LayerName): BBox | null {
    return layerExtent(this.db, layer);
  }

  transactions(): TransactionHeader[] {
    return transactionHeaders(this.db);
  }

  transactionChanges(txId: string): ReturnType<typeof transactionChanges> {
    return transactionChanges(this.db, txId);
  }

  featureHistory(layer: LayerName, uid: string): FeatureHistoryRow[] {
    return featureHistory(this.db, layer, uid);
  }
}

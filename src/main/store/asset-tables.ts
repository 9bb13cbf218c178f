// How the asset layers map onto GeoPackage feature tables, and rows onto feature states.
import type { Attributes, AttributeValue } from '../../domain/assets/attributes';
import type { FieldDef, LayerName } from '../../domain/assets/layers';
import { LAYERS, SYSTEM_FIELDS } from '../../domain/assets/layers';
import type { FeatureState } from '../../domain/changes/change';
import { WGS84_SRS_ID } from '../../domain/geometry/geojson';
import { decodeGpb, encodeGpbTransient } from '../geopackage/geometry-blob';
import type { ColumnSpec, FeatureTableSpec } from '../geopackage/schema';
import type { Row, SqlValue } from '../geopackage/sqlite-engine';

export const GEOMETRY_COLUMN = 'geom';
export const STORAGE_SRS = WGS84_SRS_ID;

function sqlType(f: FieldDef): ColumnSpec['sqlType'] {
  switch (f.kind) {
    case 'integer':
      return 'INTEGER';
    case 'real':
      return 'REAL';
    case 'date':
      return 'DATETIME';
    default:
      return 'TEXT';
  }
}

export function layerColumns(layer: LayerName): ColumnSpec[] {
  return [...SYSTEM_FIELDS, ...LAYERS[layer].fields].map((f) => ({
    name: f.name,
    sqlType: sqlType(f),
    ...(f.name === 'uid' ? { notNull: true } : {}),
  }));
}

export function layerTableSpec(layer: LayerName): FeatureTableSpec {
  const def = LAYERS[layer];
  return {
    table: layer,
    geometryColumn: GEOMETRY_COLUMN,
    geometryType: def.geometryType,
    srsId: STORAGE_SRS,
    identifier: layer,
    description: `${def.vi} / ${def.en}`,
    columns: layerColumns(layer),
  };
}

/** A row's attributes (not the uid or geometry) as stored values. */
export function rowProperties(row: Row, columns: readonly string[]): Attributes {
  const properties: Attributes = {};
  for (const c of columns) {
    if (c === 'uid') continue;
    const v = row[c];
    properties[c] =
      typeof v === 'bigint' ? Number(v) : v instanceof Uint8Array ? null : ((v ?? null) as AttributeValue);
  }
  return properties;
}

export function rowToState(row: Row, columns: readonly string[]): FeatureState {
  const blob = row[GEOMETRY_COLUMN];
  return {
    geometry: blob instanceof Uint8Array ? decodeGpb(blob).geometry : null,
    properties: rowProperties(row, columns),
  };
}

export function geometryValue(state: FeatureState): SqlValue {
  // Transient: the caller binds it at once (change-log.ts writeRow).
  return state.geometry ? encodeGpbTransient(state.geometry, STORAGE_SRS) : null;
}

// Why a whole import (or its preview) or an export stops: a code and its values, so each UI can say it in its own language,
// plus the English sentence the CLI and API print. Per-row reasons are problems (import-problems.ts).
import type { CodedText, TextCatalog, TextParams } from './coded-text';
import { codedText, param } from './coded-text';

export type FailureCode =
  | 'crs_required'
  | 'crs_unknown'
  | 'no_source_field'
  | 'no_attribute'
  | 'rows_rejected'
  | 'cancelled'
  | 'export_cancelled'
  | 'path_not_absolute'
  | 'folder_missing'
  | 'file_exists'
  | 'wgs84_only'
  | 'shapefile_too_large'
  | 'export_failed'
  | 'where_unknown_field';

export type Failure = CodedText<FailureCode>;

const s = param;

export const FAILURE_TEXT_EN: TextCatalog<FailureCode> = {
  crs_required: (p) => `${s(p, 'file')}: the coordinate system is unknown; choose it (crs)`,
  crs_unknown: (p) => `Unknown CRS "${s(p, 'crs')}"`,
  no_source_field: (p) => `${s(p, 'file')} has no field "${s(p, 'field')}" (it has ${s(p, 'fields')})`,
  no_attribute: (p) => `${s(p, 'layer')} have no editable attribute "${s(p, 'attribute')}"`,
  rows_rejected: (p) =>
    `${s(p, 'count')} row(s) of ${s(p, 'file')} cannot be imported; nothing was imported. Fix them, or import the valid rows only.`,
  cancelled: () => 'Import cancelled: nothing was imported',
  export_cancelled: () => 'Export cancelled: no file was written',
  path_not_absolute: (p) => `export path must be absolute: ${s(p, 'path')}`,
  folder_missing: (p) => `folder ${s(p, 'folder')} does not exist`,
  file_exists: (p) => `${s(p, 'path')} already exists (allow overwrite to replace it)`,
  wgs84_only: (p) =>
    `${s(p, 'format')} is always WGS 84 (EPSG:4326); for ${s(p, 'crs')} export shapefile or GeoPackage`,
  shapefile_too_large: (p) =>
    `${s(p, 'file')} would be ${s(p, 'gb')} GB; a shapefile part is limited to 2 GB. Export fewer features (a filter or selection) or use GeoPackage.`,
  export_failed: (p) => `Export to ${s(p, 'path')} failed: ${s(p, 'detail')}`,
  where_unknown_field: (p) =>
    `the filter names "${s(p, 'field')}", which is not a field of this layer (fields: ${s(p, 'fields')})`,
};

export function failure(code: FailureCode, params: TextParams = {}): Failure {
  return codedText(FAILURE_TEXT_EN, code, params);
}

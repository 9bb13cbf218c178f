// Why a file cannot be read at all (before any row is looked at), as codes and values for each UI's language
// and the English sentence the CLI and API print. Where a library explains the damage, its words travel in
// `detail` (they stay in English).
import type { CodedText, TextCatalog, TextParams } from './coded-text';
import { codedText, param } from './coded-text';

export type ReadErrorCode =
  | 'not_found'
  | 'empty'
  | 'unknown_kind'
  | 'archive_unreadable'
  | 'zip_no_layer'
  | 'zip_no_shp'
  | 'zip_many_shp'
  | 'kmz_no_kml'
  | 'kml_invalid'
  | 'shx_missing'
  | 'shp_too_short'
  | 'shp_bad_signature'
  | 'shx_damaged'
  | 'shp_truncated'
  | 'dbf_missing'
  | 'dbf_too_short'
  | 'dbf_shp_mismatch'
  | 'shape_unreadable'
  | 'json_invalid'
  | 'not_geojson'
  | 'not_feature'
  | 'wkt_invalid'
  | 'csv_ragged'
  | 'no_heading'
  | 'xlsx_unreadable'
  | 'no_sheet'
  | 'no_sheets'
  | 'gpkg_unreadable'
  | 'not_gpkg'
  | 'gpkg_no_layers'
  | 'gpkg_no_layer'
  | 'gpkg_choose_layer'
  | 'geometry_unreadable';

export type ReadError = CodedText<ReadErrorCode>;

const s = param;

export const READ_ERROR_TEXT_EN: TextCatalog<ReadErrorCode> = {
  not_found: (p) => `not found at ${s(p, 'path')}`,
  empty: () => 'the file is empty',
  unknown_kind: (p) => `RoadGIS cannot import this kind of file; it reads ${s(p, 'extensions')}`,
  archive_unreadable: (p) => `not a readable ${s(p, 'kind')} archive (${s(p, 'detail')})`,
  zip_no_layer: (p) => `no shapefile named ${s(p, 'layer')} inside`,
  zip_no_shp: () => 'no .shp inside the zip',
  zip_many_shp: (p) => `holds ${s(p, 'count')} shapefiles (${s(p, 'names')}); choose one as the layer`,
  kmz_no_kml: () => 'the KMZ holds no .kml document',
  kml_invalid: (p) => `not valid KML XML (${s(p, 'detail')})`,
  shx_missing: () => 'the .shx index file is missing (a shapefile needs .shp, .shx and .dbf)',
  shp_too_short: (p) => `the .shp is ${s(p, 'bytes')} bytes: too short to be a shapefile`,
  shp_bad_signature: () => 'the .shp does not start with the shapefile signature',
  shx_damaged: () => 'the .shx index is damaged (wrong size)',
  shp_truncated: (p) =>
    `the .shp is truncated: record ${s(p, 'record')} of ${s(p, 'count')} ends at byte ${s(p, 'end')}, the file has ${s(p, 'size')}`,
  dbf_missing: () => 'the .dbf attribute file is missing (a shapefile needs .shp, .shx and .dbf)',
  dbf_too_short: () => 'the .dbf is too short to be a dBASE file',
  dbf_shp_mismatch: (p) =>
    `the .dbf has ${s(p, 'rows')} records but the .shp has ${s(p, 'shapes')} shapes: the files do not belong together`,
  shape_unreadable: (p) => `cannot read shape: ${s(p, 'detail')}`,
  json_invalid: (p) => `not valid JSON (${s(p, 'detail')})`,
  not_geojson: () => 'not a GeoJSON FeatureCollection or Feature',
  not_feature: () => 'not a GeoJSON Feature',
  wkt_invalid: (p) => s(p, 'detail'),
  csv_ragged: (p) => s(p, 'detail'),
  no_heading: (p) =>
    `${p.sheet ? `sheet ${s(p, 'sheet')} ` : ''}needs a heading row with at least two columns`,
  xlsx_unreadable: (p) => `not a readable .xlsx workbook (${s(p, 'detail')})`,
  no_sheet: (p) => `has no sheet "${s(p, 'sheet')}"`,
  no_sheets: () => 'has no sheets',
  gpkg_unreadable: (p) => s(p, 'detail'),
  not_gpkg: () => 'not a GeoPackage (no gpkg_geometry_columns table)',
  gpkg_no_layers: () => 'holds no feature layers',
  gpkg_no_layer: (p) => `has no layer "${s(p, 'layer')}"; it has ${s(p, 'layers')}`,
  gpkg_choose_layer: (p) => `holds several layers; choose one: has ${s(p, 'layers')}`,
  geometry_unreadable: (p) => `geometry cannot be read: ${s(p, 'detail')}`,
};

export function readError(code: ReadErrorCode, params: TextParams = {}): ReadError {
  return codedText(READ_ERROR_TEXT_EN, code, params);
}

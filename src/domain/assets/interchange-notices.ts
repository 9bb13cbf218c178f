// What a person should know about how a file was read (guessed encoding, assumed datum shift, swapped X/Y…):
// a code and its values, so each UI can say it in its own language, plus the English sentence the CLI and API
// print. Unlike a problem (import-problems.ts) a notice rejects nothing.
import type { CodedText, TextCatalog, TextParams } from './coded-text';
import { codedText, param } from './coded-text';

export type NoticeCode =
  | 'datum_shift_assumed'
  | 'prj_wgs84_is_vn2000'
  | 'prj_unknown'
  | 'prj_missing'
  | 'crs_name_unknown'
  | 'srs_unknown'
  | 'cpg_unknown'
  | 'encoding_guessed'
  | 'legacy_font_text'
  | 'deleted_records'
  | 'lat_lon_swapped'
  | 'survey_order'
  | 'projected_without_crs'
  | 'no_coordinates'
  | 'parts_split'
  | 'parts_joined'
  | 'dbf_text_cut';

export type Notice = CodedText<NoticeCode>;

const s = param;
const at = (p: TextParams) => `${s(p, 'file')}, row ${s(p, 'row')}`;

export const NOTICE_TEXT_EN: TextCatalog<NoticeCode> = {
  datum_shift_assumed: () =>
    'the .prj carries no VN-2000 → WGS 84 shift; RoadGIS applies EPSG:6960 (QĐ 05/2007 parameters)',
  prj_wgs84_is_vn2000: (p) =>
    `the .prj says WGS 84 but its projection is the VN-2000 TM-3 zone ${s(p, 'crs')} (central meridian ${s(p, 'meridian')}°, k 0.9999); read as VN-2000. If the data really is WGS 84, import again with --crs.`,
  prj_unknown: () => 'the .prj describes a coordinate system RoadGIS does not recognise; choose the CRS',
  prj_missing: () => 'no .prj file: choose the CRS',
  crs_name_unknown: (p) =>
    `the file names CRS "${s(p, 'name')}", which RoadGIS does not know; choose the CRS`,
  srs_unknown: (p) =>
    `layer ${s(p, 'layer')} uses SRS ${s(p, 'srs')}, which RoadGIS does not know; choose the CRS`,
  cpg_unknown: (p) =>
    `the .cpg says "${s(p, 'cpg')}", which RoadGIS does not know; the text encoding was detected instead`,
  encoding_guessed: (p) =>
    `the text is not UTF-8 and ${p.cpg ? 'there is no .cpg file' : 'no encoding is declared'}: read as ${s(p, 'encoding')}${p.converted ? ' and converted to Unicode' : ''}. Check the preview reads Vietnamese right.`,
  legacy_font_text: (p) =>
    `the text was typed in ${s(p, 'encoding')} fonts and has been converted to Unicode. Check the preview reads Vietnamese right.`,
  deleted_records: (p) => `${s(p, 'count')} record(s) marked deleted in the .dbf were left out`,
  lat_lon_swapped: () => 'the X column holds latitudes and Y longitudes: read as lat/lon',
  survey_order: () => 'X is the northing and Y the easting (Vietnamese survey order): read accordingly',
  projected_without_crs: () =>
    'projected X/Y coordinates without a CRS: choose it (the province’s VN-2000 TM-3 zone)',
  no_coordinates: () => 'no coordinate columns found (lon/lat, X/Y or WKT): features would have no location',
  parts_split: (p) => `${at(p)}: ${s(p, 'parts')} separate parts became ${s(p, 'lines')} roads`,
  parts_joined: (p) => `${at(p)}: ${s(p, 'parts')} connected parts joined into one road`,
  dbf_text_cut: (p) =>
    `${s(p, 'count')} value(s) of ${s(p, 'field')} were longer than a DBF text field (254 bytes) and were cut; GeoPackage keeps them whole`,
};

export function notice(code: NoticeCode, params: TextParams = {}): Notice {
  return codedText(NOTICE_TEXT_EN, code, params);
}

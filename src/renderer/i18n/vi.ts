// Vietnamese is the default language of the UI.
import type { FailureCode } from '../../domain/assets/interchange-failures';
import type { ReadErrorCode } from '../../domain/assets/read-errors';
import type { NoticeCode } from '../../domain/assets/interchange-notices';
import type { TextCatalog, TextParams } from '../../domain/assets/coded-text';
import { param as v } from '../../domain/assets/coded-text';
import type { ProblemCode } from '../../domain/assets/import-problems';
import type { ActionCode } from '../../domain/changes/change-action';
import type { ChangeFailureCode } from '../../domain/changes/change-failures';

/** Every problem code must have its Vietnamese text (a missing one fails the type check). */
const reasons: TextCatalog<ProblemCode> = {
  no_geometry: () => 'không có tọa độ (hình học)',
  not_numbers: () => 'tọa độ không phải là số',
  outside_vietnam: (p) =>
    `vị trí ${v(p, 'lon')}, ${v(p, 'lat')} (kinh độ, vĩ độ) nằm ngoài Việt Nam: sai hệ tọa độ, hay nhầm X với Y?`,
  far_from_zone: (p) =>
    `vị trí ${v(p, 'lon')}, ${v(p, 'lat')} cách kinh tuyến trục ${v(p, 'meridian')}° của dự án ${v(p, 'degrees')}°: sai hệ tọa độ, hay nhầm X với Y?`,
  points_only: (p) => `lớp này gồm các điểm; đối tượng là ${v(p, 'type')}`,
  lines_only: (p) => `đường phải là đối tượng dạng tuyến; đối tượng là ${v(p, 'type')}`,
  degenerate_line: () => 'tuyến có ít hơn hai đỉnh khác nhau',
  degenerate_part: () => 'một đoạn của tuyến có ít hơn hai đỉnh khác nhau',
  not_in_list: (p) => `"${v(p, 'value')}" không thuộc danh mục: ${v(p, 'allowed')}`,
  not_number: (p) => `"${v(p, 'value')}" không phải là số`,
  not_integer: (p) => `${v(p, 'value')} không phải là số nguyên`,
  below_min: (p) => `${v(p, 'value')} nhỏ hơn giá trị tối thiểu ${v(p, 'min')}`,
  above_max: (p) => `${v(p, 'value')} lớn hơn giá trị tối đa ${v(p, 'max')}`,
  not_date: (p) => `"${v(p, 'value')}" không phải là ngày`,
  too_long: (p) => `${v(p, 'length')} ký tự; trường ${v(p, 'field')} chứa tối đa ${v(p, 'max')}`,
  road_code: (p) => `"${v(p, 'value')}" không phải số hiệu đường hợp lệ (ví dụ QL.14, ĐT.671, ĐH.87, CT.01)`,
  unknown_field: (p) => `lớp ${v(p, 'layer')} không có trường "${v(p, 'field')}"`,
  computed_field: (p) => `${v(p, 'field')} do RoadGIS tự tính, không nhập tay được`,
};

const at = (p: TextParams) => `${v(p, 'file')}, dòng ${v(p, 'row')}`;
/** Every notice code must have its Vietnamese text too. */
const notices: TextCatalog<NoticeCode> = {
  datum_shift_assumed: () =>
    'tệp .prj không có tham số chuyển đổi VN-2000 → WGS 84; RoadGIS áp dụng EPSG:6960 (tham số theo QĐ 05/2007)',
  prj_wgs84_is_vn2000: (p) =>
    `tệp .prj ghi WGS 84 nhưng phép chiếu là múi TM-3 VN-2000 ${v(p, 'crs')} (kinh tuyến trục ${v(p, 'meridian')}°, k 0,9999); đã đọc theo VN-2000. Nếu dữ liệu thật sự là WGS 84, hãy nhập lại và chọn hệ tọa độ.`,
  prj_unknown: () => 'tệp .prj mô tả một hệ tọa độ RoadGIS không nhận ra; hãy chọn hệ tọa độ',
  prj_missing: () => 'không có tệp .prj: hãy chọn hệ tọa độ',
  crs_name_unknown: (p) =>
    `tệp ghi hệ tọa độ "${v(p, 'name')}", RoadGIS không biết hệ này; hãy chọn hệ tọa độ`,
  srs_unknown: (p) =>
    `lớp ${v(p, 'layer')} dùng SRS ${v(p, 'srs')}, RoadGIS không biết hệ này; hãy chọn hệ tọa độ`,
  cpg_unknown: (p) =>
    `tệp .cpg ghi "${v(p, 'cpg')}", RoadGIS không biết bảng mã này; đã tự nhận diện bảng mã`,
  encoding_guessed: (p) =>
    `văn bản không phải UTF-8 và ${p.cpg ? 'không có tệp .cpg' : 'không khai báo bảng mã'}: đã đọc theo ${v(p, 'encoding')}${p.converted ? ' và chuyển sang Unicode' : ''}. Hãy kiểm tra phần xem trước hiển thị đúng tiếng Việt.`,
  legacy_font_text: (p) =>
    `văn bản được gõ bằng phông ${v(p, 'encoding')} và đã được chuyển sang Unicode. Hãy kiểm tra phần xem trước hiển thị đúng tiếng Việt.`,
  deleted_records: (p) => `đã bỏ qua ${v(p, 'count')} bản ghi bị đánh dấu xóa trong tệp .dbf`,
  lat_lon_swapped: () => 'cột X chứa vĩ độ và cột Y chứa kinh độ: đã đọc theo vĩ độ/kinh độ',
  survey_order: () =>
    'X là tọa độ Bắc, Y là tọa độ Đông (quy ước trắc địa Việt Nam): đã đọc theo quy ước này',
  projected_without_crs: () =>
    'tọa độ phẳng X/Y nhưng chưa có hệ tọa độ: hãy chọn (múi TM-3 VN-2000 của tỉnh)',
  no_coordinates: () =>
    'không tìm thấy cột tọa độ (kinh độ/vĩ độ, X/Y hoặc WKT): các đối tượng sẽ không có vị trí',
  parts_split: (p) => `${at(p)}: ${v(p, 'parts')} đoạn rời nhau thành ${v(p, 'lines')} tuyến đường`,
  parts_joined: (p) => `${at(p)}: ${v(p, 'parts')} đoạn nối liền được gộp thành một tuyến đường`,
  dbf_text_cut: (p) =>
    `${v(p, 'count')} giá trị của trường ${v(p, 'field')} dài hơn giới hạn trường văn bản DBF (254 byte) nên đã bị cắt; GeoPackage giữ nguyên đầy đủ`,
};

/** Why a whole import or export stops. */
const failures: TextCatalog<FailureCode> = {
  crs_required: (p) => `${v(p, 'file')}: chưa biết hệ tọa độ; hãy chọn hệ tọa độ`,
  crs_unknown: (p) => `Hệ tọa độ "${v(p, 'crs')}" không có trong danh mục`,
  no_source_field: (p) =>
    `${v(p, 'file')} không có trường "${v(p, 'field')}" (các trường: ${v(p, 'fields')})`,
  no_attribute: (p) => `Lớp ${v(p, 'layer')} không có thuộc tính "${v(p, 'attribute')}" để nhập`,
  rows_rejected: (p) =>
    `${v(p, 'count')} dòng của ${v(p, 'file')} không nhập được; chưa nhập dòng nào. Hãy sửa các dòng này, hoặc chỉ nhập các dòng hợp lệ.`,
  cancelled: () => 'Đã hủy nhập: không có dữ liệu nào được nhập',
  export_cancelled: () => 'Đã hủy xuất: không có tệp nào được ghi',
  path_not_absolute: (p) => `đường dẫn xuất phải là đường dẫn đầy đủ: ${v(p, 'path')}`,
  folder_missing: (p) => `thư mục ${v(p, 'folder')} không tồn tại`,
  file_exists: (p) => `${v(p, 'path')} đã có (chọn "Ghi đè nếu đã có" để thay thế)`,
  wgs84_only: (p) =>
    `${v(p, 'format')} luôn dùng WGS 84 (EPSG:4326); để xuất theo ${v(p, 'crs')} hãy chọn shapefile hoặc GeoPackage`,
  shapefile_too_large: (p) =>
    `${v(p, 'file')} sẽ có dung lượng ${v(p, 'gb')} GB; mỗi tệp của shapefile giới hạn 2 GB. Hãy xuất ít đối tượng hơn (lọc hoặc chọn) hoặc dùng GeoPackage.`,
  export_failed: (p) => `Xuất ra ${v(p, 'path')} không thành công: ${v(p, 'detail')}`,
  where_unknown_field: (p) =>
    `bộ lọc dùng trường "${v(p, 'field')}" nhưng lớp này không có trường đó (các trường: ${v(p, 'fields')})`,
};

/** Why a file cannot be read; the wizard puts the file, row and field in front. Library details stay as given. */
const readErrors: TextCatalog<ReadErrorCode> = {
  not_found: (p) => `không tìm thấy tệp tại ${v(p, 'path')}`,
  empty: () => 'tệp rỗng',
  unknown_kind: (p) => `RoadGIS không nhập được loại tệp này; các loại đọc được: ${v(p, 'extensions')}`,
  archive_unreadable: (p) => `không phải tệp nén ${v(p, 'kind')} đọc được (${v(p, 'detail')})`,
  zip_no_layer: (p) => `trong tệp nén không có shapefile tên ${v(p, 'layer')}`,
  zip_no_shp: () => 'trong tệp nén không có tệp .shp',
  zip_many_shp: (p) => `tệp nén chứa ${v(p, 'count')} shapefile (${v(p, 'names')}); hãy chọn một lớp`,
  kmz_no_kml: () => 'tệp KMZ không chứa tài liệu .kml',
  kml_invalid: (p) => `không phải XML KML hợp lệ (${v(p, 'detail')})`,
  shx_missing: () => 'thiếu tệp chỉ mục .shx (shapefile cần đủ .shp, .shx và .dbf)',
  shp_too_short: (p) => `tệp .shp chỉ có ${v(p, 'bytes')} byte: quá ngắn để là shapefile`,
  shp_bad_signature: () => 'tệp .shp không bắt đầu bằng mã nhận dạng shapefile',
  shx_damaged: () => 'tệp chỉ mục .shx bị hỏng (sai kích thước)',
  shp_truncated: (p) =>
    `tệp .shp bị cắt cụt: bản ghi ${v(p, 'record')}/${v(p, 'count')} kết thúc ở byte ${v(p, 'end')}, tệp chỉ có ${v(p, 'size')} byte`,
  dbf_missing: () => 'thiếu tệp thuộc tính .dbf (shapefile cần đủ .shp, .shx và .dbf)',
  dbf_too_short: () => 'tệp .dbf quá ngắn để là tệp dBASE',
  dbf_shp_mismatch: (p) =>
    `tệp .dbf có ${v(p, 'rows')} bản ghi nhưng .shp có ${v(p, 'shapes')} đối tượng: các tệp không cùng một bộ`,
  shape_unreadable: (p) => `không đọc được hình học: ${v(p, 'detail')}`,
  json_invalid: (p) => `không phải JSON hợp lệ (${v(p, 'detail')})`,
  not_geojson: () => 'không phải GeoJSON FeatureCollection hay Feature',
  not_feature: () => 'không phải một GeoJSON Feature',
  wkt_invalid: (p) => `WKT không hợp lệ: ${v(p, 'detail')}`,
  csv_ragged: (p) => `số cột không khớp với dòng tiêu đề: ${v(p, 'detail')}`,
  no_heading: (p) => `${p.sheet ? `trang ${v(p, 'sheet')} ` : ''}cần một dòng tiêu đề có ít nhất hai cột`,
  xlsx_unreadable: (p) => `không phải sổ tính .xlsx đọc được (${v(p, 'detail')})`,
  no_sheet: (p) => `không có trang tính "${v(p, 'sheet')}"`,
  no_sheets: () => 'không có trang tính nào',
  gpkg_unreadable: (p) => `không mở được GeoPackage: ${v(p, 'detail')}`,
  not_gpkg: () => 'không phải GeoPackage (không có bảng gpkg_geometry_columns)',
  gpkg_no_layers: () => 'không có lớp đối tượng nào',
  gpkg_no_layer: (p) => `không có lớp "${v(p, 'layer')}"; các lớp: ${v(p, 'layers')}`,
  gpkg_choose_layer: (p) => `có nhiều lớp; hãy chọn một: ${v(p, 'layers')}`,
  geometry_unreadable: (p) => `không đọc được hình học: ${v(p, 'detail')}`,
};

const layerVi = (p: TextParams) =>
  ({ roads: 'đường', bridges: 'cầu', culverts: 'cống' })[v(p, 'layer')] ?? v(p, 'layer');

/** What a change did (the undo/redo tooltips, history): every action code must have its Vietnamese text. */
const actions: TextCatalog<ActionCode> = {
  'feature.create': (p) => `Thêm ${layerVi(p)}`,
  'feature.update': (p) => `Sửa ${layerVi(p)}`,
  'feature.delete': (p) => `Xoá ${layerVi(p)}`,
  import: (p) => `Nhập ${v(p, 'count')} ${layerVi(p)} từ ${v(p, 'file')}`,
  legacy: (p) => v(p, 'text'),
};

/** Why an edit, an undo or opening a project cannot go ahead. */
const changeFailures: TextCatalog<ChangeFailureCode> = {
  feature_exists: (p) => `đối tượng ${v(p, 'uid')} đã có trong lớp ${layerVi(p)}`,
  feature_missing: (p) => `đối tượng ${v(p, 'uid')} không còn trong lớp ${layerVi(p)}`,
  feature_not_found: (p) => `không có đối tượng ${v(p, 'uid')}`,
  nothing_to_undo: () => 'Không có thao tác nào để hoàn tác',
  nothing_to_redo: () => 'Không có thao tác nào để làm lại',
  changed_since: (p) =>
    `Không ${v(p, 'what') === 'undo' ? 'hoàn tác' : 'làm lại'} được: đối tượng ${v(p, 'uid')} đã được sửa sau thao tác đó`,
  project_locked: (p) => `${v(p, 'path')} đang được mở trong một cửa sổ RoadGIS khác`,
};

/** Where a read error is: file, row and field as the wizard names them. */
const where = (p: TextParams) =>
  `${v(p, 'file')}${p.row !== undefined ? `, dòng ${v(p, 'row')}` : ''}${p.field ? `, trường ${v(p, 'field')}` : ''}`;

export const vi = {
  /** The catalog's own language, for texts that come from elsewhere (layer and field names). */
  lang: 'vi' as 'vi' | 'en',
  appTitle: 'RoadGIS — Quản lý tài sản kết cấu hạ tầng giao thông đường bộ',
  language: 'Ngôn ngữ',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  legend: 'Chú giải',
  map: 'Bản đồ',
  layerCounts: 'Số đối tượng theo lớp',
  nationalRoad: 'Quốc lộ',
  provincialRoad: 'Đường tỉnh',
  otherRoad: 'Đường khác',
  bridge: 'Cầu',
  culvert: 'Cống',
  boundary: 'Ranh giới tỉnh',
  identifyHint: 'Bấm vào một đối tượng trên bản đồ để xem thuộc tính.',
  noFeatureHere: 'Không có đối tượng tại vị trí này.',
  attributes: 'Thuộc tính',
  history: 'Lịch sử thay đổi',
  loading: 'Đang tải dữ liệu…',
  loaded: (n: number) => `Đã tải ${n} đối tượng`,
  coordinates: 'Tọa độ',
  chainage: 'Lý trình',
  errorPrefix: 'Lỗi',
  close: 'Đóng',
  workingCrs: 'Hệ tọa độ làm việc',
  features: 'đối tượng',
  created: 'Tạo mới',
  updated: 'Sửa',
  deleted: 'Xoá',
  by: 'bởi',
  importData: 'Nhập dữ liệu',
  exportData: 'Xuất dữ liệu',
  filePath: 'Đường dẫn tệp (trên máy này)',
  chooseFile: 'Chọn tệp…',
  chooseImportTitle: 'Chọn tệp dữ liệu để nhập',
  chooseReportTitle: 'Lưu báo cáo dòng lỗi',
  chooseExportTitle: 'Xuất dữ liệu ra tệp',
  targetLayer: 'Lớp đích',
  crs: 'Hệ tọa độ',
  crsAuto: 'Tự nhận biết (theo tệp)',
  encoding: 'Bảng mã',
  encodingAuto: 'Tự nhận biết',
  preview: 'Xem trước',
  doImport: 'Nhập',
  cancel: 'Huỷ',
  skipInvalid: 'Bỏ qua các dòng lỗi',
  reportPath: 'Lưu báo cáo dòng lỗi vào (tuỳ chọn)',
  detected: (crs: string, enc: string | null, total: number, valid: number) =>
    `Hệ tọa độ ${crs}${enc ? ` · bảng mã ${enc}` : ''} · ${total} dòng, ${valid} hợp lệ`,
  textPreview: 'Giá trị mẫu (kiểm tra chữ tiếng Việt hiển thị đúng)',
  mapping: 'Ghép trường',
  sourceField: 'Trường trong tệp',
  targetField: 'Thuộc tính RoadGIS',
  notImported: '(không nhập)',
  rejectedRows: (n: number) => `${n} dòng không nhập được`,
  row: 'Dòng',
  field: 'Trường',
  reason: 'Lý do',
  progress: (phase: string, done: number, total: number) =>
    phase === 'save'
      ? 'Đang lưu tệp dự án…'
      : phase === 'export'
        ? `Đang xuất: ${done}/${total} đối tượng`
        : `Đang nhập: ${done}/${total} dòng`,
  imported: (n: number, layer: string) => `Đã nhập ${n} đối tượng vào lớp ${layer}`,
  format: 'Định dạng',
  outputPath: 'Lưu vào tệp (đường dẫn đầy đủ)',
  onlyView: 'Chỉ các đối tượng trong khung nhìn',
  overwrite: 'Ghi đè nếu đã có',
  doExport: 'Xuất',
  exported: (n: number, files: string) => `Đã xuất ${n} đối tượng: ${files}`,
  /** Why an imported row was rejected, by problem code. */
  reasons,
  changeFailures,
  actions,
  undoOf: (what: string) => `Hoàn tác: ${what}`,
  redoOf: (what: string) => `Làm lại: ${what}`,
  notices,
  failures,
  readErrors,
  where,
  errors: {
    INVALID_INPUT: 'Dữ liệu nhập không hợp lệ',
    UNKNOWN_METHOD: 'Chức năng không tồn tại',
    NOT_FOUND: 'Không tìm thấy đối tượng',
    CONFLICT: 'Xung đột dữ liệu',
    CANCELLED: 'Đã hủy',
    PROJECT_LOCKED: 'Dự án đang được mở ở nơi khác',
    NO_PROJECT: 'Chưa mở dự án',
    IO: 'Lỗi đọc/ghi tệp',
    INTERNAL: 'Lỗi hệ thống',
    NETWORK: 'Không kết nối được với máy chủ ứng dụng',
  },
};
export type Messages = typeof vi;

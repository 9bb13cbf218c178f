// The inspection tables as field definitions (the style of assets/layers.ts), so the store schema, forms and
// XLSX/CSV exports with Vietnamese headings can be generated from them. An inspection has element ratings
// (bridges) and defects; each child row points at its inspection by uid.
import type { FieldDef, TableDef } from '../assets/layers';
import { SIDES } from '../assets/vocabulary';
import { BRIDGE_ELEMENTS } from './bridge-elements';
import { DEFECT_TYPES } from './defect-catalogue';
import {
  DEFECT_SEVERITIES,
  EXTENT_UNITS,
  INSPECTION_KINDS,
  INSPECTION_TARGETS,
  PRIORITIES,
  WEATHER,
} from './inspection-vocabulary';

const inspectionUid: FieldDef = {
  name: 'inspection_uid',
  kind: 'text',
  vi: 'Mã đợt kiểm tra',
  en: 'Inspection',
  maxLength: 36,
};
const notes: FieldDef = { name: 'notes', kind: 'text', vi: 'Ghi chú', en: 'Notes', maxLength: 2000 };

export const INSPECTIONS_TABLE: TableDef = {
  name: 'inspections',
  geometryType: null,
  vi: 'Kiểm tra',
  en: 'Inspections',
  item: { vi: 'Đợt kiểm tra', en: 'Inspection' },
  fields: [
    { name: 'inspection_kind', kind: 'coded', vi: 'Loại kiểm tra', en: 'Kind', values: INSPECTION_KINDS },
    { name: 'target_layer', kind: 'coded', vi: 'Đối tượng', en: 'Asset type', values: INSPECTION_TARGETS },
    { name: 'target_uid', kind: 'text', vi: 'Mã đối tượng', en: 'Asset', maxLength: 36 },
    { name: 'route_code', kind: 'text', vi: 'Tuyến đường', en: 'Route', maxLength: 40 },
    { name: 'inspected_on', kind: 'date', vi: 'Ngày kiểm tra', en: 'Date' },
    { name: 'inspector', kind: 'text', vi: 'Người kiểm tra', en: 'Inspector', maxLength: 200 },
    { name: 'weather', kind: 'coded', vi: 'Thời tiết', en: 'Weather', values: WEATHER },
    { name: 'rating_scheme', kind: 'text', vi: 'Thang đánh giá', en: 'Rating scheme', maxLength: 40 },
    { name: 'overall_grade', kind: 'text', vi: 'Đánh giá chung', en: 'Overall rating', maxLength: 20 },
    notes,
  ],
};

export const INSPECTION_ELEMENTS_TABLE: TableDef = {
  name: 'inspection_elements',
  geometryType: null,
  vi: 'Đánh giá bộ phận cầu',
  en: 'Bridge element ratings',
  item: { vi: 'Bộ phận', en: 'Element' },
  fields: [
    inspectionUid,
    { name: 'element', kind: 'coded', vi: 'Bộ phận', en: 'Element', values: BRIDGE_ELEMENTS },
    { name: 'grade', kind: 'text', vi: 'Đánh giá', en: 'Rating', maxLength: 20 },
    { name: 'priority', kind: 'coded', vi: 'Mức ưu tiên', en: 'Priority', values: PRIORITIES },
    { name: 'note', kind: 'text', vi: 'Mô tả hư hỏng', en: 'Damage description', maxLength: 2000 },
  ],
};

export const DEFECTS_TABLE: TableDef = {
  name: 'defects',
  geometryType: 'POINT',
  vi: 'Hư hỏng',
  en: 'Defects',
  item: { vi: 'Hư hỏng', en: 'Defect' },
  fields: [
    inspectionUid,
    { name: 'defect_type', kind: 'coded', vi: 'Loại hư hỏng', en: 'Defect', values: DEFECT_TYPES },
    { name: 'element', kind: 'coded', vi: 'Bộ phận cầu', en: 'Bridge element', values: BRIDGE_ELEMENTS },
    { name: 'route_code', kind: 'text', vi: 'Tuyến đường', en: 'Route', maxLength: 40 },
    { name: 'from_chainage_m', kind: 'real', vi: 'Từ lý trình', en: 'From chainage', unit: 'm', min: 0 },
    { name: 'to_chainage_m', kind: 'real', vi: 'Đến lý trình', en: 'To chainage', unit: 'm', min: 0 },
    { name: 'side', kind: 'coded', vi: 'Vị trí', en: 'Side', values: SIDES },
    { name: 'extent', kind: 'real', vi: 'Khối lượng', en: 'Extent', min: 0 },
    { name: 'unit', kind: 'coded', vi: 'Đơn vị', en: 'Unit', values: EXTENT_UNITS },
    { name: 'severity', kind: 'coded', vi: 'Mức độ', en: 'Severity', values: DEFECT_SEVERITIES },
    { name: 'priority', kind: 'coded', vi: 'Mức ưu tiên', en: 'Priority', values: PRIORITIES },
    notes,
  ],
};

export const INSPECTION_TABLES: readonly TableDef[] = [
  INSPECTIONS_TABLE,
  INSPECTION_ELEMENTS_TABLE,
  DEFECTS_TABLE,
];

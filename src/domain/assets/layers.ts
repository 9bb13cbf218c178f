// The three asset layers and their attributes: one table drives the store schema, the API schemas,
// the identify panel and (later) import/export field mapping.
import type { CodedValue } from './vocabulary';
import {
  BRIDGE_STRUCTURES,
  CROSSING_TYPES,
  CULVERT_MATERIALS,
  CULVERT_TYPES,
  MANAGEMENT_LEVELS,
  SIDES,
  SURFACE_TYPES,
  TECHNICAL_GRADES,
} from './vocabulary';

export type LayerName = 'roads' | 'bridges' | 'culverts';
export const LAYER_NAMES: readonly LayerName[] = ['roads', 'bridges', 'culverts'];

export type FieldKind = 'text' | 'integer' | 'real' | 'date' | 'coded';

export interface FieldDef {
  name: string;
  kind: FieldKind;
  vi: string;
  en: string;
  /** Allowed codes for `coded` fields. */
  values?: readonly CodedValue[];
  unit?: 'm' | 'km' | 'm/km' | 'year' | 'lane' | 'span' | 'mm' | '%' | 'm²' | 'm³';
  min?: number;
  max?: number;
  maxLength?: number;
  /** Set by the system (not editable by a person). */
  computed?: boolean;
}

export interface LayerDef {
  name: LayerName;
  geometryType: 'LINESTRING' | 'POINT';
  vi: string;
  en: string;
  /** One feature of the layer: "Cầu" / "Bridge". */
  item: { vi: string; en: string };
  fields: readonly FieldDef[];
}

/**
 * An observation table (inspections, defects, condition segments, km posts…): the same field definitions as
 * a layer, so store schema, forms and exports can be generated alike; the geometry is optional.
 */
export interface TableDef {
  name: string;
  geometryType: 'LINESTRING' | 'POINT' | null;
  vi: string;
  en: string;
  item: { vi: string; en: string };
  fields: readonly FieldDef[];
}

const year: Pick<FieldDef, 'kind' | 'unit' | 'min' | 'max'> = {
  kind: 'integer',
  unit: 'year',
  min: 1850,
  max: 2100,
};

export const ROADS: LayerDef = {
  name: 'roads',
  geometryType: 'LINESTRING',
  vi: 'Đường',
  en: 'Roads',
  item: { vi: 'Đường', en: 'Road' },
  fields: [
    { name: 'road_code', kind: 'text', vi: 'Số hiệu đường', en: 'Road code', maxLength: 40 },
    { name: 'road_code_raw', kind: 'text', vi: 'Số hiệu (gốc)', en: 'Road code (as entered)', maxLength: 80 },
    { name: 'name', kind: 'text', vi: 'Tên đường', en: 'Name', maxLength: 200 },
    {
      name: 'management_level',
      kind: 'coded',
      vi: 'Cấp quản lý',
      en: 'Management level',
      values: MANAGEMENT_LEVELS,
    },
    {
      name: 'technical_grade',
      kind: 'coded',
      vi: 'Cấp kỹ thuật',
      en: 'Technical grade',
      values: TECHNICAL_GRADES,
    },
    {
      name: 'surface_type',
      kind: 'coded',
      vi: 'Kết cấu mặt đường',
      en: 'Surface type',
      values: SURFACE_TYPES,
    },
    {
      name: 'width_m',
      kind: 'real',
      vi: 'Bề rộng mặt đường',
      en: 'Surface width',
      unit: 'm',
      min: 0,
      max: 200,
    },
    { name: 'lanes', kind: 'integer', vi: 'Số làn xe', en: 'Lanes', unit: 'lane', min: 1, max: 20 },
    { name: 'managing_unit', kind: 'text', vi: 'Đơn vị quản lý', en: 'Managing unit', maxLength: 200 },
    {
      name: 'start_chainage_m',
      kind: 'real',
      vi: 'Lý trình đầu tuyến',
      en: 'Start chainage',
      unit: 'm',
      min: 0,
    },
    { name: 'length_m', kind: 'real', vi: 'Chiều dài', en: 'Length', unit: 'm', computed: true },
    { name: 'year_built', vi: 'Năm xây dựng', en: 'Year built', ...year },
  ],
};

export const BRIDGES: LayerDef = {
  name: 'bridges',
  geometryType: 'POINT',
  vi: 'Cầu',
  en: 'Bridges',
  item: { vi: 'Cầu', en: 'Bridge' },
  fields: [
    { name: 'name', kind: 'text', vi: 'Tên cầu', en: 'Name', maxLength: 200 },
    { name: 'route_code', kind: 'text', vi: 'Tuyến đường', en: 'Route', maxLength: 40 },
    { name: 'chainage_m', kind: 'real', vi: 'Lý trình', en: 'Chainage', unit: 'm', min: 0 },
    { name: 'crossing', kind: 'coded', vi: 'Vượt', en: 'Crossing', values: CROSSING_TYPES },
    { name: 'length_m', kind: 'real', vi: 'Chiều dài cầu', en: 'Length', unit: 'm', min: 0, max: 10000 },
    { name: 'width_m', kind: 'real', vi: 'Bề rộng cầu', en: 'Width', unit: 'm', min: 0, max: 100 },
    { name: 'spans', kind: 'integer', vi: 'Số nhịp', en: 'Spans', unit: 'span', min: 1, max: 200 },
    { name: 'span_arrangement', kind: 'text', vi: 'Sơ đồ nhịp', en: 'Span arrangement', maxLength: 120 },
    { name: 'structure', kind: 'coded', vi: 'Kết cấu nhịp', en: 'Superstructure', values: BRIDGE_STRUCTURES },
    { name: 'design_load', kind: 'text', vi: 'Tải trọng thiết kế', en: 'Design load', maxLength: 60 },
    { name: 'year_built', vi: 'Năm xây dựng', en: 'Year built', ...year },
    { name: 'managing_unit', kind: 'text', vi: 'Đơn vị quản lý', en: 'Managing unit', maxLength: 200 },
    { name: 'notes', kind: 'text', vi: 'Ghi chú', en: 'Notes', maxLength: 2000 },
  ],
};

export const CULVERTS: LayerDef = {
  name: 'culverts',
  geometryType: 'POINT',
  vi: 'Cống',
  en: 'Culverts',
  item: { vi: 'Cống', en: 'Culvert' },
  fields: [
    { name: 'code', kind: 'text', vi: 'Mã cống', en: 'Culvert code', maxLength: 40 },
    { name: 'route_code', kind: 'text', vi: 'Tuyến đường', en: 'Route', maxLength: 40 },
    { name: 'chainage_m', kind: 'real', vi: 'Lý trình', en: 'Chainage', unit: 'm', min: 0 },
    { name: 'culvert_type', kind: 'coded', vi: 'Loại cống', en: 'Type', values: CULVERT_TYPES },
    { name: 'aperture', kind: 'text', vi: 'Khẩu độ', en: 'Aperture', maxLength: 40 },
    { name: 'length_m', kind: 'real', vi: 'Chiều dài cống', en: 'Length', unit: 'm', min: 0, max: 500 },
    { name: 'material', kind: 'coded', vi: 'Vật liệu', en: 'Material', values: CULVERT_MATERIALS },
    { name: 'side', kind: 'coded', vi: 'Vị trí', en: 'Side', values: SIDES },
    { name: 'year_built', vi: 'Năm xây dựng', en: 'Year built', ...year },
    { name: 'managing_unit', kind: 'text', vi: 'Đơn vị quản lý', en: 'Managing unit', maxLength: 200 },
  ],
};

export const LAYERS: Record<LayerName, LayerDef> = { roads: ROADS, bridges: BRIDGES, culverts: CULVERTS };

/** System columns every asset table carries (design.md §4–5). */
export const SYSTEM_FIELDS: readonly FieldDef[] = [
  { name: 'uid', kind: 'text', vi: 'Mã định danh', en: 'UID', computed: true },
  { name: 'created_at', kind: 'date', vi: 'Tạo lúc', en: 'Created', computed: true },
  { name: 'created_by', kind: 'text', vi: 'Người tạo', en: 'Created by', computed: true },
  { name: 'updated_at', kind: 'date', vi: 'Cập nhật lúc', en: 'Updated', computed: true },
  { name: 'updated_by', kind: 'text', vi: 'Người cập nhật', en: 'Updated by', computed: true },
];

export function labelOf(values: readonly CodedValue[] | undefined, code: unknown, lang: 'vi' | 'en'): string {
  const hit = values?.find((v) => v.code === code);
  return hit ? hit[lang] : String(code ?? '');
}

// A condition segment: what a survey measured on a stretch of one route (from/to chainage), for one lane or
// direction, on one date. The table definition drives the store schema, forms and exports.
import type { TableDef } from '../assets/layers';
import type { CodedValue } from '../assets/vocabulary';
import { SURFACE_TYPES } from '../assets/vocabulary';

export const DIRECTIONS: readonly CodedValue[] = [
  { code: 'xuoi', vi: 'Chiều tăng lý trình', en: 'Increasing chainage' },
  { code: 'nguoc', vi: 'Chiều giảm lý trình', en: 'Decreasing chainage' },
  { code: 'ca_hai', vi: 'Cả hai chiều', en: 'Both directions' },
];

export type Direction = 'xuoi' | 'nguoc' | 'ca_hai';

export interface ConditionSegment {
  route: string;
  /** Chainage, metres; from < to. */
  from: number;
  to: number;
  /** Lane number counted from the right-hand edge in the direction of travel; null for the whole width. */
  lane: number | null;
  direction: Direction | null;
  /** YYYY-MM-DD. */
  surveyDate: string;
  iri?: number | null;
  crackingPct?: number | null;
  ruttingMm?: number | null;
  potholes?: number | null;
  ravellingPct?: number | null;
  edgeBreakM?: number | null;
  /** Surface type code when the survey recorded it; otherwise the road's surface applies. */
  surfaceType?: string | null;
  /** Where the data came from: 'roadlab', 'table', 'manual'. */
  source?: string | null;
}

export const CONDITION_SEGMENTS_TABLE: TableDef = {
  name: 'condition_segments',
  geometryType: 'LINESTRING',
  vi: 'Tình trạng mặt đường',
  en: 'Pavement condition',
  item: { vi: 'Đoạn khảo sát', en: 'Condition segment' },
  fields: [
    { name: 'route_code', kind: 'text', vi: 'Tuyến đường', en: 'Route', maxLength: 40 },
    { name: 'from_chainage_m', kind: 'real', vi: 'Từ lý trình', en: 'From chainage', unit: 'm', min: 0 },
    { name: 'to_chainage_m', kind: 'real', vi: 'Đến lý trình', en: 'To chainage', unit: 'm', min: 0 },
    { name: 'lane', kind: 'integer', vi: 'Làn', en: 'Lane', min: 1, max: 20 },
    { name: 'direction', kind: 'coded', vi: 'Chiều', en: 'Direction', values: DIRECTIONS },
    { name: 'survey_date', kind: 'date', vi: 'Ngày khảo sát', en: 'Survey date' },
    { name: 'iri', kind: 'real', vi: 'Độ gồ ghề IRI', en: 'IRI', unit: 'm/km', min: 0, max: 50 },
    { name: 'cracking_pct', kind: 'real', vi: 'Tỷ lệ nứt', en: 'Cracking', unit: '%', min: 0, max: 100 },
    { name: 'rutting_mm', kind: 'real', vi: 'Lún vệt bánh xe', en: 'Rutting', unit: 'mm', min: 0, max: 500 },
    { name: 'potholes', kind: 'integer', vi: 'Số ổ gà', en: 'Potholes', min: 0 },
    {
      name: 'ravelling_pct',
      kind: 'real',
      vi: 'Tỷ lệ bong tróc',
      en: 'Ravelling',
      unit: '%',
      min: 0,
      max: 100,
    },
    { name: 'edge_break_m', kind: 'real', vi: 'Vỡ mép', en: 'Edge break', unit: 'm', min: 0 },
    {
      name: 'surface_type',
      kind: 'coded',
      vi: 'Kết cấu mặt đường',
      en: 'Surface type',
      values: SURFACE_TYPES,
    },
    {
      name: 'condition_class',
      kind: 'text',
      vi: 'Cấp tình trạng',
      en: 'Condition class',
      maxLength: 20,
      computed: true,
    },
    { name: 'source', kind: 'text', vi: 'Nguồn dữ liệu', en: 'Source', maxLength: 40 },
  ],
};

/** Length in kilometres. */
export const segmentKm = (s: Pick<ConditionSegment, 'from' | 'to'>) => (s.to - s.from) / 1000;

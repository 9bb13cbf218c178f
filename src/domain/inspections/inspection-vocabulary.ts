// Coded values of an inspection record (domain-vn §4.2–4.4, §5.3). Codes are stored; labels are read.
import type { CodedValue } from '../assets/vocabulary';

const list = (...rows: Array<[string, string, string]>): readonly CodedValue[] =>
  rows.map(([code, vi, en]) => ({ code, vi, en }));

/** Inspection kinds (§4.3): "trước và sau mùa mưa bão" is recorded as two kinds, before and after. */
export const INSPECTION_KINDS = list(
  ['thuong_xuyen', 'Kiểm tra thường xuyên', 'Routine inspection'],
  ['dinh_ky', 'Kiểm tra định kỳ', 'Periodic inspection'],
  ['dot_xuat', 'Kiểm tra đột xuất', 'Unscheduled inspection'],
  ['truoc_mua_mua_bao', 'Kiểm tra trước mùa mưa bão', 'Pre-storm-season inspection'],
  ['sau_mua_mua_bao', 'Kiểm tra sau mùa mưa bão', 'Post-storm-season inspection'],
  ['kiem_dinh', 'Kiểm định', 'Load test / structural assessment'],
);

/** What is inspected: the asset layer the target uid belongs to. */
export const INSPECTION_TARGETS = list(
  ['roads', 'Đường', 'Road'],
  ['bridges', 'Cầu', 'Bridge'],
  ['culverts', 'Cống', 'Culvert'],
);

export type InspectionTarget = 'roads' | 'bridges' | 'culverts';

export const WEATHER = list(
  ['nang', 'Nắng', 'Sunny'],
  ['nhieu_may', 'Nhiều mây', 'Cloudy'],
  ['mua_nho', 'Mưa nhỏ', 'Light rain'],
  ['mua_to', 'Mưa to', 'Heavy rain'],
  ['mua_bao', 'Mưa bão', 'Storm'],
  ['suong_mu', 'Sương mù', 'Fog'],
);

export const DEFECT_SEVERITIES = list(
  ['nhe', 'Nhẹ', 'Minor'],
  ['trung_binh', 'Trung bình', 'Moderate'],
  ['nang', 'Nặng', 'Severe'],
);

/** When a finding must be dealt with (§4.2 bridge form priorities, §5.3 patrol classes). */
export const PRIORITIES = list(
  ['ngay', 'Xử lý ngay (cấp bách)', 'Immediately (urgent)'],
  ['truoc_mua_mua', 'Trước mùa mưa', 'Before the rainy season'],
  ['hang_quy', 'Hằng quý', 'Quarterly'],
  ['ke_hoach_nam', 'Kế hoạch năm', 'Annual plan'],
);

/** Units of defect extent, as the patrol catalogue counts them (§3.3). */
export const EXTENT_UNITS = list(
  ['m2', 'm²', 'm²'],
  ['m', 'm', 'm'],
  ['m3', 'm³', 'm³'],
  ['cai', 'cái', 'each'],
  ['cot', 'cột', 'posts'],
  ['tam', 'tấm', 'slabs'],
);

// The defect catalogue: findings grouped by the eight patrol-book groups (hạng mục sổ tuần đường), each with
// the units its extent is counted in (the first is the default). Road distresses are domain-vn §3.3 and
// culvert defects §4.4 (checked there); entries marked verified: false are ordinary patrol vocabulary not
// found in the sources, kept so the groups are usable — a project can replace the catalogue (it is data).
import type { CodedValue } from '../assets/vocabulary';
import type { InspectionTarget } from './inspection-vocabulary';

export interface DefectGroup extends CodedValue {
  /** Which inspected assets this group's defects are found on. */
  targets: readonly InspectionTarget[];
}

export interface DefectType extends CodedValue {
  group: string;
  /** Unit codes from EXTENT_UNITS; the first is the default. */
  units: readonly string[];
  verified: boolean;
}

export const DEFECT_GROUPS: readonly DefectGroup[] = [
  { code: 'mat_duong', vi: 'Mặt đường', en: 'Pavement', targets: ['roads'] },
  { code: 'nen_duong', vi: 'Nền đường', en: 'Subgrade and slopes', targets: ['roads'] },
  { code: 'le_duong', vi: 'Lề đường', en: 'Shoulders', targets: ['roads'] },
  {
    code: 'cong_ranh',
    vi: 'Cống, rãnh thoát nước',
    en: 'Culverts and ditches',
    targets: ['culverts', 'roads'],
  },
  { code: 'ngam_tran', vi: 'Ngầm, tràn', en: 'Fords and spillways', targets: ['roads'] },
  { code: 'cot_moc_gpmb', vi: 'Cột mốc GPMB, lộ giới', en: 'Right-of-way markers', targets: ['roads'] },
  {
    code: 'an_toan_giao_thong',
    vi: 'Công trình ATGT',
    en: 'Traffic-safety assets',
    targets: ['roads', 'bridges'],
  },
  { code: 'cong_trinh_cau', vi: 'Công trình cầu', en: 'Bridges', targets: ['bridges'] },
];

type Row = [code: string, group: string, vi: string, en: string, units: string[], verified: boolean];

const ROWS: Row[] = [
  ['o_ga', 'mat_duong', 'Ổ gà', 'Pothole', ['m2', 'cai'], true],
  ['nut_doc', 'mat_duong', 'Nứt dọc', 'Longitudinal crack', ['m'], true],
  ['nut_ngang', 'mat_duong', 'Nứt ngang', 'Transverse crack', ['m'], true],
  ['nut_cheo', 'mat_duong', 'Nứt chéo', 'Diagonal crack', ['m'], true],
  ['nut_mai_rua', 'mat_duong', 'Nứt mai rùa (da cá sấu)', 'Alligator cracking', ['m2'], true],
  ['nut_khoi', 'mat_duong', 'Nứt khối, rạn nứt', 'Block cracking, crazing', ['m2'], true],
  ['bong_troc', 'mat_duong', 'Bong tróc, bong bật', 'Ravelling, stripping', ['m2'], true],
  ['lun_vet_banh', 'mat_duong', 'Lún vệt bánh xe', 'Rutting', ['m2', 'm'], true],
  ['day_troi', 'mat_duong', 'Đẩy trồi, lượn sóng', 'Shoving, corrugation', ['m2'], true],
  ['chay_nhua', 'mat_duong', 'Chảy nhựa', 'Bleeding', ['m2'], true],
  ['cao_su', 'mat_duong', 'Cao su nền', 'Spongy subgrade (pumping)', ['m2'], true],
  ['sinh_lun', 'mat_duong', 'Sình lún, sụt lún', 'Settlement, subsidence', ['m2'], true],
  ['va_hong', 'mat_duong', 'Miếng vá hỏng', 'Failed patch', ['m2'], true],
  ['vo_mep', 'mat_duong', 'Vỡ mép', 'Edge break', ['m', 'm2'], true],
  ['le_cao_thap', 'le_duong', 'Lề cao, lề thấp', 'High shoulder or drop-off', ['m'], true],
  ['xoi_lo_le', 'le_duong', 'Xói lở lề', 'Shoulder erosion', ['m', 'm3'], true],
  ['sat_truot_taluy', 'nen_duong', 'Sạt trượt taluy', 'Slope slide', ['m3'], false],
  ['cay_co_lan', 'nen_duong', 'Cây cỏ mọc lấn', 'Vegetation encroachment', ['m2'], false],
  ['tac_cong', 'cong_ranh', 'Tắc cống', 'Blocked culvert', ['cai', 'm3'], true],
  ['sa_boi_cua_cong', 'cong_ranh', 'Sa bồi cửa cống', 'Silted inlet', ['m3'], true],
  ['hu_dau_cong', 'cong_ranh', 'Hư đầu cống', 'Damaged culvert head', ['cai'], true],
  ['hu_than_cong', 'cong_ranh', 'Hư thân cống', 'Damaged culvert barrel', ['m'], true],
  ['hu_cua_cong', 'cong_ranh', 'Hư cửa cống', 'Damaged culvert outlet', ['cai'], true],
  ['xoi_dau_cuoi_cong', 'cong_ranh', 'Xói đầu, cuối cống', 'Scour at inlet or outlet', ['m3'], true],
  ['mat_vo_tam_dan', 'cong_ranh', 'Mất, vỡ tấm đan', 'Missing or broken cover slab', ['tam'], true],
  ['tac_ranh', 'cong_ranh', 'Rãnh bị lấp, tắc', 'Blocked ditch', ['m', 'm3'], false],
  ['hu_ngam_tran', 'ngam_tran', 'Hư hỏng ngầm, tràn', 'Damaged ford or spillway', ['m2'], false],
  ['mat_hu_moc', 'cot_moc_gpmb', 'Mất, hư cột mốc', 'Missing or damaged marker', ['cot'], false],
  ['lan_chiem', 'cot_moc_gpmb', 'Lấn chiếm hành lang', 'Right-of-way encroachment', ['m2'], false],
  ['hu_bien_bao', 'an_toan_giao_thong', 'Hư, mất biển báo', 'Damaged or missing sign', ['cai'], false],
  ['hu_ho_lan', 'an_toan_giao_thong', 'Hư hộ lan', 'Damaged guardrail', ['m'], false],
  ['mo_vach_son', 'an_toan_giao_thong', 'Mờ vạch sơn', 'Faded road marking', ['m2'], false],
  ['hu_coc_tieu', 'an_toan_giao_thong', 'Hư, mất cọc tiêu', 'Damaged or missing guide post', ['cot'], false],
  ['nut_be_tong', 'cong_trinh_cau', 'Nứt bê tông', 'Concrete cracking', ['m'], false],
  [
    'bong_troc_be_tong',
    'cong_trinh_cau',
    'Bong tróc bê tông, lộ cốt thép',
    'Spalling, exposed rebar',
    ['m2'],
    false,
  ],
  ['gi_thep', 'cong_trinh_cau', 'Gỉ kết cấu thép', 'Steel corrosion', ['m2'], false],
  ['hu_khe_co_gian', 'cong_trinh_cau', 'Hư khe co giãn', 'Damaged expansion joint', ['m'], false],
  ['hu_goi_cau', 'cong_trinh_cau', 'Hư gối cầu', 'Damaged bearing', ['cai'], false],
  ['xoi_mo_tru', 'cong_trinh_cau', 'Xói mố, trụ', 'Scour at abutment or pier', ['m3'], false],
  ['hu_lan_can', 'cong_trinh_cau', 'Hư lan can', 'Damaged railing', ['m'], false],
  ['tac_thoat_nuoc_cau', 'cong_trinh_cau', 'Tắc thoát nước mặt cầu', 'Blocked deck drain', ['cai'], false],
];

export const DEFECT_TYPES: readonly DefectType[] = ROWS.map(([code, group, vi, en, units, verified]) => ({
  code,
  group,
  vi,
  en,
  units,
  verified,
}));

export interface DefectCatalogue {
  groups: readonly DefectGroup[];
  types: readonly DefectType[];
}

export const DEFAULT_DEFECT_CATALOGUE: DefectCatalogue = { groups: DEFECT_GROUPS, types: DEFECT_TYPES };

/** The defect types that can be recorded on a kind of asset. */
export function defectTypesFor(target: InspectionTarget, catalogue = DEFAULT_DEFECT_CATALOGUE): DefectType[] {
  const groups = new Set(catalogue.groups.filter((g) => g.targets.includes(target)).map((g) => g.code));
  return catalogue.types.filter((t) => groups.has(t.group));
}

// Bridge elements rated one by one: the 20 lines of the bridge inspection form in current use (Mẫu 5 "Phiếu
// kiểm tra cầu", domain-vn §4.2) are the default element list. A project may replace the list (it is data).
import type { CodedValue } from '../assets/vocabulary';

export interface BridgeElement extends CodedValue {
  /** Position on the form, 1-based. */
  order: number;
}

const ROWS: Array<[string, string, string]> = [
  ['bien_bao', 'Biển báo', 'Signs'],
  ['duong_dau_cau', 'Đường đầu cầu (10 m)', 'Approaches (10 m)'],
  ['chieu_sang', 'Chiếu sáng', 'Lighting'],
  ['khe_co_gian', 'Khe co giãn', 'Expansion joints'],
  ['vach_son_mat_cau', 'Vạch sơn mặt cầu', 'Deck marking'],
  ['thoat_nuoc_mat_cau', 'Thoát nước mặt cầu', 'Deck drainage'],
  ['lan_can', 'Lan can', 'Railings'],
  ['mo_cau', 'Mố cầu', 'Abutments'],
  ['non_mo', 'Nón mố', 'Abutment cones'],
  ['dieu_chinh_dong_chay', 'Công trình điều chỉnh dòng chảy', 'River training works'],
  ['tru_cau', 'Trụ cầu', 'Piers'],
  ['goi_cau', 'Gối cầu', 'Bearings'],
  ['ban_mat_cau', 'Bản mặt cầu', 'Deck slab'],
  ['dam_chu', 'Dầm chủ', 'Main girders'],
  ['dam_ngang', 'Dầm ngang', 'Cross girders'],
  ['lien_ket_doc', 'Hệ liên kết dọc', 'Longitudinal bracing'],
  ['vom', 'Vòm', 'Arch'],
  ['bao_hieu_duong_thuy', 'Báo hiệu đường thủy', 'Navigation signs'],
  ['vi_pham_tinh_khong', 'Vi phạm tĩnh không', 'Clearance encroachment'],
  ['cong_trinh_di_kem', 'Công trình hạ tầng đi kèm', 'Attached utilities'],
];

export const BRIDGE_ELEMENTS: readonly BridgeElement[] = ROWS.map(([code, vi, en], i) => ({
  code,
  vi,
  en,
  order: i + 1,
}));

/**
 * The elements every bridge inspection rates at least (issue 11: deck, girders, bearings, piers/abutments,
 * expansion joints, railings, drainage), as codes of the form's list.
 */
export const CORE_BRIDGE_ELEMENTS: readonly string[] = [
  'ban_mat_cau',
  'dam_chu',
  'goi_cau',
  'tru_cau',
  'mo_cau',
  'khe_co_gian',
  'lan_can',
  'thoat_nuoc_mat_cau',
];

// Coded values engineers record, with Vietnamese and English labels (domain-vn §2–4).
// Codes are stable identifiers stored in the project; labels are what people read.
export interface CodedValue {
  code: string;
  vi: string;
  en: string;
}

const list = (...rows: Array<[string, string, string]>): readonly CodedValue[] =>
  rows.map(([code, vi, en]) => ({ code, vi, en }));

export const MANAGEMENT_LEVELS = list(
  ['cao_toc', 'Đường cao tốc', 'Expressway'],
  ['quoc_lo', 'Quốc lộ', 'National road'],
  ['duong_tinh', 'Đường tỉnh', 'Provincial road'],
  ['duong_huyen', 'Đường huyện', 'District road'],
  ['duong_xa', 'Đường xã', 'Commune road'],
  ['duong_thon', 'Đường thôn', 'Village road'],
  ['duong_do_thi', 'Đường đô thị', 'Urban road'],
  ['duong_chuyen_dung', 'Đường chuyên dùng', 'Special-use road'],
);

export const TECHNICAL_GRADES = list(
  ['cao_toc', 'Cao tốc', 'Expressway'],
  ['I', 'Cấp I', 'Grade I'],
  ['II', 'Cấp II', 'Grade II'],
  ['III', 'Cấp III', 'Grade III'],
  ['IV', 'Cấp IV', 'Grade IV'],
  ['V', 'Cấp V', 'Grade V'],
  ['VI', 'Cấp VI', 'Grade VI'],
  ['A', 'Cấp A (GTNT)', 'Rural grade A'],
  ['B', 'Cấp B (GTNT)', 'Rural grade B'],
  ['C', 'Cấp C (GTNT)', 'Rural grade C'],
  ['D', 'Cấp D (GTNT)', 'Rural grade D'],
);

export const SURFACE_TYPES = list(
  ['btxm', 'Bê tông xi măng', 'Cement concrete'],
  ['btn', 'Bê tông nhựa', 'Asphalt concrete'],
  ['lang_nhua', 'Láng nhựa', 'Surface treatment'],
  ['cap_phoi', 'Cấp phối đá dăm / sỏi', 'Gravel'],
  ['dat', 'Đất', 'Earth'],
  ['da_dam', 'Đá dăm', 'Macadam'],
  ['da_lat', 'Đá / gạch lát', 'Cobblestone / brick'],
);

export const BRIDGE_STRUCTURES = list(
  ['dam_btct', 'Dầm bê tông cốt thép', 'Reinforced concrete girder'],
  ['dam_btct_dul', 'Dầm BTCT dự ứng lực', 'Prestressed concrete girder'],
  ['dam_thep', 'Dầm thép', 'Steel girder'],
  ['lien_hop', 'Dầm liên hợp thép – BTCT', 'Composite steel–concrete'],
  ['ban', 'Cầu bản', 'Slab bridge'],
  ['vom', 'Cầu vòm', 'Arch bridge'],
  ['treo', 'Cầu treo', 'Suspension bridge'],
  ['day_vang', 'Cầu dây văng', 'Cable-stayed bridge'],
  ['tran', 'Cầu tràn', 'Submersible bridge'],
);

export const CROSSING_TYPES = list(
  ['song', 'Vượt sông, suối', 'River / stream'],
  ['duong', 'Vượt đường', 'Road'],
  ['duong_sat', 'Vượt đường sắt', 'Railway'],
  ['khe', 'Vượt khe, thung lũng', 'Gully / valley'],
);

export const CULVERT_TYPES = list(
  ['tron', 'Cống tròn', 'Pipe culvert'],
  ['hop', 'Cống hộp', 'Box culvert'],
  ['ban', 'Cống bản', 'Slab culvert'],
  ['vom', 'Cống vòm', 'Arch culvert'],
  ['xay', 'Cống xây', 'Masonry culvert'],
  ['ong_thep', 'Ống thép', 'Steel pipe'],
  ['ong_nhua', 'Ống nhựa', 'Plastic pipe'],
);

export const CULVERT_MATERIALS = list(
  ['btct', 'Bê tông cốt thép', 'Reinforced concrete'],
  ['bt', 'Bê tông', 'Concrete'],
  ['da_xay', 'Đá xây', 'Stone masonry'],
  ['thep', 'Thép', 'Steel'],
  ['nhua', 'Nhựa HDPE', 'HDPE plastic'],
);

export const SIDES = list(
  ['trai', 'Trái tuyến', 'Left'],
  ['phai', 'Phải tuyến', 'Right'],
  ['giua', 'Giữa', 'Centre'],
  ['ca_hai', 'Cả hai bên', 'Both sides'],
  ['ngang', 'Ngang đường', 'Across the road'],
);

export function codes(values: readonly CodedValue[]): [string, ...string[]] {
  const all = values.map((v) => v.code);
  if (all.length === 0) throw new Error('empty vocabulary');
  return all as [string, ...string[]];
}

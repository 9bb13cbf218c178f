// Suggests which source field feeds which RoadGIS attribute: same name, RoadGIS's own DBF short names,
// the Vietnamese/English labels (accents and case ignored), and names common in provincial data.
import type { LayerName } from './layers';
import { LAYERS } from './layers';

/** DBF short names RoadGIS writes (10 characters at most), by long name. */
export const DBF_SHORT_NAMES: Readonly<Record<string, string>> = {
  road_code_raw: 'RD_CODE_RW',
  management_level: 'MGMT_LEVEL',
  technical_grade: 'TECH_GRADE',
  surface_type: 'SURFACE',
  managing_unit: 'MANAGER',
  start_chainage_m: 'START_KM_M',
  span_arrangement: 'SPAN_ARRNG',
  culvert_type: 'CULV_TYPE',
  created_at: 'CREATED',
  created_by: 'CREATED_BY',
  updated_at: 'UPDATED',
  updated_by: 'UPDATED_BY',
  chainage_m: 'CHAINAGE_M',
  design_load: 'DESIGNLOAD',
};

const ALIASES: Readonly<Record<string, readonly string[]>> = {
  road_code: [
    'ma duong',
    'so hieu',
    'so hieu duong',
    'ma tuyen',
    'tuyen',
    'ref',
    'route',
    'road no',
    'shieu',
  ],
  route_code: ['tuyen', 'tuyen duong', 'ma tuyen', 'ma duong', 'route', 'road', 'road code', 'so hieu'],
  name: ['ten', 'ten duong', 'ten cau', 'ten cong', 'tencau', 'tenduong', 'name vi'],
  management_level: ['cap quan ly', 'cap duong', 'loai duong', 'capql'],
  technical_grade: ['cap ky thuat', 'cap kt', 'capkt', 'grade'],
  surface_type: ['ket cau mat', 'loai mat', 'mat duong', 'ket cau mat duong', 'surface'],
  width_m: ['be rong', 'rong', 'chieu rong', 'b mat', 'width'],
  lanes: ['so lan', 'lan xe'],
  managing_unit: ['don vi quan ly', 'dvql', 'don vi ql', 'manager'],
  chainage_m: ['ly trinh', 'km', 'lytrinh', 'chainage', 'station'],
  start_chainage_m: ['ly trinh dau', 'km dau', 'tu km'],
  length_m: ['chieu dai', 'dai', 'length'],
  spans: ['so nhip', 'nhip'],
  span_arrangement: ['so do nhip'],
  structure: ['ket cau nhip', 'ket cau', 'loai cau'],
  design_load: ['tai trong', 'tai trong thiet ke', 'load'],
  year_built: ['nam xay dung', 'nam xd', 'nam', 'year'],
  culvert_type: ['loai cong', 'type'],
  aperture: ['khau do', 'kich thuoc'],
  material: ['vat lieu'],
  side: ['vi tri', 'ben', 'phia'],
  code: ['ma cong', 'ma', 'ky hieu', 'id'],
  notes: ['ghi chu', 'note', 'remarks'],
  crossing: ['vuot'],
};

export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/\(.*?\)/gu, ' ')
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

/** source field → RoadGIS attribute (or null when nothing fits). Each attribute is used once. */
export function suggestMapping(
  layer: LayerName,
  sourceFields: readonly string[],
): Record<string, string | null> {
  const targets = LAYERS[layer].fields.filter((f) => !f.computed);
  const used = new Set<string>();
  const out: Record<string, string | null> = {};
  const rules: Array<(src: string, t: (typeof targets)[number]) => boolean> = [
    (src, t) => src.toLowerCase() === t.name,
    (src, t) => DBF_SHORT_NAMES[t.name]?.toLowerCase() === src.toLowerCase(),
    (src, t) => foldName(src) === foldName(t.vi) || foldName(src) === foldName(t.en),
    (src, t) => (ALIASES[t.name] ?? []).includes(foldName(src)),
  ];
  for (const src of sourceFields) out[src] = null;
  for (const rule of rules) {
    for (const src of sourceFields) {
      if (out[src]) continue;
      const hit = targets.find((t) => !used.has(t.name) && rule(src, t));
      if (hit) {
        out[src] = hit.name;
        used.add(hit.name);
      }
    }
  }
  return out;
}

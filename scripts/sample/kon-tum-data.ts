// Source data for the bundled sample province, Kon Tum (pre-2025 boundary, working CRS EPSG:9216).
// What it is: a schematic network. District-town positions are approximate public map positions; road
// alignments are drawn through them with gentle generated curvature; road codes are those domain-vn §6 lists
// for Kon Tum (marked there as from memory). Bridge and culvert attributes are generated (seeded) from
// the vocabularies engineers use. It is realistic in shape and content, not survey data.
import type { Position } from '../../src/domain/geometry/geojson';

export const PROVINCE = { id: 'kon-tum', name: 'Kon Tum', crs: 'EPSG:9216' };

export const TOWNS: Array<{ name: string; kind: 'city' | 'town' | 'border'; at: Position }> = [
  { name: 'TP Kon Tum', kind: 'city', at: [108.0005, 14.3545] },
  { name: 'Đắk Hà', kind: 'town', at: [107.935, 14.515] },
  { name: 'Đắk Tô', kind: 'town', at: [107.83, 14.695] },
  { name: 'Plei Kần (Ngọc Hồi)', kind: 'town', at: [107.685, 14.715] },
  { name: 'Đắk Glei', kind: 'town', at: [107.73, 15.08] },
  { name: 'Măng Đen (Kon Plông)', kind: 'town', at: [108.3, 14.6] },
  { name: 'Đắk Rve (Kon Rẫy)', kind: 'town', at: [108.13, 14.5] },
  { name: 'Sa Thầy', kind: 'town', at: [107.79, 14.425] },
  { name: 'Đắk Hà Mòn (Tu Mơ Rông)', kind: 'town', at: [107.97, 14.9] },
  { name: 'Ia Tơi (Ia H’Drai)', kind: 'town', at: [107.53, 14.07] },
  { name: 'Cửa khẩu quốc tế Bờ Y', kind: 'border', at: [107.56, 14.737] },
];

/** Schematic province outline (lon, lat), closed. */
export const BOUNDARY: Position[] = [
  [107.7, 15.42],
  [107.88, 15.33],
  [108.02, 15.18],
  [108.2, 15.02],
  [108.38, 14.92],
  [108.55, 14.78],
  [108.5, 14.55],
  [108.4, 14.38],
  [108.22, 14.25],
  [108.05, 14.16],
  [107.85, 14.22],
  [107.68, 14.05],
  [107.55, 13.92],
  [107.38, 13.98],
  [107.35, 14.2],
  [107.45, 14.45],
  [107.55, 14.7],
  [107.48, 14.95],
  [107.55, 15.15],
  [107.62, 15.32],
  [107.7, 15.42],
];

export interface RouteSpec {
  code: string;
  name: string;
  level: 'quoc_lo' | 'duong_tinh';
  grade: string;
  surface: string;
  width: number;
  lanes: number;
  unit: string;
  /** Chainage at the first vertex, metres (national roads do not start in this province). */
  startChainage: number;
  yearBuilt: number;
  /** Waypoints in the direction of increasing chainage. */
  via: Position[];
}

const QL_UNIT = 'Khu Quản lý đường bộ III';
const DT_UNIT = 'Sở Xây dựng tỉnh Kon Tum';

export const ROUTES: RouteSpec[] = [
  {
    code: 'QL14',
    name: 'Quốc lộ 14 (đường Hồ Chí Minh)',
    level: 'quoc_lo',
    grade: 'III',
    surface: 'btn',
    width: 11,
    lanes: 2,
    unit: QL_UNIT,
    startChainage: 1_345_000,
    yearBuilt: 2004,
    via: [
      [107.75, 15.4],
      [107.73, 15.08],
      [107.69, 14.8],
      [107.685, 14.715],
      [107.83, 14.695],
      [107.935, 14.515],
      [108.0005, 14.3545],
      [108.02, 14.17],
    ],
  },
  {
    code: 'QL 24',
    name: 'Quốc lộ 24',
    level: 'quoc_lo',
    grade: 'IV',
    surface: 'btn',
    width: 7,
    lanes: 2,
    unit: QL_UNIT,
    startChainage: 0,
    yearBuilt: 2008,
    via: [
      [108.0005, 14.3545],
      [108.07, 14.43],
      [108.13, 14.5],
      [108.22, 14.56],
      [108.3, 14.6],
      [108.42, 14.7],
      [108.52, 14.8],
    ],
  },
  {
    code: 'QL.40',
    name: 'Quốc lộ 40',
    level: 'quoc_lo',
    grade: 'III',
    surface: 'btn',
    width: 9,
    lanes: 2,
    unit: QL_UNIT,
    startChainage: 0,
    yearBuilt: 2002,
    via: [
      [107.685, 14.715],
      [107.62, 14.728],
      [107.56, 14.737],
    ],
  },
  {
    code: 'QL40B',
    name: 'Quốc lộ 40B',
    level: 'quoc_lo',
    grade: 'IV',
    surface: 'lang_nhua',
    width: 7,
    lanes: 2,
    unit: QL_UNIT,
    startChainage: 0,
    yearBuilt: 2012,
    via: [
      [108.05, 15.15],
      [108.0, 15.02],
      [107.97, 14.9],
      [107.9, 14.8],
      [107.84, 14.7],
    ],
  },
  {
    code: 'ĐT.671',
    name: 'Đường tỉnh 671',
    level: 'duong_tinh',
    grade: 'IV',
    surface: 'btn',
    width: 7,
    lanes: 2,
    unit: DT_UNIT,
    startChainage: 0,
    yearBuilt: 2015,
    via: [
      [108.0005, 14.3545],
      [108.06, 14.33],
      [108.12, 14.31],
    ],
  },
  {
    code: 'DT672',
    name: 'Đường tỉnh 672',
    level: 'duong_tinh',
    grade: 'V',
    surface: 'lang_nhua',
    width: 5.5,
    lanes: 2,
    unit: DT_UNIT,
    startChainage: 0,
    yearBuilt: 2010,
    via: [
      [107.83, 14.695],
      [107.8, 14.58],
      [107.79, 14.425],
    ],
  },
  {
    code: 'TL673',
    name: 'Đường tỉnh 673',
    level: 'duong_tinh',
    grade: 'V',
    surface: 'lang_nhua',
    width: 5.5,
    lanes: 2,
    unit: DT_UNIT,
    startChainage: 0,
    yearBuilt: 2011,
    via: [
      [107.935, 14.515],
      [107.99, 14.56],
      [108.05, 14.6],
    ],
  },
  {
    code: 'ĐT.675',
    name: 'Đường tỉnh 675',
    level: 'duong_tinh',
    grade: 'IV',
    surface: 'btn',
    width: 7,
    lanes: 2,
    unit: DT_UNIT,
    startChainage: 0,
    yearBuilt: 2013,
    via: [
      [108.0005, 14.3545],
      [107.9, 14.39],
      [107.79, 14.425],
      [107.68, 14.3],
      [107.6, 14.17],
      [107.53, 14.07],
    ],
  },
  {
    code: 'Tỉnh lộ 676',
    name: 'Đường tỉnh 676',
    level: 'duong_tinh',
    grade: 'VI',
    surface: 'cap_phoi',
    width: 4,
    lanes: 1,
    unit: DT_UNIT,
    startChainage: 0,
    yearBuilt: 2018,
    via: [
      [108.3, 14.6],
      [108.27, 14.7],
      [108.25, 14.8],
    ],
  },
];

export const RIVERS = [
  'Đắk Bla',
  'Pô Kô',
  'Đắk Psi',
  'Đắk Tờ Re',
  'Đắk Pơ Ne',
  'Đắk Cấm',
  'Kon Braih',
  'Đắk Uy',
  'Đắk Mót',
  'Đắk Rơ Wa',
  'Ia Chim',
  'Đắk Sao',
  'Đắk Lây',
  'Krông',
  'Đắk Ruồng',
  'Đắk Tơ Kan',
  'Đắk Hniêng',
  'Đắk Nông',
  'Sa Thầy',
  'Đắk Xú',
  'Đắk Kan',
  'Ia Grai',
  'Đắk Pru',
  'Đắk Long',
  'Đắk Tăng',
  'Đắk Choong',
  'Đắk Môn',
  'Đắk Ang',
  'Kon Klor',
  'Đắk Hring',
];

// Province → central meridian tables (domain-vn §1.4 for the 63 provinces of TT 973/2001, valid until
// 30 June 2025; §1.5 for the 34 units of NQ 202/2025 with TT 24/2025 meridians). Values marked ⚠️ there are
// kept as data here; a project stores its own CRS and never infers it from the province alone.
import { tm3ForMeridian } from './crs';

export type ProvinceScheme = '63' | '34';

export interface Province {
  id: string;
  name: string;
  scheme: ProvinceScheme;
  centralMeridian: number;
  /** EPSG code of the TM-3 zone for that meridian. */
  crs: string;
  /** For the 34-unit scheme: the pre-2025 provinces it was formed from. */
  formedFrom?: string[];
  /** Set where domain-vn marks the meridian as disputed between sources. */
  unverified?: boolean;
}

const M63: Record<string, string[]> = {
  '103': ['Lai Châu', 'Điện Biên'],
  '104': ['Sơn La'],
  '104.5': ['Kiên Giang', 'Cà Mau'],
  '104.75': ['Lào Cai', 'Yên Bái', 'Nghệ An', 'Phú Thọ', 'An Giang'],
  '105': [
    'Hà Nội',
    'Hà Nam',
    'Ninh Bình',
    'Thanh Hóa',
    'Vĩnh Phúc',
    'Đồng Tháp',
    'Cần Thơ',
    'Hậu Giang',
    'Bạc Liêu',
  ],
  '105.5': [
    'Hà Giang',
    'Bắc Ninh',
    'Hải Dương',
    'Hưng Yên',
    'Nam Định',
    'Thái Bình',
    'Hà Tĩnh',
    'Tây Ninh',
    'Vĩnh Long',
    'Trà Vinh',
    'Sóc Trăng',
  ],
  '105.75': ['Cao Bằng', 'Hải Phòng', 'TP Hồ Chí Minh', 'Bình Dương', 'Long An', 'Tiền Giang', 'Bến Tre'],
  '106': ['Tuyên Quang', 'Hòa Bình', 'Quảng Bình'],
  '106.25': ['Quảng Trị', 'Bình Phước'],
  '106.5': ['Bắc Kạn', 'Thái Nguyên'],
  '107': ['Bắc Giang', 'Thừa Thiên-Huế'],
  '107.25': ['Lạng Sơn'],
  '107.5': ['Kon Tum'],
  '107.75': ['Quảng Ninh', 'Đồng Nai', 'Bà Rịa-Vũng Tàu', 'Quảng Nam', 'Lâm Đồng', 'Đà Nẵng'],
  '108': ['Quảng Ngãi'],
  '108.25': ['Bình Định', 'Khánh Hòa', 'Ninh Thuận'],
  '108.5': ['Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Phú Yên', 'Bình Thuận'],
};

// [name, meridian, formed from, unverified?]
const P34: Array<[string, number, string[], boolean?]> = [
  ['TP Hà Nội', 105, ['Hà Nội']],
  ['TP Huế', 107, ['Thừa Thiên-Huế']],
  ['TP Hải Phòng', 105.75, ['Hải Phòng', 'Hải Dương']],
  ['TP Đà Nẵng', 107.75, ['Đà Nẵng', 'Quảng Nam']],
  ['TP Hồ Chí Minh', 105.75, ['TP Hồ Chí Minh', 'Bình Dương', 'Bà Rịa-Vũng Tàu']],
  ['TP Cần Thơ', 105, ['Cần Thơ', 'Hậu Giang', 'Sóc Trăng']],
  ['Cao Bằng', 105.75, ['Cao Bằng']],
  ['Điện Biên', 103, ['Điện Biên']],
  ['Sơn La', 104, ['Sơn La']],
  ['Lạng Sơn', 107.25, ['Lạng Sơn']],
  ['Quảng Ninh', 107.75, ['Quảng Ninh']],
  ['Thanh Hóa', 105, ['Thanh Hóa']],
  ['Nghệ An', 104.75, ['Nghệ An']],
  ['Hà Tĩnh', 105.5, ['Hà Tĩnh']],
  ['Lai Châu', 104.75, ['Lai Châu'], true],
  ['Tuyên Quang', 106, ['Tuyên Quang', 'Hà Giang']],
  ['Lào Cai', 104.75, ['Lào Cai', 'Yên Bái']],
  ['Thái Nguyên', 106.5, ['Thái Nguyên', 'Bắc Kạn']],
  ['Phú Thọ', 104.75, ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình']],
  ['Bắc Ninh', 107, ['Bắc Ninh', 'Bắc Giang']],
  ['Hưng Yên', 105.5, ['Hưng Yên', 'Thái Bình']],
  ['Ninh Bình', 105, ['Ninh Bình', 'Hà Nam', 'Nam Định']],
  ['Quảng Trị', 106, ['Quảng Trị', 'Quảng Bình'], true],
  ['Quảng Ngãi', 108, ['Quảng Ngãi', 'Kon Tum']],
  ['Gia Lai', 108.25, ['Gia Lai', 'Bình Định']],
  ['Đắk Lắk', 108.5, ['Đắk Lắk', 'Phú Yên']],
  ['Khánh Hòa', 108.25, ['Khánh Hòa', 'Ninh Thuận']],
  ['Lâm Đồng', 107.75, ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận']],
  ['Đồng Nai', 107.75, ['Đồng Nai', 'Bình Phước']],
  ['Tây Ninh', 105.75, ['Tây Ninh', 'Long An'], true],
  ['Đồng Tháp', 105, ['Đồng Tháp', 'Tiền Giang']],
  ['Vĩnh Long', 105.5, ['Vĩnh Long', 'Bến Tre', 'Trà Vinh']],
  ['An Giang', 104.75, ['An Giang', 'Kiên Giang']],
  ['Cà Mau', 104.5, ['Cà Mau', 'Bạc Liêu']],
];

/** ASCII slug for ids: "Thừa Thiên-Huế" → "thua-thien-hue". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

export const PROVINCES_63: readonly Province[] = Object.entries(M63).flatMap(([meridian, names]) =>
  names.map((name) => ({
    id: slugify(name),
    name,
    scheme: '63' as const,
    centralMeridian: Number(meridian),
    crs: tm3ForMeridian(Number(meridian)).code,
  })),
);

export const PROVINCES_34: readonly Province[] = P34.map(([name, meridian, formedFrom, unverified]) => ({
  id: slugify(name),
  name,
  scheme: '34' as const,
  centralMeridian: meridian,
  crs: tm3ForMeridian(meridian).code,
  formedFrom,
  ...(unverified ? { unverified } : {}),
}));

export function findProvince(scheme: ProvinceScheme, idOrName: string): Province | undefined {
  const list = scheme === '63' ? PROVINCES_63 : PROVINCES_34;
  const key = slugify(idOrName);
  return list.find(
    (p) => p.id === key || slugify(p.name) === key || slugify(p.name.replace(/^TP /u, '')) === key,
  );
}

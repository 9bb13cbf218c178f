// Road numbers follow "prefix + '.' + number [+ letter]" (Decree 165/2024 as amended by 241/2026, domain-vn §2.2).
// Field data mixes QL14, QL 14, Ql.14, DT671, TL671, Tỉnh lộ 671, HL92 ...: normalise, keep the raw text too.

export type RoadPrefix = 'CT' | 'QL' | 'ĐT' | 'ĐH' | 'ĐX' | 'ĐĐT' | 'HCM';

export interface NormalisedRoadCode {
  code: string;
  prefix: RoadPrefix;
  number: string;
  /** Alignment qualifier kept from the raw text: cũ (old), tránh (bypass), nhánh (branch). */
  qualifier?: 'cũ' | 'tránh' | 'nhánh';
}

const PREFIX_ALIASES: Array<[RegExp, RoadPrefix]> = [
  [/^(?:CT|CAO\s*TỐC|CAO\s*TOC)$/u, 'CT'],
  [/^(?:QL|QUỐC\s*LỘ|QUOC\s*LO)$/u, 'QL'],
  [/^(?:ĐĐT|DDT)$/u, 'ĐĐT'],
  [/^(?:ĐT|DT|TL|TỈNH\s*LỘ|TINH\s*LO|ĐƯỜNG\s*TỈNH|DUONG\s*TINH)$/u, 'ĐT'],
  [/^(?:ĐH|DH|HL|HUYỆN\s*LỘ|HUYEN\s*LO|ĐƯỜNG\s*HUYỆN|DUONG\s*HUYEN)$/u, 'ĐH'],
  [/^(?:ĐX|DX|ĐƯỜNG\s*XÃ|DUONG\s*XA)$/u, 'ĐX'],
];

const CODE_PATTERN =
  /^(?<prefix>[\p{L}\s]+?)\s*\.?\s*(?<num>\d+)\s*(?<letter>[A-Z])?(?:\s*[-–(]?\s*(?<qual>cũ|cu|tránh|tranh|nhánh|nhanh)\)?)?$/iu;

export function normaliseRoadCode(raw: string): NormalisedRoadCode | null {
  const text = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (!text) return null;
  if (/^(?:HCM|ĐƯỜNG\s*HỒ\s*CHÍ\s*MINH|DUONG\s*HO\s*CHI\s*MINH)$/iu.test(text)) {
    return { code: 'HCM', prefix: 'HCM', number: '' };
  }
  const m = CODE_PATTERN.exec(text);
  if (!m?.groups) return null;
  const prefixText = (m.groups.prefix ?? '').trim().toLocaleUpperCase('vi');
  const alias = PREFIX_ALIASES.find(([re]) => re.test(prefixText));
  if (!alias) return null;
  const prefix = alias[1];
  const digits = String(Number(m.groups.num));
  const number = prefix === 'CT' ? digits.padStart(2, '0') : digits;
  const letter = (m.groups.letter ?? '').toUpperCase();
  const q = m.groups.qual?.toLowerCase();
  const qualifier = q?.startsWith('c')
    ? 'cũ'
    : q?.startsWith('t')
      ? 'tránh'
      : q?.startsWith('n')
        ? 'nhánh'
        : undefined;
  const code = `${prefix}.${number}${letter}${qualifier ? ` ${qualifier}` : ''}`;
  return qualifier
    ? { code, prefix, number: number + letter, qualifier }
    : { code, prefix, number: number + letter };
}

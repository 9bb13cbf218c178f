// Road codes as single search tokens, so "ql14", "QL 14", "QL.14" and "Quốc lộ 14" all find QL.14 and
// "tl671" finds ĐT.671. The token is the normalised code's prefix and number, folded, without the dot or
// leading zeros ("ql14", "dt671", "ct1" for CT.01): the same whether it comes from a stored code or from what a
// person typed, and a typed "ql1" is a prefix of it.
import { normaliseRoadCode } from '../assets/road-code';
import { foldVietnamese } from './fold';

/** The token of one road code as stored or typed, or null when it is not a road code. */
export function roadCodeToken(code: string): string | null {
  const n = normaliseRoadCode(code);
  if (!n) return null;
  return foldVietnamese(n.prefix) + n.number.replace(/^0+(?=\d)/u, '').toLowerCase();
}

// Prefixes as they look once folded: abbreviations and the spelled-out names normaliseRoadCode accepts.
const PREFIX = String.raw`quoc lo|tinh lo|huyen lo|duong tinh|duong huyen|duong xa|cao toc|ddt|ql|dt|tl|dh|hl|dx|ct`;
const MENTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${PREFIX}) ?\.? ?(\d+)([a-z])?(?![\p{L}\p{N}])`,
  'gu',
);
const HCM = /(?<![\p{L}\p{N}])(?:hcm|duong ho chi minh)(?![\p{L}\p{N}])/gu;

export interface RoadCodeMention {
  /** Where the mention is in the FOLDED text. */
  start: number;
  end: number;
  token: string;
}

/** Road codes mentioned anywhere in a text ("cầu trên QL 14" → ql14). Positions refer to `foldVietnamese(text)`. */
export function findRoadCodes(text: string): RoadCodeMention[] {
  const folded = foldVietnamese(text);
  const out: RoadCodeMention[] = [];
  for (const m of folded.matchAll(MENTION)) {
    const token = roadCodeToken(`${m[1]} ${m[2]}${m[3] ?? ''}`);
    if (token) out.push({ start: m.index, end: m.index + m[0].length, token });
  }
  for (const m of folded.matchAll(HCM))
    out.push({ start: m.index, end: m.index + m[0].length, token: 'hcm' });
  return out.sort((a, b) => a.start - b.start);
}

// Pre-Unicode Vietnamese font encodings, still common in old provincial shapefiles and spreadsheets:
// - TCVN3 (ABC, the .VnTime fonts): one byte per letter;
// - VNI (VNI-Windows, the VNI-Times fonts): a base letter followed by one byte carrying its marks.
// Both are read from "Latin-1 text": each byte as the character with the same code, which is also how Excel and
// GeoJSON files keep text typed in those fonts. Characters above U+00FF pass through unchanged.

export type LegacyFont = 'tcvn3' | 'vni';

const table = (from: string, to: string): Map<string, string> => {
  const a = [...from];
  const b = [...to];
  if (a.length !== b.length) throw new Error(`legacy font table: ${a.length} bytes for ${b.length} letters`);
  return new Map(a.map((c, i) => [c, b[i]!]));
};

// TCVN3 (ABC) has lowercase letters only; capitals with marks came from a separate font (.VnTimeH) using
// the same bytes, so they read back as lowercase. The seven plain capitals it has are at 0xA1–0xA7.
const TCVN3 = table(
  'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦',
  'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ',
);

// VNI letters that stand alone (ơ, ư, đ and the i/y forms).
const VNI_LETTERS = table('ôöñíìæóòîÔÖÑÍÌÆÓÒÎ', 'ơưđíìỉĩịỵƠƯĐÍÌỈĨỊỴ');

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

// VNI mark bytes, lowercase then uppercase forms: they follow a vowel and combine with it.
const VNI_MARKS = new Map<string, string>([
  ...(['ùÙ', 'øØ', 'ûÛ', 'õÕ', 'ïÏ'] as const).flatMap((pair, i) =>
    [...pair].map((c) => [c, [ACUTE, GRAVE, HOOK, TILDE, DOT][i]!] as [string, string]),
  ),
  ...(['âÂ', 'áÁ', 'àÀ', 'åÅ', 'ãÃ', 'äÄ'] as const).flatMap((pair, i) =>
    [...pair].map((c) => [c, CIRCUMFLEX + ['', ACUTE, GRAVE, HOOK, TILDE, DOT][i]!] as [string, string]),
  ),
  ...(['êÊ', 'éÉ', 'èÈ', 'úÚ', 'üÜ', 'ëË'] as const).flatMap((pair, i) =>
    [...pair].map((c) => [c, BREVE + ['', ACUTE, GRAVE, HOOK, TILDE, DOT][i]!] as [string, string]),
  ),
]);

const VNI_BASES = new Set([...'aeiouyAEIOUYơưƠƯ']);

function decodeTcvn3(text: string): string {
  let out = '';
  for (const c of text) out += TCVN3.get(c) ?? c;
  return out;
}

function decodeVni(text: string): string {
  let out = '';
  let base = '';
  for (const c of text) {
    const mark = base ? VNI_MARKS.get(c) : undefined;
    if (mark) {
      out += mark;
      base = '';
      continue;
    }
    const letter = VNI_LETTERS.get(c) ?? c;
    out += letter;
    base = VNI_BASES.has(letter) ? letter : '';
  }
  return out;
}

/** Latin-1 text in a legacy font → Unicode (NFC). */
export function decodeLegacy(text: string, font: LegacyFont): string {
  return (font === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text)).normalize('NFC');
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
// Every letter Vietnamese writes, composed: the plain alphabet, đ, and each vowel with each of its marks.
const VIETNAMESE_LETTERS = new Set(
  [
    ...'abcdefghijklmnopqrstuvwxyzđ',
    ...[...'aăâeêioôơuưy'].flatMap((v) =>
      ['', ACUTE, GRAVE, HOOK, TILDE, DOT].map((t) => (v + t).normalize('NFC')),
    ),
  ].flatMap((c) => [c, c.toUpperCase()]),
);

/**
 * How Vietnamese a text reads: +1 for each word with non-ASCII letters that is made of Vietnamese letters and
 * carries at most one tone, -1 for each other word with non-ASCII characters. Plain ASCII words count 0.
 */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.normalize('NFC').split(/[\s\d.,;:/()\-_'"]+/u)) {
    if (!/[^ -~]/u.test(word)) continue; // nothing beyond printable ASCII
    const letters = [...word].every((c) => VIETNAMESE_LETTERS.has(c));
    const tones = word.normalize('NFD').match(TONES)?.length ?? 0;
    score += letters && tones <= 1 ? 1 : -1;
  }
  return score;
}

/**
 * The legacy font that makes `latin1` read as Vietnamese clearly better than `asIs` (the same text as the
 * file's declared or detected encoding reads it), or null when it does not.
 */
export function detectLegacyFont(latin1: string, asIs: string): LegacyFont | null {
  const base = vietnameseScore(asIs);
  let best: { font: LegacyFont; score: number } | null = null;
  for (const font of ['tcvn3', 'vni'] as const) {
    const score = vietnameseScore(decodeLegacy(latin1, font));
    if (score > base && (!best || score > best.score)) best = { font, score };
  }
  return best && best.score > 0 ? best.font : null;
}

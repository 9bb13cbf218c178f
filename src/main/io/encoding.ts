// Text encodings of Vietnamese files: UTF-8 or Windows-1258 (CP1258) in practice, and in older data the TCVN3
// and VNI font encodings. Declared encodings (.cpg) are honoured; otherwise bytes that are valid UTF-8 are UTF-8,
// and the rest is read as whichever of TCVN3, VNI and CP1258 reads as Vietnamese — or, when none of them shows
// a trace of Vietnamese, as Windows-1252, the Western text GDAL assumes (a census file from Brazil, say).
import type { Notice } from '../../domain/assets/interchange-notices';
import { notice } from '../../domain/assets/interchange-notices';
import type { TextEncodingName } from '../../domain/assets/interchange-formats';
import { ENCODING_LABELS, encodingByName } from '../../domain/assets/interchange-formats';
import { decodeLegacy, detectLegacyFont, vietnameseScore } from './legacy-vietnamese';

export type { TextEncodingName } from '../../domain/assets/interchange-formats';
export { ENCODING_LABELS };

export function encodingFromCpg(text: string): TextEncodingName | null {
  return encodingByName(text);
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function isAscii(bytes: Uint8Array): boolean {
  return bytes.every((b) => b < 0x80);
}

const latin1 = new TextDecoder('latin1');

export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  if (encoding === 'tcvn3' || encoding === 'vni') return decodeLegacy(latin1.decode(bytes), encoding);
  return new TextDecoder(encoding).decode(bytes).normalize('NFC');
}

/**
 * What only Vietnamese looks like when CP1258 bytes are read as CP1258: a vowel carrying a tone mark (CP1258
 * writes most tones as combining marks; NFC composes them, so after decoding they are precomposed letters of
 * the Latin Extended Additional block, and ĩ, ũ) or the letters đ, ơ, ư. Western text read as CP1258 has none.
 */
const VIETNAMESE_TRACE = /[\u1ea0-\u1ef9đĐơƠưƯĩĨũŨ]|\u0300|\u0301|\u0303|\u0309|\u0323/u;

/**
 * How much a text reads as Western European: +1 for each word with non-ASCII characters that is all letters
 * with at most two of them beyond ASCII ("Nação", "Größe"), -1 for each other such word. TCVN3 text read this
 * way shows symbols ("§­êng"), VNI text piles up marks ("Ñöôøng").
 */
function westernScore(text: string): number {
  let score = 0;
  for (const word of text.split(/[\s\d.,;:/()\-_'"]+/u)) {
    const beyond = word.match(/[^ -~]/gu)?.length ?? 0;
    if (!beyond) continue;
    score += /^\p{L}+$/u.test(word) && beyond <= 2 ? 1 : -1;
  }
  return score;
}

/** Bytes of a sample large enough to judge and small enough to score quickly. */
const SAMPLE_BYTES = 256 * 1024;

/**
 * The encoding of undeclared text bytes, with the notice a person should read when it is a guess.
 * `missingCpg`: the declaration that was missing is a shapefile's .cpg.
 */
export function detectEncoding(
  bytes: Uint8Array,
  missingCpg = false,
): { encoding: TextEncodingName; warning: Notice | null } {
  if (isAscii(bytes) || isValidUtf8(bytes)) return { encoding: 'utf-8', warning: null };
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const cp1258 = decodeText(sample, 'windows-1258');
  const raw = latin1.decode(sample);
  const candidate = detectLegacyFont(raw, cp1258);
  // A legacy font must also read better than plain Western text does (its bytes are Western letters too).
  const font =
    candidate &&
    vietnameseScore(decodeLegacy(raw, candidate)) > westernScore(decodeText(sample, 'windows-1252'))
      ? candidate
      : null;
  const encoding = font ?? (VIETNAMESE_TRACE.test(cp1258) ? 'windows-1258' : 'windows-1252');
  return {
    encoding,
    warning: notice('encoding_guessed', {
      encoding: ENCODING_LABELS[encoding],
      converted: font ? 1 : 0,
      cpg: missingCpg ? 1 : 0,
    }),
  };
}

// Text encodings of Vietnamese files: UTF-8 or Windows-1258 (CP1258) in practice, and in older data the TCVN3
// and VNI font encodings. Declared encodings are honoured (.cpg, LDID); otherwise bytes that are valid UTF-8 are
// UTF-8, and the rest is read as whichever of CP1258, TCVN3 and VNI reads as Vietnamese.
import type { Notice } from '../../domain/assets/interchange-notices';
import { notice } from '../../domain/assets/interchange-notices';
import type { LegacyFont } from './legacy-vietnamese';
import { decodeLegacy, detectLegacyFont } from './legacy-vietnamese';

export type TextEncodingName = 'utf-8' | 'windows-1258' | 'windows-1252' | LegacyFont;

export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'windows-1258': 'Windows-1258 (CP1258)',
  'windows-1252': 'Windows-1252 (Latin-1)',
  tcvn3: 'TCVN3 (ABC, .VnTime)',
  vni: 'VNI (VNI-Windows)',
};

export function encodingFromCpg(text: string): TextEncodingName | null {
  const t = text.trim().toLowerCase().replace(/[\s_]/gu, '');
  if (['utf-8', 'utf8', '65001'].includes(t)) return 'utf-8';
  if (['1258', 'cp1258', 'windows-1258', 'ansi1258'].includes(t)) return 'windows-1258';
  if (['1252', 'cp1252', 'windows-1252', 'ansi1252', 'latin1', 'iso-8859-1', '88591'].includes(t))
    return 'windows-1252';
  if (['tcvn3', 'tcvn', 'abc', 'tcvn5712'].includes(t)) return 'tcvn3';
  if (['vni', 'vniwindows', 'vni-windows'].includes(t)) return 'vni';
  return null;
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
  const font = detectLegacyFont(latin1.decode(sample), decodeText(sample, 'windows-1258'));
  const encoding = font ?? 'windows-1258';
  return {
    encoding,
    warning: notice('encoding_guessed', {
      encoding: ENCODING_LABELS[encoding],
      converted: font ? 1 : 0,
      cpg: missingCpg ? 1 : 0,
    }),
  };
}

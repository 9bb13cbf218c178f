// Text encodings of Vietnamese files: UTF-8 or Windows-1258 (CP1258) in practice. Declared encodings are
// honoured (.cpg, LDID); otherwise bytes that are valid UTF-8 are UTF-8, the rest is read as CP1258.
export type TextEncodingName = 'utf-8' | 'windows-1258' | 'windows-1252';

export function encodingFromCpg(text: string): TextEncodingName | null {
  const t = text.trim().toLowerCase().replace(/[\s_]/gu, '');
  if (['utf-8', 'utf8', '65001'].includes(t)) return 'utf-8';
  if (['1258', 'cp1258', 'windows-1258', 'ansi1258'].includes(t)) return 'windows-1258';
  if (['1252', 'cp1252', 'windows-1252', 'ansi1252', 'latin1', 'iso-8859-1', '88591'].includes(t))
    return 'windows-1252';
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

export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  return new TextDecoder(encoding).decode(bytes).normalize('NFC');
}

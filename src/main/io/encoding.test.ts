import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from './encoding';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('detectEncoding of undeclared 8-bit text', () => {
  it('reads Vietnamese CP1258 (tones as combining marks) as CP1258', () => {
    // "Cầu Đắk Bla; Sông Pô Kô": â + combining grave, Đ, ă + combining acute, ô.
    const vi = bytes(
      'C',
      [0xe2, 0xcc],
      'u ',
      [0xd0, 0xe3, 0xec],
      'k Bla; S',
      [0xf4],
      'ng P',
      [0xf4],
      ' K',
      [0xf4],
    );
    const r = detectEncoding(vi, true);
    expect(r.encoding).toBe('windows-1258');
    expect(decodeText(vi, r.encoding)).toBe('Cầu Đắk Bla; Sông Pô Kô');
    expect(r.warning?.code).toBe('encoding_guessed');
  });

  it('reads Western text with no trace of Vietnamese as Windows-1252, as GDAL does', () => {
    // "São Benedito; Alto da Nação; Peña" in CP1252: ã would read as ă in CP1258.
    const pt = bytes('S', [0xe3], 'o Benedito; Alto da Na', [0xe7, 0xe3], 'o; Pe', [0xf1], 'a');
    const r = detectEncoding(pt, true);
    expect(r.encoding).toBe('windows-1252');
    expect(decodeText(pt, r.encoding)).toBe('São Benedito; Alto da Nação; Peña');
  });

  it('keeps valid UTF-8 as UTF-8 without a warning', () => {
    expect(detectEncoding(new TextEncoder().encode('Đường tỉnh 671'))).toEqual({
      encoding: 'utf-8',
      warning: null,
    });
  });
});

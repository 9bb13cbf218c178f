import { describe, expect, it } from 'vitest';
import { decodeLegacy, detectLegacyFont, vietnameseScore } from './legacy-vietnamese';

describe('legacy Vietnamese fonts', () => {
  it('reads TCVN3 (ABC) text', () => {
    expect(decodeLegacy('B¶o Th¾ng, M\u00adêng Kh\u00ad¬ng, Ninh B×nh', 'tcvn3')).toBe(
      'Bảo Thắng, Mường Khương, Ninh Bình',
    );
    expect(decodeLegacy('§\u00adêng tØnh §T.671', 'tcvn3')).toBe('Đường tỉnh ĐT.671');
  });

  it('reads VNI text, marks after lowercase and capital vowels', () => {
    expect(decodeLegacy('Xin chaøo caùc baïn, Vieät Nam, Haø Noäi', 'vni')).toBe(
      'Xin chào các bạn, Việt Nam, Hà Nội',
    );
    expect(decodeLegacy('ÑÖÔØNG TÆNH, Ñaék Laék, Kon Tum', 'vni')).toBe('ĐƯỜNG TỈNH, Đắk Lắk, Kon Tum');
  });

  it('leaves text above Latin-1 as it is', () => {
    expect(decodeLegacy('Đường – QL14', 'tcvn3')).toBe('Đường – QL14');
  });

  it('scores Vietnamese words up and mojibake down', () => {
    expect(vietnameseScore('Đường tỉnh Kon Tum')).toBe(2);
    expect(vietnameseScore('§\u00adêng tØnh')).toBe(-2);
    expect(vietnameseScore('Ñöôøng')).toBe(-1);
  });

  it('detects the font only when it reads clearly better', () => {
    expect(detectLegacyFont('§\u00adêng tØnh', '§\u00adêng tØnh')).toBe('tcvn3');
    expect(detectLegacyFont('Ñöôøng tænh', 'Ñöôøng tænh')).toBe('vni');
    expect(detectLegacyFont('Café crème', 'Café crème')).toBeNull();
  });
});

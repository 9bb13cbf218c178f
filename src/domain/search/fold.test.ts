import { describe, expect, it } from 'vitest';
import { foldedWords, foldVietnamese } from './fold';

describe('foldVietnamese', () => {
  it.each([
    ['Cầu Đắk Bla', 'cau dak bla'],
    ['CẦU ĐẮK BLA', 'cau dak bla'],
    ['cau dak bla', 'cau dak bla'],
    ['Cầu Đắk Bla'.normalize('NFD'), 'cau dak bla'],
    ['  Đường   Hồ Chí Minh ', 'duong ho chi minh'],
    ['Quốc lộ 14', 'quoc lo 14'],
    ['ĐT.671', 'dt.671'],
    ['Ðắk Tô', 'dak to'], // Ð (U+00D0) left by a legacy TCVN3/VNI conversion
    ['Ngọc Hồi – Sa Thầy', 'ngoc hoi – sa thay'],
    ['ưƯơƠăĂâÂêÊôÔ', 'uuooaaaaeeoo'],
  ])('%j → %j', (text, folded) => expect(foldVietnamese(text)).toBe(folded));

  it('folds NFC and NFD input to the same string', () => {
    const words = 'Thành phố Kon Tum, huyện Đắk Hà, xã Ngọk Réo';
    expect(foldVietnamese(words.normalize('NFD'))).toBe(foldVietnamese(words.normalize('NFC')));
  });
});

describe('foldedWords', () => {
  it('splits on punctuation and symbols', () => {
    expect(foldedWords('Cầu "Đắk Bla" (QL.14), Km 12+350')).toEqual([
      'cau',
      'dak',
      'bla',
      'ql',
      '14',
      'km',
      '12',
      '350',
    ]);
  });
});

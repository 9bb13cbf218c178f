import { describe, expect, it } from 'vitest';
import { foldedWordsWithCodes, ftsMatchExpression, searchIndexText } from './fts5';

describe('searchIndexText', () => {
  it('folds the words and adds one token per road code', () => {
    expect(searchIndexText(['Cầu Đắk Bla', 'QL.14', null, undefined])).toBe('cau dak bla ql 14 ql14');
  });

  it('finds codes inside names and keeps each token once', () => {
    expect(searchIndexText(['Đường tránh QL14', 'QL.14 tránh'])).toBe('duong tranh ql14 ql 14');
  });
});

describe('foldedWordsWithCodes', () => {
  it.each([
    ['ql14', ['ql14']],
    ['QL 14', ['ql14']],
    ['Quốc lộ 14', ['ql14']],
    ['cầu trên QL.14 mới', ['cau', 'tren', 'ql14', 'moi']],
  ])('%j → %j', (typed, words) => expect(foldedWordsWithCodes(typed)).toEqual(words));
});

describe('ftsMatchExpression', () => {
  it('makes every word a quoted prefix term', () => {
    expect(ftsMatchExpression('Cầu Đắk B')).toBe('"cau"* "dak"* "b"*');
    expect(ftsMatchExpression('QL 14')).toBe('"ql14"*');
  });

  it('leaves nothing of FTS5 syntax a user might type', () => {
    expect(ftsMatchExpression('"cầu" * NEAR(đắk bla) OR uid:1 -x ^y')).toBe(
      '"cau"* "near"* "dak"* "bla"* "or"* "uid"* "1"* "x"* "y"*',
    );
  });

  it('is null when nothing searchable was typed', () => {
    expect(ftsMatchExpression('  "*()" ')).toBeNull();
    expect(ftsMatchExpression('')).toBeNull();
  });

  it('keeps at most 12 terms and each once', () => {
    expect(ftsMatchExpression('a a a')).toBe('"a"*');
    expect(
      ftsMatchExpression(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))?.split(' '),
    ).toHaveLength(12);
  });
});

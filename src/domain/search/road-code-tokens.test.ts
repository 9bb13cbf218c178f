import { describe, expect, it } from 'vitest';
import { findRoadCodes, roadCodeToken } from './road-code-tokens';

describe('roadCodeToken', () => {
  it.each([
    ['QL.14', 'ql14'],
    ['ql14', 'ql14'],
    ['QL 14', 'ql14'],
    ['Quốc lộ 14', 'ql14'],
    ['quoc lo 14', 'ql14'],
    ['QL.40B', 'ql40b'],
    ['ĐT.671', 'dt671'],
    ['TL671', 'dt671'],
    ['Tỉnh lộ 671', 'dt671'],
    ['ĐH.87', 'dh87'],
    ['CT.01', 'ct1'],
    ['ct1', 'ct1'],
    ['QL.14 cũ', 'ql14'],
    ['HCM', 'hcm'],
  ])('%j → %s', (code, token) => expect(roadCodeToken(code)).toBe(token));

  it('is null for text that is not a road code', () => {
    expect(roadCodeToken('Cầu Đắk Bla')).toBeNull();
  });
});

describe('findRoadCodes', () => {
  it('finds codes written every way inside a text', () => {
    expect(findRoadCodes('Cầu trên QL 14 gần Tỉnh lộ 671 và ql40b').map((m) => m.token)).toEqual([
      'ql14',
      'dt671',
      'ql40b',
    ]);
  });

  it('gives positions in the folded text', () => {
    const [m] = findRoadCodes('Cầu QL.14');
    expect(m).toEqual({ start: 4, end: 9, token: 'ql14' });
  });

  it('does not take letters inside words for a code', () => {
    expect(findRoadCodes('xadt671 dt671b2 abcql14')).toEqual([]);
  });

  it('finds the Hồ Chí Minh road', () => {
    expect(findRoadCodes('Đường Hồ Chí Minh qua Kon Tum').map((m) => m.token)).toEqual(['hcm']);
  });
});

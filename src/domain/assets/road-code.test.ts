import { describe, expect, it } from 'vitest';
import { normaliseRoadCode } from './road-code';

describe('normaliseRoadCode', () => {
  it.each([
    ['QL14', 'QL.14'],
    ['QL.14', 'QL.14'],
    ['ql 14', 'QL.14'],
    ['Quốc lộ 40B', 'QL.40B'],
    ['QL40b', 'QL.40B'],
    ['ĐT671', 'ĐT.671'],
    ['DT.671', 'ĐT.671'],
    ['TL671', 'ĐT.671'],
    ['Tỉnh lộ 671', 'ĐT.671'],
    ['đh.87', 'ĐH.87'],
    ['Huyện lộ 92', 'ĐH.92'],
    ['CT1', 'CT.01'],
    ['HCM', 'HCM'],
    ['QL.14 cũ', 'QL.14 cũ'],
    ['QL14 tránh', 'QL.14 tránh'],
    ['ĐX.05', 'ĐX.5'],
  ])('%s → %s', (raw, code) => {
    expect(normaliseRoadCode(raw)?.code).toBe(code);
  });

  it('handles decomposed Vietnamese (NFD) as typed on some keyboards', () => {
    expect(normaliseRoadCode('Tỉnh lộ 675'.normalize('NFD'))?.code).toBe('ĐT.675');
  });

  it.each(['', 'abc', 'Km 12+350', 'XY.12'])('rejects %j', (raw) => {
    expect(normaliseRoadCode(raw)).toBeNull();
  });
});

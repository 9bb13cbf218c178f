import { describe, expect, it } from 'vitest';
import { parseChainageQuery } from './query';

describe('parseChainageQuery', () => {
  it.each([
    ['QL.14 Km 12+350', 'QL.14', 12350],
    ['ql14 km12+350', 'QL.14', 12350],
    ['QL.14 12+350', 'QL.14', 12350],
    ['QL 14 Km 12+350', 'QL.14', 12350],
    ['Quốc lộ 14 Km 12+350', 'QL.14', 12350],
    ['Quốc lộ 14 Km 12+350'.normalize('NFD'), 'QL.14', 12350],
    ['ql14km12+350', 'QL.14', 12350],
    ['QL.14, Km 0+007', 'QL.14', 7],
    ['ĐT671 km 5+020,5', 'ĐT.671', 5020.5],
    ['tl671 Km 3', 'ĐT.671', 3000],
    ['QL.40B Km 102+000', 'QL.40B', 102000],
    ['Km 12+350 QL.14', 'QL.14', 12350],
    ['Km 12+350 trên QL.14', 'QL.14', 12350],
  ])('%j → %s %d', (text, routeCode, chainage) => {
    expect(parseChainageQuery(text)).toEqual({ routeCode, chainage });
  });

  it.each(['QL.14', 'Cầu Đắk Bla', 'Km 12+350', 'QL.14 12', 'QL.14 Km 12+1350', 'XY.12 Km 1+000', ''])(
    'is null for %j',
    (text) => expect(parseChainageQuery(text)).toBeNull(),
  );
});
